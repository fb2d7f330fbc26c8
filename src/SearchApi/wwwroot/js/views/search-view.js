// "/?q=…&province=…&year=…&page=…": the search, its facets as filters, and the hits with the server's snippets.
import { getJson, ApiError } from '../api.js';
import { h, replace, markedSnippet } from '../dom.js';
import { formatDate, formatLocality } from '../format.js';

/** The URL parameters the page passes through to GET /api/search unchanged. */
export const searchParameters = ['q', 'locality', 'province', 'year', 'from', 'to', 'code', 'type', 'topic', 'sort', 'page', 'size'];

const facetLabels = {
  province: 'Tỉnh, thành phố',
  locality: 'Địa phương',
  year: 'Năm',
  type: 'Loại văn bản được trích dẫn',
  code: 'Số hiệu văn bản',
  topic: 'Chủ đề',
};

const filterLabels = { ...facetLabels, type: 'Loại văn bản', from: 'Từ ngày', to: 'Đến ngày' };

const shownFacetValues = 8;

/** The same page with some parameters changed (null removes one); changing anything but the page resets the page. */
export function withParams(params, changes) {
  const next = new URLSearchParams(params);
  if (!('page' in changes)) next.delete('page');
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
  }
  const query = next.toString();
  return '/' + (query ? '?' + query : '');
}

export async function renderSearch({ main, params, signal, navigate }) {
  const request = Object.fromEntries(searchParameters.map(name => [name, params.get(name)]));
  const q = request.q ?? '';
  // Without a query there is nothing to rank by: the home page shows the newest articles.
  request.sort ??= q.trim() ? null : 'date';
  document.title = q ? `${q} — Tìm kiếm — ChiBo` : 'ChiBo — Tra cứu tin Đảng địa phương';
  sessionStorage.setItem('chibo:last-search', location.pathname + location.search);

  let result;
  try {
    result = await getJson('/api/search', request, signal);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    replace(main, h('h1', { class: 'visually-hidden', text: 'Tìm kiếm' }), problemNotice(error));
    return;
  }

  const heading = h('h1', { class: 'visually-hidden', text: q ? `Kết quả tìm kiếm cho ${q}` : 'Tin bài mới nhất' });
  replace(main,
    heading,
    h('div', { class: 'search-layout' },
      h('aside', { class: 'facets', id: 'filters', 'aria-label': 'Bộ lọc' }, facetsOf(result.facets ?? {}, params), dateRange(params, navigate)),
      h('section', { class: 'results', 'aria-label': 'Kết quả' },
        summary(result, params, request.sort, navigate),
        didYouMean(result.didYouMean, params),
        activeFilters(params),
        hitList(result.hits ?? []),
        pagination(result, params))));
}

function problemNotice(error) {
  const errors = error.problem?.errors ? Object.values(error.problem.errors).flat() : [];
  const position = error.problem?.position;
  return h('div', { class: 'notice error', role: 'alert' },
    h('p', {}, h('strong', { text: 'Không hiểu câu truy vấn: ' }), error.message,
      position !== undefined && position !== null ? ` (vị trí ${position + 1})` : ''),
    errors.length ? h('ul', {}, errors.map(e => h('li', { text: e }))) : null,
    h('p', {}, 'Xem ', h('button', { type: 'button', class: 'link', popovertarget: 'syntax-help', text: 'cú pháp tìm kiếm' }), '.'));
}

function summary(result, params, effectiveSort, navigate) {
  const sort = effectiveSort === 'date' ? 'date' : 'relevance';
  const select = h('select', { id: 'sort', name: 'sort', onchange: event =>
    navigate(withParams(params, { sort: event.target.value })) },
  h('option', { value: 'relevance', selected: sort === 'relevance', text: 'Liên quan nhất' }),
  h('option', { value: 'date', selected: sort === 'date', text: 'Mới nhất' }));
  return h('div', { class: 'summary' },
    h('p', { class: 'count', role: 'status' },
      result.total === 0 ? 'Không tìm thấy bài viết nào.' : `Tìm thấy ${result.total.toLocaleString('vi-VN')} bài viết`),
    h('p', { class: 'sort' }, h('a', { href: '#filters', class: 'jump-filters', text: 'Bộ lọc ↓' }), h('label', { for: 'sort', text: 'Sắp xếp: ' }), select));
}

/** Publication dates from/to: the API accepts 2019-11-08 (and 2019-11, 2019); the date inputs give the first. */
function dateRange(params, navigate) {
  const input = (name, label) => h('p', {},
    h('label', { for: `date-${name}`, text: label }),
    h('input', { id: `date-${name}`, name, type: 'date', value: params.get(name) ?? '', min: '1945-01-01', max: '2100-12-31' }));
  return h('form', { class: 'facet date-range', 'aria-labelledby': 'facet-dates', onsubmit: event => {
    event.preventDefault();
    const data = new FormData(event.target);
    navigate(withParams(params, { from: data.get('from') || null, to: data.get('to') || null }));
  } },
  h('h2', { id: 'facet-dates', text: 'Ngày đăng' }),
  input('from', 'Từ ngày'), input('to', 'Đến ngày'),
  h('button', { type: 'submit', class: 'secondary', text: 'Lọc theo ngày' }));
}

