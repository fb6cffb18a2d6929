/**
 * Chinese sentence boundaries that respect quotes and brackets: 他说：“今天到了。明天走。”是一句，not two. Closing
 * quotes and brackets right after a terminator belong to the sentence they close.
 */

export interface Span {
  start: number;
  end: number;
}

const TERMINATORS = '。！？!?…';
const OPENERS = '“‘「『（(《【〈〔';
const CLOSERS = '”’」』）)》】〉〕';
const QUOTE_CLOSERS = '”’」』"';

function scan(text: string, respectQuotes: boolean, breakAt: string): { spans: Span[]; balanced: boolean } {
  const spans: Span[] = [];
  let depth = 0;
  let straightQuoteOpen = false;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (respectQuotes && OPENERS.includes(ch)) depth += 1;
    else if (respectQuotes && CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (respectQuotes && ch === '"') {
      // Straight quotes open and close alike; they alternate.
      straightQuoteOpen = !straightQuoteOpen;
      depth += straightQuoteOpen ? 1 : -1;
    }
    i += 1;
    // A terminator just inside a closing quote ends the sentence too (他说：“我们到了。”); inside brackets it does not.
    const closesTerminated = depth === 0 && QUOTE_CLOSERS.includes(ch) && i >= 2 && breakAt.includes(text[i - 2]!);
    if (depth === 0 && (breakAt.includes(ch) || closesTerminated)) {
      while (i < text.length && (breakAt.includes(text[i]!) || CLOSERS.includes(text[i]!))) i += 1;
      spans.push({ start, end: i });
      start = i;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return { spans, balanced: depth === 0 };
}

function trimmed(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let { start, end } of spans) {
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Sentences of one paragraph as offsets into it. A sentence longer than `maxLength` is cut at its top-level
 * semicolons (each clause still reads whole); one whose quotes never close is split as if it had none.
 */
export function splitSentences(text: string, maxLength = Infinity): Span[] {
  const quoted = scan(text, true, TERMINATORS);
  const spans = quoted.balanced ? quoted.spans : scan(text, false, TERMINATORS).spans;
  const out: Span[] = [];
  for (const span of spans) {
    if (span.end - span.start <= maxLength) {
      out.push(span);
      continue;
    }
    const part = text.slice(span.start, span.end);
    for (const clause of scan(part, true, '；;').spans) {
      out.push({ start: span.start + clause.start, end: span.start + clause.end });
    }
  }
  return trimmed(text, out);
}
