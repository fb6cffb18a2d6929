/** Character count and reading time of the body text. */

// Chinese readers of news read roughly 300-500 characters a minute; 300 is the conservative figure the product uses
// (issue 4), so the estimate errs towards "takes a bit longer".
export const CHARS_PER_MINUTE = 300;

export function readingStats(paragraphs: readonly string[]): { charCount: number; readingMinutes: number } {
  let charCount = 0;
  for (const paragraph of paragraphs) for (const ch of paragraph) if (!/\s/u.test(ch)) charCount += 1;
  return { charCount, readingMinutes: charCount === 0 ? 0 : Math.max(1, Math.round(charCount / CHARS_PER_MINUTE)) };
}
