// "/compare?metric=…[&period=2015-2020]": one metric across localities and periods, as a sortable table, a bar
// chart and a CSV file; the period keeps the figures that cover those years.
import { getJson, getJsonOnce, listOf, apiUrl } from '../api.js';
import { h, replace } from '../dom.js';
import { formatFigure, formatLocality, formatDate } from '../format.js';
import { unavailable } from '../unavailable.js';
import { barChart } from '../bar-chart.js';

const sortKeys = {
  locality: (a, b) => a.locality.localeCompare(b.locality, 'vi') || a.period.localeCompare(b.period),
  period: (a, b) => a.period.localeCompare(b.period) || a.locality.localeCompare(b.locality, 'vi'),
  value: (a, b) => (b.value - a.value),
};

/** One comparison row whatever the exact field names the endpoint settles on. */
export function comparisonRow(row) {
  const document = row.document && typeof row.document === 'object' ? row.document : row.article ?? {};
  return {
    locality: formatLocality(row.locality) || '(không rõ)',
    period: String(row.period ?? row.year ?? ''),
    value: Number(row.value),
    upper: row.upper ?? null,
    qualifier: row.qualifier ?? 'exact',
    unit: row.unit ?? null,
    kind: row.kind ?? null,
    numerator: row.numerator ?? null,
    denominator: row.denominator ?? null,
    sentence: row.sentence ?? '',
    documentId: row.documentId ?? document.id ?? (typeof row.document === 'string' ? row.document : null),
    title: row.title ?? document.title ?? null,
    published: row.published ?? document.published ?? null,
    derived: Boolean(row.derived),
    derivedFrom: listOf(row.derivedFrom ?? row.sources ?? [], 'items').map(source => typeof source === 'object' ? formatFigure({ ...source, qualifier: source.qualifier ?? 'exact' }) : String(source)),
  };
}

