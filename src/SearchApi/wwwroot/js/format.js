// Vietnamese presentation of the API's values.

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value) {
  const n = Number(value);
  return Number.isFinite(n) ? numberFormat.format(n) : String(value ?? '');
}

/** "2019-11-08" → "08/11/2019"; "2024-06-20T16:48:00+07:00" → "16:48 20/06/2024"; anything else as given. */
export function formatDate(iso) {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(String(iso));
  if (!match) return String(iso);
  const [, year, month, day, hour, minute] = match;
  const date = day ? `${day}/${month}/${year}` : `${month}/${year}`;
  return hour ? `${hour}:${minute} ${date}` : date;
}

export const qualifierLabels = {
  exact: '',
  over: 'trên',
  under: 'dưới',
  approx: 'khoảng',
  at_least: 'ít nhất',
  average: 'bình quân',
};

export const kindLabels = { percentage: 'tỷ lệ', count: 'số lượng', fraction: 'phân số' };

export const consistencyLabels = { consistent: 'khớp với phân số', inconsistent: 'KHÔNG khớp với phân số' };

/** A figure as researchers must read it: the qualifier is never dropped ("trên 91 %" is not 91 %). */
export function formatFigure({ value, upper, qualifier, unit, kind, numerator, denominator }) {
  const q = qualifierLabels[qualifier] ?? qualifier ?? '';
  let figure;
  if (kind === 'fraction' && numerator != null && denominator != null) {
    figure = `${formatNumber(numerator)}/${formatNumber(denominator)}`;
  } else {
    figure = formatNumber(value);
    if (upper != null) figure += `–${formatNumber(upper)}`;
    if (unit === '%') figure += '%';
  }
  const tail = unit && unit !== '%' ? ` ${unit}` : '';
  return `${q ? q + ' ' : ''}${figure}${tail}`;
}

/** A locality however the API gives it: an object with display/name, or a string. */
export function formatLocality(locality) {
  if (!locality) return '';
  if (typeof locality === 'string') return locality;
  if (locality.display) return locality.display;
  const own = [locality.kind, locality.name].filter(Boolean).join(' ');
  return locality.province && locality.province !== locality.name ? `${own}, ${locality.province}` : own;
}
