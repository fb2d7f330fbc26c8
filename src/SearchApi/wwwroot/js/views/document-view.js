// "/documents/{id}": one article, its references and statistics highlighted where they stand in the text.
import { getJson } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, formatLocality, formatFigure } from '../format.js';
import { segment, paragraphs } from '../highlight.js';
import {
  metricLabels, referencePages, searchLinkFor, codeOf,
  referenceRecord, statisticRecord, referenceSummary, statisticSummary,
} from '../annotations.js';

export async function renderDocument({ main, args: [id], signal }) {
  let doc;
  try {
    doc = await getJson(`/api/documents/${encodeURIComponent(id)}`, {}, signal);
  } catch (error) {
    if (!error?.notFound) throw error;
    document.title = 'Không có bài viết — ChiBo';
    replace(main, h('h1', { text: 'Không có bài viết này' }),
      h('p', { class: 'notice' }, `Không có bài viết mã “${id}”. `, h('a', { href: '/', text: 'Về trang tìm kiếm' })));
    return;
  }
  const labels = await metricLabels();
  document.title = `${doc.title} — ChiBo`;

  const references = doc.references ?? [];
  const statistics = doc.statistics ?? [];
  const annotations = [
    ...references.map((record, index) => ({ kind: 'ref', index, start: record.start, end: record.end, record })),
    ...statistics.map((record, index) => ({ kind: 'stat', index, start: record.start, end: record.end, record })),
  ];
  const links = references.map(r => ({ href: searchLinkFor(r, references), label: codeOf(r, references) ? 'Tìm bài cùng số hiệu' : 'Tìm bài nhắc đến' }));

  const details = h('div', { class: 'details-body' },
    h('p', { class: 'muted', text: 'Bấm (hoặc Enter) vào một chỗ tô sáng trong bài để xem bản ghi có cấu trúc.' }));
  const panel = h('aside', { class: 'details', id: 'details', 'aria-label': 'Chi tiết chỗ tô sáng', 'aria-live': 'polite' },
    h('div', { class: 'details-head' },
      h('h2', { text: 'Chi tiết' }),
      h('button', { type: 'button', class: 'close secondary', 'aria-label': 'Đóng chi tiết', text: '×', onclick: () => select([]) })),
    details);

  const text = h('div', { class: 'article-text', lang: 'vi' }, renderText(doc.text ?? '', annotations, labels));
  const body = h('div', { class: 'annotated show-ref show-stat' }, text);

  function select(indexes) {
    for (const node of text.querySelectorAll('.selected')) node.classList.remove('selected');
    if (indexes.length === 0) {
      panel.classList.remove('open');
      return;
    }
    for (const i of indexes) {
      for (const node of text.querySelectorAll(`[data-annotations~="${i}"]`)) node.classList.add('selected');
    }
    // The narrowest span first: a click on "06-NQ/HU" inside a longer reference is about that code.
    const ordered = [...indexes].sort((x, y) => (annotations[x].end - annotations[x].start) - (annotations[y].end - annotations[y].start));
    replace(details, ordered.map(i => {
      const a = annotations[i];
      return h('section', { class: `record-card ${a.kind}`, 'data-kind': a.kind },
        h('h3', { text: a.kind === 'ref' ? `Văn bản: ${referenceSummary(a.record) || a.record.text}` : `Số liệu: ${formatFigure(a.record)}` }),
        a.kind === 'ref' ? referenceRecord(a.record, references, links[a.index]) : statisticRecord(a.record, labels));
    }));
    panel.classList.add('open');
  }

  text.addEventListener('click', event => {
    const mark = event.target.closest('mark[data-annotations]');
    if (mark) select(mark.dataset.annotations.split(' ').map(Number));
  });
  text.addEventListener('keydown', event => {
    const mark = event.target.closest?.('mark[data-annotations]');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(mark.dataset.annotations.split(' ').map(Number));
    }
  });

  const toggle = (kind, label, count) => h('label', { class: `toggle ${kind}` },
    h('input', { type: 'checkbox', checked: true, onchange: e => body.classList.toggle(`show-${kind}`, e.target.checked) }),
    h('span', { class: 'swatch', 'aria-hidden': 'true' }), ` ${label} (${count})`);

  const back = sessionStorage.getItem('chibo:last-search') ?? '/';
  replace(main,
    h('p', { class: 'breadcrumb' }, h('a', { href: back, text: '‹ Kết quả tìm kiếm' })),
    h('article', { class: 'document' },
      h('header', {},
        h('h1', { text: doc.title || '(không có tiêu đề)' }),
        metadata(doc)),
      h('div', { class: 'legend', role: 'group', 'aria-label': 'Tô sáng' },
        toggle('ref', 'Văn bản được trích dẫn', references.length),
        toggle('stat', 'Số liệu', statistics.length)),
      h('div', { class: 'document-layout' }, body, panel),
      referenceTable(references, annotations, links),
      statisticTable(statistics, annotations, labels)));

  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();

  // Reference pages are linked once the server says it has them; until then the links search by code.
  const pages = await referencePages(references, signal);
  if (signal.aborted) return;
  pages.forEach((page, i) => {
    if (page) links[i] = { href: page, label: 'Mọi bài trích dẫn' };
  });
  for (const cell of main.querySelectorAll('a[data-reference-link]')) {
    const link = links[Number(cell.dataset.referenceLink)];
    cell.href = link.href;
    cell.textContent = link.label;
  }
}

