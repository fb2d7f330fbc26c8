// Builds DOM from data without ever parsing server strings as HTML: text always goes in as text nodes.

/**
 * Creates an element. Attributes: "class", "text", `on<event>` handlers, booleans (true = present, false/null = absent),
 * anything else as an attribute. Children: nodes, strings (as text), arrays, null/false (skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = tag.includes(':')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(tag.indexOf(':') + 1))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (name === 'text') element.textContent = String(value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** An SVG element (the chart draws with these). */
export const svg = (tag, attributes, ...children) => h('svg:' + tag, attributes, ...children);

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside <paramref name="parent"/>. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

const inert = new DOMParser();

/**
 * A search snippet as nodes. The server escapes the text and adds only <mark>; parsing in an inert document and
 * keeping nothing but text and <mark> holds even if that promise were ever broken.
 */
export function markedSnippet(html) {
  const fragment = document.createDocumentFragment();
  const body = inert.parseFromString(`<body>${html ?? ''}</body>`, 'text/html').body;
  for (const node of body.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) fragment.append(node.data);
    else if (node.nodeName === 'MARK') fragment.append(h('mark', {}, node.textContent));
    else fragment.append(node.textContent ?? '');
  }
  return fragment;
}