function didYouMean(suggestion, params) {
  if (!suggestion) return null;
  return h('p', { class: 'did-you-mean' }, 'Ý bạn là: ',
    h('a', { href: withParams(params, { q: suggestion }), 'data-testid': 'did-you-mean' }, h('em', { text: suggestion })), ' ?');
}

function activeFilters(params) {
  const active = Object.keys(filterLabels).filter(name => params.get(name));
  if (active.length === 0) return null;
  return h('ul', { class: 'active-filters', 'aria-label': 'Bộ lọc đang dùng' },
    active.map(name => h('li', {},
      h('a', { href: withParams(params, { [name]: null }), 'aria-label': `Bỏ lọc ${filterLabels[name]}: ${params.get(name)}` },
        `${filterLabels[name]}: ${params.get(name)}`, h('span', { 'aria-hidden': 'true', text: ' ×' })))));
}

function facetsOf(facets, params) {
  const groups = Object.keys(facetLabels)
    .filter(name => (facets[name]?.length ?? 0) > 0 || params.get(name))
    .map(name => facetGroup(name, facets[name] ?? [], params));
  return groups.length ? groups : h('p', { class: 'muted', text: 'Không có bộ lọc.' });
}

function facetGroup(name, values, params) {
  const chosen = params.get(name);
  const id = `facet-${name}`;
  const item = ({ value, count }) => {
    const on = chosen === String(value);
    return h('li', {},
      h('a', { href: withParams(params, { [name]: on ? null : value }), 'aria-current': on ? 'true' : null, class: on ? 'on' : null, 'data-facet': name, 'data-value': value },
        h('span', { class: 'value', text: value }), h('span', { class: 'facet-count', text: count })));
  };
  const ordered = chosen && !values.some(v => String(v.value) === chosen) ? [{ value: chosen, count: 0 }, ...values] : values;
  const head = ordered.slice(0, shownFacetValues);
  const rest = ordered.slice(shownFacetValues);
  return h('section', { class: 'facet', 'aria-labelledby': id },
    h('h2', { id, text: facetLabels[name] }),
    h('ul', {}, head.map(item)),
    rest.length ? h('details', {}, h('summary', { text: `Thêm ${rest.length}` }), h('ul', {}, rest.map(item))) : null);
}

function hitList(hits) {
  if (hits.length === 0) return h('p', { class: 'muted', text: 'Thử bỏ bớt bộ lọc, hoặc dùng từ khác.' });
  return h('ol', { class: 'hits' }, hits.map(hit => h('li', {},
    h('article', { class: 'hit' },
      h('h2', {}, h('a', { href: `/documents/${encodeURIComponent(hit.id)}`, text: hit.title || '(không có tiêu đề)' })),
      h('p', { class: 'meta' }, [
        hit.published ? h('time', { datetime: hit.published, text: formatDate(hit.published) }) : null,
        hit.locality ? h('span', { text: formatLocality(hit.locality) }) : null,
        hit.authors?.length ? h('span', { text: hit.authors.join(', ') }) : null,
      ].filter(Boolean).flatMap((part, i) => i ? [' · ', part] : [part])),
      hit.snippet ? h('p', { class: 'snippet' }, markedSnippet(hit.snippet)) : null))));
}

function pagination(result, params) {
  const pages = Math.ceil((result.total ?? 0) / (result.size || 10));
  if (pages <= 1) return null;
  const page = result.page ?? 1;
  const link = (n, label, rel) => n === page
    ? h('li', {}, h('span', { 'aria-current': 'page', class: 'current', text: label }))
    : h('li', {}, h('a', { href: withParams(params, { page: n === 1 ? null : n }), rel, 'aria-label': rel ? null : `Trang ${n}`, text: label }));
  const numbers = [];
  for (let n = Math.max(1, page - 3); n <= Math.min(pages, page + 3); n++) numbers.push(n);
  if (numbers[0] !== 1) numbers.unshift(1);
  if (numbers.at(-1) !== pages) numbers.push(pages);
  const items = [];
  if (page > 1) items.push(link(page - 1, '‹ Trước', 'prev'));
  numbers.forEach((n, i) => {
    if (i && n - numbers[i - 1] > 1) items.push(h('li', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    items.push(link(n, String(n)));
  });
  if (page < pages) items.push(link(page + 1, 'Sau ›', 'next'));
  return h('nav', { class: 'pagination', 'aria-label': 'Phân trang' }, h('ul', {}, items));
}