function metadata(doc) {
  const authors = doc.authors?.length ? doc.authors.join(', ') : null;
  const items = [
    ['Ngày đăng', doc.published ? h('time', { datetime: doc.published, text: formatDate(doc.published) }) : null],
    ['Địa phương', doc.locality ? h('a', { href: `/?locality=${encodeURIComponent(doc.locality.name)}`, text: formatLocality(doc.locality) }) : null],
    ['Tác giả', authors],
    ['Nguồn', doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank', text: doc.site || doc.url }) : doc.site],
    ['Mã bài', [h('code', { text: doc.id }), ' · ', h('a', { href: `/api/documents/${encodeURIComponent(doc.id)}`, type: 'application/json', text: 'JSON' })]],
  ].filter(([, value]) => value);
  return h('dl', { class: 'metadata' }, items.map(([label, value]) => [h('dt', { text: label }), h('dd', {}, value)]));
}

function renderText(text, annotations, labels) {
  const seen = new Set();
  return paragraphs(text).map(({ start, end }) => h('p', {}, segment(text, annotations, start, end).map(run => {
    const piece = text.slice(run.start, run.end);
    if (run.covering.length === 0) return piece;
    const kinds = new Set(run.covering.map(i => annotations[i].kind));
    const firsts = run.covering.filter(i => !seen.has(i));
    firsts.forEach(i => seen.add(i));
    const first = firsts[0] !== undefined ? annotations[firsts[0]] : null;
    return h('mark', {
      class: ['annotation', ...[...kinds].map(k => `ann-${k}`), run.covering.length > 1 ? 'overlap' : null],
      id: first ? `ann-${first.kind}-${first.index}` : null,
      tabindex: '0',
      role: 'button',
      'aria-controls': 'details',
      'data-annotations': run.covering.join(' '),
      title: run.covering.map(i => annotations[i].kind === 'ref'
        ? referenceSummary(annotations[i].record) : statisticSummary(annotations[i].record, labels)).join('\n'),
    }, piece);
  })));
}

function jump(kind, index, label) {
  return h('a', { href: `#ann-${kind}-${index}`, text: label });
}

function referenceTable(references, annotations, links) {
  if (references.length === 0) return h('section', { class: 'annex' }, h('h2', { text: 'Văn bản được trích dẫn' }), h('p', { class: 'muted', text: 'Bài viết không trích dẫn văn bản nào.' }));
  return h('section', { class: 'annex' },
    h('h2', { text: `Văn bản được trích dẫn (${references.length})` }),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Trong bài', 'Loại', 'Số hiệu', 'Cơ quan ban hành', 'Ngày', 'Trích yếu', ''].map(t => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, references.map((r, i) => h('tr', {},
        h('td', {}, jump('ref', i, r.text)),
        h('td', { text: r.type ?? '' }),
        h('td', {}, r.code ? h('code', { text: r.code }) : ''),
        h('td', { text: [r.issuer, r.issuerLocality].filter(Boolean).join(', ') }),
        h('td', { text: formatDate(r.date) }),
        h('td', { text: r.subject ?? '' }),
        h('td', { class: 'nowrap' }, h('a', { href: links[i].href, 'data-reference-link': i, text: links[i].label }))))))));
}

function statisticTable(statistics, annotations, labels) {
  if (statistics.length === 0) return null;
  return h('section', { class: 'annex' },
    h('h2', { text: `Số liệu (${statistics.length})` }),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Giá trị', 'Chỉ tiêu', 'Đối tượng', 'Kỳ', 'Địa phương'].map(t => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, statistics.map((s, i) => h('tr', {},
        h('td', {}, jump('stat', i, formatFigure(s))),
        h('td', {}, s.metric && s.metric !== 'other'
          ? h('a', { href: `/compare?metric=${encodeURIComponent(s.metric)}`, text: labels.get(s.metric) ?? s.metric }) : (labels.get(s.metric) ?? s.metric ?? '')),
        h('td', { text: s.subject ?? '' }),
        h('td', { text: s.period ?? '' }),
        h('td', { text: formatLocality(s.locality) })))))));
}
