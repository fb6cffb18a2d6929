/**
 * Turns an article into sentences of tagged words. Traditional text is tagged through its simplified mapping (same
 * length, see to-simplified.ts), so every word carries both forms: `key` (simplified, for counting and IDF) and
 * `word` (as the article wrote it, for display).
 */
import type { Script } from '../article';
import type { AnalysisEngine } from './analysis-engine';
import { joinPersons } from './recurring-persons';
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

/**
 * Where each word of a tagged line starts in its `key` (words are tagged in order, blanks dropped), so that callers
 * can tell words that touch from words a space or a mark separates.
 */
export function wordStarts(line: { key: string; tokens: readonly Token[] }): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const token of line.tokens) {
    const at = line.key.indexOf(token.key, offset);
    starts.push(at);
    offset = at + token.key.length;
  }
  return starts;
}

/** Longer sentences are cut at their semicolons: a summary of at most 200 characters must still fit whole ones. */
export const MAX_SENTENCE = 120;

/**
 * Tags one line of text (a title, say) as the article's sentences are tagged. `persons`: the persons the article's body
 * names (see recurring-persons.ts), kept whole in the line too; a title names its subject once, too few times for the line
 * alone to show jieba's cut of 摄影师林怀远 to be wrong.
 */
export function tagLine(
  text: string,
  script: Script,
  engine: AnalysisEngine,
  persons: ReadonlySet<string> = new Set(),
): { key: string; tokens: Token[] } {
  const key = script === 'Hant' ? engine.toSimplified(text) : text;
  const tokens: Token[] = [];
  let offset = 0;
  for (const { word, tag } of joinPersons(engine.tag(key), persons, (w) => engine.idf.has(w))) {
    const start = offset;
    offset += word.length;
    if (word.trim()) tokens.push({ word: text.slice(start, offset), key: word, tag });
  }
  return { key, tokens };
}

/** The three-character persons among an article's words (林怀远, 陈斌华): a title that names them keeps them whole. */
export function personsNamed(sentences: readonly Sentence[]): Set<string> {
  return new Set(
    sentences.flatMap((s) => s.tokens.filter((t) => t.tag === 'nr' && [...t.key].length === 3).map((t) => t.key)),
  );
}

export function segmentArticle(paragraphs: readonly string[], script: Script, engine: AnalysisEngine): Sentence[] {
  const kept = paragraphs.map((raw, index) => ({ index, text: stripCredits(raw) })).filter((p) => p.text);
  const texts = kept.map((p) => p.text).join('\n');
  const keys = script === 'Hant' ? engine.toSimplified(texts) : texts;
  // One call for the whole article: each call into the wasm costs far more than the words it tags. jieba never joins
  // words across a line break, so every word falls inside one paragraph.
  const tagged = engine.tag(keys);
  const sentences: Sentence[] = [];
  let cursor = 0;
  let base = 0;
  let offset = 0;
  for (const { index: paragraph, text } of kept) {
    const spans = splitSentences(text, MAX_SENTENCE);
    const perSpan: Token[][] = spans.map(() => []);
    let spanIndex = 0;
    const end = base + text.length;
    while (cursor < tagged.length && offset < end) {
      const { word: simplified, tag } = tagged[cursor]!;
      const start = offset - base;
      offset += simplified.length;
      cursor += 1;
      while (spanIndex < spans.length - 1 && start >= spans[spanIndex]!.end) spanIndex += 1;
      if (simplified.trim()) perSpan[spanIndex]!.push({ word: text.slice(start, offset - base), key: simplified, tag });
    }
    spans.forEach((span, i) => {
      sentences.push({
        text: text.slice(span.start, span.end),
        key: keys.slice(base + span.start, base + span.end),
        paragraph,
        index: sentences.length,
        opensParagraph: i === 0,
        tokens: perSpan[i]!,
      });
    });
    // Step over the line break between paragraphs (jieba returns whitespace as words of its own).
    while (cursor < tagged.length && offset <= end) {
      offset += tagged[cursor]!.word.length;
      cursor += 1;
    }
    base = end + 1;
  }
  return sentences;
}
