// Cuts a text into runs at every span boundary so that overlapping spans (a statistic inside a reference's subject,
// a short form inside a long one) are all shown: each run knows every span that covers it.
// Offsets are UTF-16 code units, exactly what JavaScript string indexes are.

/**
 * @param {string} text
 * @param {{start:number,end:number}[]} spans
 * @param {number} from start of the window to cut (a paragraph)
 * @param {number} to end of the window
 * @returns {{start:number,end:number,covering:number[]}[]} consecutive runs over [from, to); covering = span indexes
 */
export function segment(text, spans, from = 0, to = text.length) {
  const cuts = new Set([from, to]);
  spans.forEach(({ start, end }) => {
    if (!isValidSpan(start, end, text.length) || end <= from || start >= to) return;
    cuts.add(Math.max(start, from));
    cuts.add(Math.min(end, to));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const runs = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = [];
    spans.forEach((span, index) => {
      if (isValidSpan(span.start, span.end, text.length) && span.start <= start && span.end >= end) covering.push(index);
    });
    runs.push({ start, end, covering });
  }
  return runs;
}

function isValidSpan(start, end, length) {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start < end;
}

/** [start, end) of each paragraph (text between line breaks), blank lines left out. */
export function paragraphs(text) {
  const result = [];
  const pattern = /[^\n]+/g;
  for (let match; (match = pattern.exec(text));) {
    if (match[0].trim()) result.push({ start: match.index, end: match.index + match[0].length });
  }
  return result;
}
