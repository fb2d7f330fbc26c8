// The state every view shows while its endpoint has not been deployed: say so plainly, and offer what works today.
import { h } from './dom.js';

export function unavailable(title, explanation, ...alternatives) {
  return [
    h('h1', { text: title }),
    h('div', { class: 'notice empty', 'data-state': 'unavailable' },
      h('p', {}, h('strong', { text: 'Chưa có dữ liệu. ' }), explanation),
      alternatives.length ? h('p', {}, alternatives) : null),
  ];
}