export async function renderCompare({ main, params, signal, navigate }) {
  const metric = params.get('metric') ?? '';
  const sort = sortKeys[params.get('sort')] ? params.get('sort') : 'locality';
  const period = (params.get('period') ?? '').trim();
  document.title = 'So sánh số liệu — ChiBo';
  const viewUrl = (changes = {}) => {
    const next = { metric, period, sort: sort === 'locality' ? '' : sort, ...changes };
    return apiUrl('/compare', next);
  };

  let metrics;
  try {
    metrics = listOf(await getJsonOnce('/api/metrics'), 'metrics', 'items');
  } catch (error) {
    if (!error?.notFound) throw error;
    replace(main, unavailable('So sánh số liệu', 'Máy chủ này chưa có danh mục chỉ tiêu (/api/metrics).',
      'Số liệu của từng bài vẫn xem được trong trang bài viết.'));
    return;
  }

  const picker = h('select', { id: 'metric', name: 'metric', onchange: e => navigate(viewUrl({ metric: e.target.value })) },
    h('option', { value: '', text: '— Chọn chỉ tiêu —', disabled: true, selected: !metric }),
    metrics.filter(m => m.id !== 'other').map(m => h('option', { value: m.id, selected: m.id === metric, text: m.label ?? m.id })));
  const periodInput = h('input', {
    id: 'period', name: 'period', type: 'text', value: period, inputmode: 'numeric', size: 11,
    placeholder: '2018 hoặc 2015-2020', 'aria-describedby': 'period-help',
  });
  const header = [
    h('h1', { text: 'So sánh số liệu giữa các địa phương' }),
    h('form', {
      class: 'filter-form', action: '/compare',
      onsubmit: e => { e.preventDefault(); navigate(viewUrl({ metric: picker.value, period: periodInput.value.trim() })); },
    },
    h('p', {}, h('label', { for: 'metric', text: 'Chỉ tiêu' }), picker),
    h('p', {}, h('label', { for: 'period', text: 'Kỳ' }), periodInput),
    h('p', {}, h('button', { type: 'submit', text: 'Lọc' }))),
    h('p', { id: 'period-help', class: 'muted' }, h('small', { text: 'Kỳ: năm hoặc khoảng năm mà số liệu phản ánh (không phải năm đăng bài), ví dụ 2018 hoặc 2015-2020.' })),
  ];
  if (!metric) {
    replace(main, header, h('p', { class: 'muted', text: 'Chọn một chỉ tiêu để xem bảng và biểu đồ.' }));
    return;
  }
  const label = metrics.find(m => m.id === metric)?.label ?? metric;
  document.title = `${label} — So sánh — ChiBo`;

  let body;
  try {
    body = await getJson('/api/compare', { metric, period }, signal);
  } catch (error) {
    if (error?.status === 400 && error.problem?.errors?.period) {
      replace(main, header, h('div', { class: 'notice error', role: 'alert', 'data-state': 'invalid' },
        h('p', {}, h('strong', { text: 'Kỳ không hợp lệ. ' }), 'Nhập một năm (2018) hoặc một khoảng năm (2015-2020).')));
      return;
    }
    if (!error?.notFound) throw error;
    replace(main, header, unavailable(label, 'Máy chủ này chưa có dữ liệu so sánh cho chỉ tiêu này.').slice(1));
    return;
  }
  const rows = listOf(body, 'rows', 'items').map(comparisonRow).sort(sortKeys[sort]);
  if (rows.length === 0) {
    const where = period ? ` trong kỳ ${period}` : '';
    replace(main, header, h('div', { class: 'notice empty', 'data-state': 'empty' }, h('p', {}, h('strong', { text: 'Chưa có dữ liệu. ' }), `Chưa bài viết nào nêu số liệu cho chỉ tiêu này${where}.`)));
    return;
  }

  const chart = barChart(rows.map(r => ({ ...r, label: [r.locality, r.period].filter(Boolean).join(' · ') })), `${label}: so sánh giữa các địa phương`);
  const svgFile = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(chart)], { type: 'image/svg+xml' }));
  signal.addEventListener('abort', () => URL.revokeObjectURL(svgFile));
  const sortLink = (key, text) => h('th', { scope: 'col', 'aria-sort': key === sort ? (key === 'value' ? 'descending' : 'ascending') : null },
    h('a', { href: viewUrl({ sort: key === 'locality' ? '' : key }), text }));

  replace(main, header,
    h('p', { class: 'downloads' },
      h('a', { href: apiUrl('/api/compare', { metric, period, format: 'csv' }), download: `${metric}.csv`, class: 'button', text: 'Tải CSV' }), ' ',
      h('a', { href: svgFile, download: `${metric}.svg`, class: 'button secondary', text: 'Tải biểu đồ (SVG)' })),
    h('figure', { class: 'chart' }, chart,
      h('figcaption', {}, `${label}. `, rows.some(r => r.derived) ? h('span', { class: 'derived-key', text: 'Cột viền đứt: số suy ra từ các số khác, không phải số bài viết nêu.' }) : null)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'comparison' },
      h('caption', { text: `${rows.length} số liệu${period ? `, kỳ ${period}` : ''}` }),
      h('thead', {}, h('tr', {}, sortLink('locality', 'Địa phương'), sortLink('period', 'Kỳ'), sortLink('value', 'Giá trị'),
        h('th', { scope: 'col', text: 'Câu trong bài' }), h('th', { scope: 'col', text: 'Bài viết' }))),
      h('tbody', {}, rows.map(r => h('tr', { class: r.derived ? 'derived' : null },
        h('th', { scope: 'row', text: r.locality }),
        h('td', { text: r.period }),
        h('td', { class: 'number' }, formatFigure(r),
          r.derived ? h('span', { class: 'badge', title: r.derivedFrom.length ? 'Từ: ' + r.derivedFrom.join(' + ') : 'Số suy ra', text: 'suy ra' }) : null,
          r.derived && r.derivedFrom.length ? h('small', { class: 'derived-from', text: ` từ ${r.derivedFrom.join(' + ')}` }) : null),
        h('td', {}, r.sentence ? h('q', { text: r.sentence }) : ''),
        h('td', {}, r.documentId
          ? h('a', { href: `/documents/${encodeURIComponent(r.documentId)}`, text: r.title || 'Xem bài' }) : '',
          r.published ? h('small', { text: ` ${formatDate(r.published)}` }) : null)))))));
}
