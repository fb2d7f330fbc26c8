// How many articles cited a document each year, as a small SVG column chart with the numbers written on it.
import { h, svg } from './dom.js';

export function timeline(dates) {
  const years = dates.map(d => Number(String(d ?? '').slice(0, 4))).filter(y => y > 1900);
  if (years.length === 0) return h('p', { class: 'muted', text: 'Không có ngày đăng để vẽ.' });
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = new Map();
  for (let y = first; y <= last; y++) counts.set(y, 0);
  years.forEach(y => counts.set(y, counts.get(y) + 1));
  const max = Math.max(...counts.values());
  const column = 36;
  const height = 120;
  const width = Math.max(column * counts.size, 120);
  const bars = [...counts].map(([year, count], i) => {
    const barHeight = Math.round((count / max) * (height - 40));
    return svg('g', {},
      svg('title', { text: `${year}: ${count} bài` }),
      svg('rect', { x: i * column + 6, y: height - 20 - barHeight, width: column - 12, height: barHeight, class: 'bar' }),
      count ? svg('text', { x: i * column + column / 2, y: height - 24 - barHeight, 'text-anchor': 'middle', class: 'value', text: count }) : null,
      svg('text', { x: i * column + column / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis', text: year }));
  });
  return h('figure', { class: 'chart timeline' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Số bài trích dẫn theo năm, ${first}–${last}` }, bars));
}
