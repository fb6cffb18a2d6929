/** Reads the compact IDF asset written by scripts/build-idf.mjs (format described there). */

export interface IdfTable {
  /** IDF of a simplified-script word; words the compact table left out are rarer than all it kept. */
  get(word: string): number;
  has(word: string): boolean;
  readonly defaultIdf: number;
  readonly size: number;
}

const HEADER = /^jieba-idf-compact\/1 default=(\d+)/;

export function parseCompactIdf(text: string): IdfTable {
  const lines = text.split('\n');
  const header = HEADER.exec(lines[0] ?? '');
  if (!header) throw new Error('IDF asset: unknown format');
  const defaultIdf = Number(header[1]) / 10;
  const values = new Map<string, number>();
  let previous = '';
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    const space = line.lastIndexOf(' ');
    if (space < 1) continue;
    const word = previous.slice(0, parseInt(line[0]!, 36)) + line.slice(1, space);
    values.set(word, Number(line.slice(space + 1)) / 10);
    previous = word;
  }
  return {
    get: (word) => values.get(word) ?? defaultIdf,
    has: (word) => values.has(word),
    defaultIdf,
    size: values.size,
  };
}

/** jieba's own idf.txt ("word value" lines), unknown words at its median: what the jieba baseline uses. */
export function parseJiebaIdf(text: string): IdfTable {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) values.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  const sorted = [...values.values()].sort((a, b) => a - b);
  const defaultIdf = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return {
    get: (word) => values.get(word) ?? defaultIdf,
    has: (word) => values.has(word),
    defaultIdf,
    size: values.size,
  };
}
