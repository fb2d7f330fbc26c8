// The structured records behind the article view's highlights: what a reference or a statistic says, in Vietnamese,
// and where a reference leads.
import { getJson, getJsonOnce, listOf } from './api.js';
import { h } from './dom.js';
import { formatDate, formatFigure, formatNumber, kindLabels, consistencyLabels, formatLocality } from './format.js';

/** The metric taxonomy's labels by id; empty until /api/metrics exists. */
export async function metricLabels() {
  try {
    const body = await getJsonOnce('/api/metrics');
    return new Map(listOf(body, 'metrics', 'items').map(m => [m.id, m.label ?? m.name ?? m.id]));
  } catch {
    return new Map();
  }
}

/** The code a reference stands for: its own, or that of the full reference a short form resolves to. */
export function codeOf(reference, references) {
  if (reference.code) return reference.code;
  if (reference.resolvesTo !== null && reference.resolvesTo !== undefined) {
    return references.find(r => r.start === reference.resolvesTo)?.code ?? null;
  }
  return null;
}

/** Where a reference leads before (or without) the reference pages: a search for its code, or for its words. */
export function searchLinkFor(reference, references) {
  const code = codeOf(reference, references);
  return code ? `/?q=${encodeURIComponent('code:' + code)}` : `/?q=${encodeURIComponent('"' + reference.text.replaceAll('"', ' ') + '"')}`;
}

/**
 * Finds each reference's page: asks GET /api/references once per code and picks the document with the same code and,
 * for local Party documents whose numbers restart in every district, the same issuing locality. Answers an array
 * parallel to <paramref name="references"/> (a URL or null); all null while the endpoint is not deployed (404).
 */
export async function referencePages(references, signal) {
  const pages = references.map(r => (r.referenceId ?? null) !== null ? `/references/${encodeURIComponent(r.referenceId)}` : null);
  const byCode = new Map();
  for (const code of new Set(references.map(r => codeOf(r, references)).filter(Boolean))) {
    try {
      byCode.set(code, listOf(await getJson('/api/references', { code }, signal), 'items', 'references', 'hits'));
    } catch {
      // Not deployed (404), refused or aborted: the search links stay.
      break;
    }
  }
  references.forEach((reference, i) => {
    if (pages[i]) return;
    const target = reference.resolvesTo !== null && reference.resolvesTo !== undefined
      ? references.find(r => r.start === reference.resolvesTo) ?? reference : reference;
    const candidates = (byCode.get(codeOf(reference, references)) ?? []).filter(item => item.id !== null && item.id !== undefined);
    const match = candidates.find(item => item.code === target.code && (item.issuerLocality ?? null) === (target.issuerLocality ?? null))
      ?? (candidates.length === 1 ? candidates[0] : null);
    if (match) pages[i] = `/references/${encodeURIComponent(match.id)}`;
  });
  return pages;
}

function row(label, ...value) {
  const parts = value.flat().filter(v => v !== null && v !== undefined && v !== '');
  return parts.length ? [h('dt', { text: label }), h('dd', {}, parts)] : [];
}

export function referenceSummary(reference) {
  return [reference.type, reference.code ?? reference.number, reference.issuer].filter(Boolean).join(' · ');
}

export function statisticSummary(statistic, labels) {
  return [formatFigure(statistic), labels.get(statistic.metric) ?? statistic.metric].filter(Boolean).join(' · ');
}

/** A reference's record as a description list. */
export function referenceRecord(reference, references, link) {
  const target = reference.resolvesTo !== null && reference.resolvesTo !== undefined
    ? references.find(r => r.start === reference.resolvesTo) : null;
  return h('dl', { class: 'record' },
    row('Văn bản trong bài', h('q', { text: reference.text })),
    row('Loại văn bản', reference.type),
    row('Số', reference.number),
    row('Số hiệu', reference.code ? h('code', { text: reference.code }) : null),
    row('Cơ quan ban hành', reference.issuer),
    row('Địa phương ban hành', reference.issuerLocality),
    row('Ngày ban hành', reference.date ? h('time', { datetime: reference.date, text: formatDate(reference.date) }) : null),
    row('Nhiệm kỳ', reference.term),
    row('Trích yếu', reference.subject),
    row('Dẫn chiếu tới', target ? h('a', { href: `#ann-ref-${references.indexOf(target)}`, text: target.text }) : null),
    row('Các bài viết trích dẫn', link ? h('a', { href: link.href, class: 'reference-link', text: link.label }) : null));
}

/** A statistic's record as a description list; the qualifier always travels with the value. */
export function statisticRecord(statistic, labels) {
  const metric = labels.get(statistic.metric);
  return h('dl', { class: 'record' },
    row('Giá trị', h('strong', { text: formatFigure(statistic) })),
    row('Loại số liệu', kindLabels[statistic.kind] ?? statistic.kind),
    row('Tử số / mẫu số', statistic.numerator != null && statistic.denominator != null
      ? `${formatNumber(statistic.numerator)} / ${formatNumber(statistic.denominator)}` : null),
    row('Kiểm tra', statistic.consistency ? h('span', { class: `consistency ${statistic.consistency}`, text: consistencyLabels[statistic.consistency] ?? statistic.consistency }) : null),
    row('Đối tượng', statistic.subject),
    row('Chỉ tiêu', metric ? `${metric} ` : null, statistic.metric ? h('code', { text: statistic.metric }) : null,
      statistic.confidence ? ` (độ tin cậy ${formatNumber(statistic.confidence * 100)}%)` : null),
    row('Kỳ', statistic.period),
    row('Địa phương', formatLocality(statistic.locality)),
    row('So sánh', statistic.metric && statistic.metric !== 'other'
      ? h('a', { href: `/compare?metric=${encodeURIComponent(statistic.metric)}`, text: 'So sánh chỉ tiêu này giữa các địa phương' }) : null));
}
