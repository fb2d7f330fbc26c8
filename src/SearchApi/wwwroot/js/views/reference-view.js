// "/references" (the documents the corpus cites) and "/references/{id}" (one document, every article citing it, and
// when they did).
import { getJson, listOf } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, formatLocality } from '../format.js';
import { unavailable } from '../unavailable.js';
import { timeline } from '../timeline-chart.js';

export async function renderReferenceList({ main, params, signal, navigate }) {
  document.title = 'Văn bản được trích dẫn — ChiBo';
  const filters = { code: params.get('code'), type: params.get('type'), issuer: params.get('issuer'), locality: params.get('locality'), q: params.get('q') };
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': 'Lọc văn bản', onsubmit: event => {
    event.preventDefault();
    const data = new URLSearchParams();
    for (const [name, value] of new FormData(event.target)) if (String(value).trim()) data.set(name, String(value).trim());
    navigate('/references' + (data.size ? '?' + data : ''));
  } },
  field('code', 'Số hiệu', filters.code, '06-NQ/HU'),
  field('type', 'Loại', filters.type, 'Nghị quyết'),
  field('issuer', 'Cơ quan ban hành', filters.issuer, 'Huyện ủy'),
  field('q', 'Trích yếu', filters.q, 'sinh hoạt chi bộ'),
  h('button', { type: 'submit', text: 'Lọc' }));

  let body;
  try {
    body = await getJson('/api/references', filters, signal);
  } catch (error) {
    if (!error?.notFound) throw error;
    replace(main, unavailable('Văn bản được trích dẫn',
      'Máy chủ này chưa có danh mục văn bản được trích dẫn.',
      'Trong lúc chờ, tìm bài theo số hiệu: ', h('a', { href: `/?q=${encodeURIComponent('code:' + (filters.code || '06-NQ/HU'))}`, text: `code:${filters.code || '06-NQ/HU'}` }), '.'));
    return;
  }
  const items = listOf(body, 'items', 'references', 'hits');
  replace(main,
    h('h1', { text: 'Văn bản được trích dẫn' }),
    form,
    h('p', { role: 'status', text: `${(body.total ?? items.length).toLocaleString('vi-VN')} văn bản` }),
    items.length === 0 ? h('p', { class: 'muted', text: 'Không có văn bản nào khớp.' }) : h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Văn bản', 'Cơ quan ban hành', 'Ngày ban hành', 'Trích yếu', 'Số bài trích dẫn'].map(t => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, items.map(item => h('tr', {},
        h('td', {}, item.id !== undefined
          ? h('a', { href: `/references/${encodeURIComponent(item.id)}`, text: title(item) }) : title(item)),
        h('td', { text: [item.issuer, item.issuerLocality].filter(Boolean).join(', ') }),
        h('td', { text: formatDate(item.date) }),
        h('td', { text: item.subject ?? '' }),
        h('td', { class: 'number', text: typeof item.articles === 'number' ? item.articles : item.mentions ?? item.count ?? item.articles?.length ?? '' })))))));
}

function field(name, label, value, placeholder) {
  const id = `filter-${name}`;
  return h('p', {}, h('label', { for: id, text: label }), h('input', { id, name, value: value ?? '', placeholder }));
}

function title(reference) {
  // An unnumbered resolution is known by its words ("Nghị quyết Trung ương 4 (khóa XII)"), not its type alone.
  if (!reference.code && !reference.number && reference.text) return reference.text;
  return [reference.type, reference.code ?? reference.number].filter(Boolean).join(' ') || reference.text || String(reference.id);
}

export async function renderReference({ main, args: [id], signal }) {
  let reference;
  try {
    reference = await getJson(`/api/references/${encodeURIComponent(id)}`, {}, signal);
  } catch (error) {
    if (!error?.notFound) throw error;
    document.title = 'Văn bản được trích dẫn — ChiBo';
    replace(main, unavailable(`Văn bản ${id}`,
      'Máy chủ chưa có trang cho văn bản này (hoặc chưa có danh mục văn bản được trích dẫn).',
      'Tìm các bài viết nhắc đến nó: ', h('a', { href: `/?q=${encodeURIComponent('code:' + id)}`, text: `code:${id}` }), '.'));
    return;
  }
  const name = title(reference);
  document.title = `${name} — ChiBo`;
  const mentions = listOf(reference, 'mentions', 'articles', 'documents')
    .map(m => ({ ...m, documentId: m.documentId ?? m.document?.id ?? m.id, title: m.title ?? m.document?.title, published: m.published ?? m.document?.published }))
    .sort((a, b) => String(b.published ?? '').localeCompare(String(a.published ?? '')));
  // An article citing it three times (full form, short forms) is one citing article on the timeline.
  const articles = [...new Map(mentions.map(m => [m.documentId, m])).values()];
  const rows = [
    ['Loại văn bản', reference.type], ['Số hiệu', reference.code], ['Cơ quan ban hành', reference.issuer],
    ['Địa phương ban hành', reference.issuerLocality], ['Ngày ban hành', formatDate(reference.date)],
    ['Nhiệm kỳ', reference.term], ['Trích yếu', reference.subject],
  ].filter(([, v]) => v);
  replace(main,
    h('h1', { text: name }),
    reference.subject ? h('p', { class: 'lede', text: reference.subject }) : null,
    h('dl', { class: 'metadata' }, rows.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])),
    reference.code ? h('p', {}, h('a', { href: `/?q=${encodeURIComponent('code:' + reference.code)}`, text: 'Tìm trong toàn văn các bài viết' })) : null,
    h('section', { 'aria-labelledby': 'timeline-title' },
      h('h2', { id: 'timeline-title', text: 'Các bài viết trích dẫn theo thời gian' }),
      timeline(articles.map(m => m.published))),
    h('section', { 'aria-labelledby': 'mentions-title' },
      h('h2', { id: 'mentions-title', text: `${articles.length} bài viết trích dẫn` }),
      h('ol', { class: 'hits' }, mentions.map(m => h('li', {}, h('article', { class: 'hit' },
        h('h3', {}, h('a', { href: `/documents/${encodeURIComponent(m.documentId)}`, text: m.title || m.documentId })),
        h('p', { class: 'meta' }, [formatDate(m.published), formatLocality(m.locality)].filter(Boolean).join(' · ')),
        m.sentence || m.text ? h('p', { class: 'snippet' }, h('q', { text: m.sentence ?? m.text })) : null))))));
}
