// The comparison's bar chart: one horizontal bar per row, the qualifier written beside each value, derived figures
// drawn hollow. Plain SVG, so that it can be saved and pasted into a paper.
import { svg } from './dom.js';
import { formatFigure } from './format.js';

const labelWidth = 230;
const valueWidth = 110;
const barHeight = 22;
const gap = 8;

/** @param {{label:string, value:number, qualifier:string, unit:string, kind:string, derived:boolean}[]} rows */
export function barChart(rows, title) {
  const plotWidth = 420;
  const width = labelWidth + plotWidth + valueWidth;
  const height = rows.length * (barHeight + gap) + gap;
  const max = Math.max(...rows.map(r => r.value).filter(Number.isFinite), 0) || 1;
  // Percentages share a 0–100 scale so that charts of different metrics read alike.
  const scaleMax = rows.every(r => r.unit === '%') ? Math.max(100, max) : max;
  const bars = rows.map((row, i) => {
    const y = gap + i * (barHeight + gap);
    const length = Number.isFinite(row.value) ? Math.max(1, (row.value / scaleMax) * plotWidth) : 0;
    const figure = formatFigure(row) + (row.derived ? ' (suy ra)' : '');
    return svg('g', { class: row.derived ? 'derived' : null },
      svg('title', { text: `${row.label}: ${figure}` }),
      svg('text', { x: labelWidth - 8, y: y + barHeight * 0.7, 'text-anchor': 'end', class: 'axis', text: truncate(row.label, 34) }),
      // Colours are attributes, not CSS, so that a downloaded chart looks the same outside the page.
      svg('rect', {
        x: labelWidth, y, width: length, height: barHeight, class: row.derived ? 'bar derived' : 'bar',
        fill: row.derived ? '#ffffff' : '#2f6690', stroke: '#2f6690', 'stroke-width': 1.5, 'stroke-dasharray': row.derived ? '5 3' : null,
      }),
      svg('text', { x: labelWidth + length + 6, y: y + barHeight * 0.7, class: 'value', text: figure }));
  });
  return svg('svg', {
    viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title, class: 'bar-chart',
    'font-family': 'system-ui, sans-serif', 'font-size': 13, fill: '#1d232b',
  }, svg('title', { text: title }), bars);
}

function truncate(text, length) {
  return text.length > length ? text.slice(0, length - 1) + '…' : text;
}
