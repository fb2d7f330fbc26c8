// "/api-docs": the API reference for people who script against the server, drawn from the server's own OpenAPI
// document so that it can never disagree with what the server does.
import { getJson } from '../api.js';
import { h, replace } from '../dom.js';

const methodsInOrder = ['get', 'post', 'put', 'patch', 'delete'];

export async function renderApiReference({ main, signal }) {
  document.title = 'Tài liệu API — ChiBo';
  const doc = await getJson('/openapi/v1.json', {}, signal);
  const operations = Object.entries(doc.paths ?? {})
    .flatMap(([path, item]) => methodsInOrder.filter(m => item[m]).map(method => ({ path, method, op: item[method] })))
    .filter(({ path }) => path.startsWith('/api/'));

  replace(main,
    h('h1', { text: 'Tài liệu API' }),
    h('p', {},
      'Mọi điểm truy cập trả JSON (tên trường kiểu camelCase, ngày theo ISO 8601, vị trí ',
      h('code', { text: 'start' }), '/', h('code', { text: 'end' }),
      ' tính theo đơn vị UTF-16 trong ', h('code', { text: 'text' }), ' của bài). Mọi lỗi là một ',
      h('code', { text: 'application/problem+json' }), ' theo RFC 9457. Các điểm ghi dữ liệu cần khóa ở tiêu đề ',
      h('code', { text: 'X-Api-Key' }), '. Bản máy đọc: ', h('a', { href: '/openapi/v1.json', text: '/openapi/v1.json' }), '.'),
    h('nav', { class: 'api-toc', 'aria-label': 'Các điểm truy cập' },
      h('ul', {}, operations.map(o => h('li', {}, h('a', { href: '#' + anchor(o), text: `${o.method.toUpperCase()} ${o.path}` }))))),
    operations.map(o => operationSection(o, doc)));
}

function anchor({ method, path }) {
  return `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '');
}

function operationSection(operation, doc) {
  const { method, path, op } = operation;
  const parameters = op.parameters ?? [];
  const body = op.requestBody?.content ? Object.keys(op.requestBody.content) : [];
  return h('section', { class: 'api-operation', id: anchor(operation), 'aria-labelledby': anchor(operation) + '-title' },
    h('h2', { id: anchor(operation) + '-title' }, h('span', { class: 'http-method', text: method.toUpperCase() }), ' ', h('code', { text: path })),
    op.summary ? h('p', { text: op.summary }) : null,
    op.description && op.description !== op.summary ? h('p', { class: 'muted', text: op.description }) : null,
    parameters.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { text: 'Tham số' }),
      h('thead', {}, h('tr', {}, ['Tên', 'Ở đâu', 'Bắt buộc', 'Kiểu'].map(t => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, parameters.map(p => h('tr', {},
        h('td', {}, h('code', { text: p.name })),
        h('td', { text: p.in === 'path' ? 'đường dẫn' : p.in === 'query' ? 'chuỗi truy vấn' : p.in === 'header' ? 'tiêu đề' : p.in }),
        h('td', { text: p.required ? 'có' : 'không' }),
        h('td', { text: typeName(p.schema, doc) })))))) : null,
    body.length ? h('p', {}, 'Thân yêu cầu: ', body.map((type, i) => [i ? ', ' : '', h('code', { text: type })])) : null,
    h('dl', { class: 'api-responses' },
      Object.entries(op.responses ?? {}).map(([status, response]) => [
        h('dt', {}, h('code', { text: status })),
        h('dd', {}, response.description ?? '',
          Object.entries(response.content ?? {}).map(([type, media]) => [' — ', h('code', { text: type }),
            media.schema ? [' ', h('span', { class: 'muted', text: typeName(media.schema, doc) })] : null])),
      ])),
    method === 'get' ? h('pre', {}, h('code', { text: `curl -s '${location.origin}${path.replace(/\{([^}]+)\}/g, '$1')}'` })) : null);
}

/** A short, readable type: "string", "SearchResponse", "array of Reference". */
function typeName(schema, doc, depth = 0) {
  if (!schema || depth > 3) return '';
  if (schema.$ref) return schema.$ref.split('/').pop();
  if (schema.type === 'array') return 'mảng ' + typeName(schema.items, doc, depth + 1);
  if (Array.isArray(schema.type)) return schema.type.filter(t => t !== 'null').join(' | ');
  if (schema.enum) return schema.enum.join(' | ');
  return schema.format ? `${schema.type} (${schema.format})` : schema.type ?? 'object';
}
