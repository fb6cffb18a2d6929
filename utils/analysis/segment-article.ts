/**
 * Turns an article into sentences of tagged words. Traditional text is tagged through its simplified mapping (same
 * length, see to-simplified.ts), so every word carries both forms: `key` (simplified, for counting and IDF) and
 * `word` (as the article wrote it, for display).
 */
import type { Script } from '../article';
import type { AnalysisEngine } from './analysis-engine';
import { splitSentences } from './split-sentences';
import { stripCredits } from './strip-credits';

export interface Token {
  word: string;
  key: string;
  tag: string;
}

export interface Sentence {
  text: string;
  /** Simplified form of `text`, same length. */
  key: string;
  paragraph: number;
  /** Position among all sentences of the article. */
  index: number;
  /** First sentence of its paragraph. */
  opensParagraph: boolean;
  tokens: Token[];
}

/** Longer sentences are cut at their semicolons: a summary of at most 200 characters must still fit whole ones. */
export const MAX_SENTENCE = 120;

/** Tags one line of text (a title, say) as the article's sentences are tagged. */
export function tagLine(text: string, script: Script, engine: AnalysisEngine): { key: string; tokens: Token[] } {
  const key = script === 'Hant' ? engine.toSimplified(text) : text;
  const tokens: Token[] = [];
  let offset = 0;
  for (const { word, tag } of engine.tag(key)) {
    const start = offset;
    offset += word.length;
    if (word.trim()) tokens.push({ word: text.slice(start, offset), key: word, tag });
  }
  return { key, tokens };
}

export function segmentArticle(paragraphs: readonly string[], script: Script, engine: AnalysisEngine): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((raw, paragraph) => {
    const text = stripCredits(raw);
    if (!text) return;
    const key = script === 'Hant' ? engine.toSimplified(text) : text;
    const tagged = engine.tag(key);
    const spans = splitSentences(text, MAX_SENTENCE);
    let offset = 0;
    let spanIndex = 0;
    const perSpan: Token[][] = spans.map(() => []);
    for (const { word: simplified, tag } of tagged) {
      const start = offset;
      offset += simplified.length;
      while (spanIndex < spans.length - 1 && start >= spans[spanIndex]!.end) spanIndex += 1;
      if (!simplified.trim()) continue;
      perSpan[spanIndex]?.push({ word: text.slice(start, offset), key: simplified, tag });
    }
    spans.forEach((span, i) => {
      sentences.push({
        text: text.slice(span.start, span.end),
        key: key.slice(span.start, span.end),
        paragraph,
        index: sentences.length,
        opensParagraph: i === 0,
        tokens: perSpan[i]!,
      });
    });
  });
  return sentences;
}
