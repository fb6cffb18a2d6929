/**
 * Keywords a news editor would accept: TF-IDF over the candidates of keyword-candidates.ts, boosted where the title or
 * the lead uses them, merged with the page's own meta keywords, without words already contained in a better keyword.
 */
import type { IdfTable } from './idf-table';
import { collectCandidates } from './keyword-candidates';
import type { Sentence, Token } from './segment-article';
import { SITE_COMMON_WORDS } from './site-dictionary';

export interface RankedKeyword {
  /** As the article writes it. */
  word: string;
  /** Simplified form. */
  key: string;
  /** Relative to the best keyword (1). */
  score: number;
}

export interface KeywordInput {
  sentences: readonly Sentence[];
  /** The title as the article writes it, its simplified form and its tagged words ('' and [] when there is none). */
  title: { text: string; key: string; tokens: Token[] };
  /** Page meta keywords as the page wrote them, and simplified, in page order. */
  pageKeywords: readonly string[];
  pageKeywordKeys: readonly string[];
}

const TITLE_BOOST = 2;
const LEAD_BOOST = 1.3;
const SITE_COMMON_DAMPING = 0.4;

const byScore = (a: RankedKeyword, b: RankedKeyword) => b.score - a.score || (a.key < b.key ? -1 : 1);

/** All candidates, best first (the summary weighs sentences with more than the 8 shown). */
export function rankKeywords(input: KeywordInput, idf: IdfTable): RankedKeyword[] {
  const { title, sentences } = input;
  const lines = title.key ? [title, ...sentences] : sentences;
  const candidates = collectCandidates(lines, title.key, idf);
  const total = Math.max(
    lines.reduce((n, line) => n + line.tokens.filter((t) => /\p{L}/u.test(t.key)).length, 0),
    1,
  );
  const lead = sentences
    .slice(0, 2)
    .map((s) => s.key)
    .join('');
  const scored = candidates.map((c) => {
    let score = (c.count / total) * c.idf * c.weight;
    if (c.inTitle) score *= TITLE_BOOST;
    if (lead.includes(c.key)) score *= LEAD_BOOST;
    if (SITE_COMMON_WORDS.has(c.key)) score *= SITE_COMMON_DAMPING;
    return { key: c.key, word: c.word, score };
  });
  scored.sort(byScore);
  // The page's editors chose its meta keywords: they rank with the best, in their order, lower when the text lacks them.
  const top = scored[0]?.score ?? 1;
  const text = lines.map((l) => l.key).join('\n');
  input.pageKeywordKeys.forEach((key, i) => {
    if ([...key].length < 2) return;
    const score = top * (text.includes(key) ? 1.05 : 0.6) * (1 - 0.04 * i);
    const known = scored.find((s) => s.key === key);
    if (known) known.score = Math.max(known.score, score);
    else scored.push({ key, word: input.pageKeywords[i] ?? key, score });
  });
  scored.sort(byScore);
  const kept: RankedKeyword[] = [];
  for (const candidate of scored) {
    if (!kept.some((better) => better.key.includes(candidate.key))) kept.push(candidate);
  }
  const best = kept[0]?.score || 1;
  return kept.map((k) => ({ ...k, score: Math.round((k.score / best) * 1000) / 1000 }));
}
