// The page shell: one module per view, chosen by the path, so that every view has a shareable URL and the browser's
// back and forward buttons replay it.
import { renderSearch } from './views/search-view.js';
import { renderDocument } from './views/document-view.js';
import { renderReference, renderReferenceList } from './views/reference-view.js';
import { renderCompare } from './views/compare-view.js';
import { renderApiReference } from './views/api-reference-view.js';
import { replace, h } from './dom.js';
import { ApiError } from './api.js';

const routes = [
  { pattern: /^\/$/, render: renderSearch },
  { pattern: /^\/documents\/([^/]+)\/?$/, render: renderDocument },
  { pattern: /^\/references\/?$/, render: renderReferenceList },
  { pattern: /^\/references\/([^/]+)\/?$/, render: renderReference },
  { pattern: /^\/compare\/?$/, render: renderCompare },
  { pattern: /^\/api-docs\/?$/, render: renderApiReference },
];

const main = document.getElementById('main');
const searchBox = document.getElementById('q');
let current = null;

/** Goes to a same-origin URL without reloading the page. */
export function navigate(url, { replaceState = false } = {}) {
  const target = new URL(url, location.href);
  // Remember where the reader was, so that Back returns to the same place in a long result list.
  history.replaceState({ scroll: window.scrollY }, '');
  if (replaceState) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  void show({ focus: true });
}

async function show({ focus = false, restoreScroll = false } = {}) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = routes.find(r => r.pattern.test(location.pathname));
  const params = new URLSearchParams(location.search);
  searchBox.value = location.pathname === '/' ? params.get('q') ?? '' : searchBox.value;
  main.setAttribute('aria-busy', 'true');
  try {
    if (!route) {
      document.title = 'Không tìm thấy trang — ChiBo';
      replace(main, h('h1', { text: 'Không tìm thấy trang' }), h('p', {}, h('a', { href: '/', text: 'Về trang tìm kiếm' })));
      return;
    }
    const args = route.pattern.exec(location.pathname).slice(1).map(decodeURIComponent);
    await route.render({ main, params, args, signal: controller.signal, navigate });
  } catch (error) {
    if (error?.name === 'AbortError' || controller.signal.aborted) return;
    replace(main, h('h1', { text: 'Đã có lỗi' }), h('p', { class: 'error', role: 'alert', text: error instanceof ApiError ? error.message : 'Lỗi không mong đợi khi hiển thị trang.' }));
    console.error(error);
  } finally {
    if (current === controller) {
      main.removeAttribute('aria-busy');
      if (restoreScroll) {
        window.scrollTo(0, history.state?.scroll ?? 0);
      } else if (focus) {
        // The new view's heading takes focus so that a screen reader announces it.
        window.scrollTo(0, 0);
        const heading = main.querySelector('h1');
        if (heading) heading.tabIndex = -1;
        (heading ?? main).focus({ preventScroll: true });
      }
    }
  }
}

// Internal links change the view in place; modified clicks (new tab…) and the API's own URLs stay with the browser.
document.addEventListener('click', event => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest?.('a[href]');
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/openapi/')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(url);
});

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  // A new query keeps the filters the researcher chose, and starts again at page 1.
  const params = location.pathname === '/' ? new URLSearchParams(location.search) : new URLSearchParams();
  params.delete('page');
  const q = searchBox.value.trim();
  if (q) params.set('q', q); else params.delete('q');
  navigate('/' + (params.size ? '?' + params : ''));
});

// A syntax example goes into the search box, after what the researcher already typed.
document.getElementById('syntax-help').addEventListener('click', event => {
  const example = event.target.closest('button[data-example]')?.dataset.example;
  if (!example) return;
  searchBox.value = [searchBox.value.trim(), example].filter(Boolean).join(' ');
  document.getElementById('syntax-help').hidePopover();
  searchBox.focus();
});

history.scrollRestoration = 'manual';
window.addEventListener('popstate', () => void show({ restoreScroll: true }));

void show();
