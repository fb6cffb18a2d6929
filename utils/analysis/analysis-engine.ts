/** What the analysis needs from its environment: a tagger, an IDF table and a traditional -> simplified mapping. */
import type { IdfTable } from './idf-table';
import { SITE_WORDS } from './site-dictionary';
import { correctTags, siteTags } from './tag-corrections';
import type { ToSimplified } from './to-simplified';

export interface TaggedWord {
  word: string;
  /** jieba's part-of-speech tag (ICTCLAS set); 'x' for punctuation and for words its HMM found outside the dictionary. */
  tag: string;
}

export interface AnalysisEngine {
  /** Segments simplified-script text and tags each word; the words concatenate back to the input. */
  tag(text: string): TaggedWord[];
  idf: IdfTable;
  toSimplified: ToSimplified;
  /** How this engine degraded (e.g. no WebAssembly), carried into every Analysis it produces. */
  warnings: readonly string[];
}

/** The part of jieba-wasm's API used here; the node and web builds both have it. */
export interface JiebaApi {
  tag(sentence: string, hmm?: boolean | null): TaggedWord[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

export function createJiebaEngine(
  jieba: JiebaApi,
  idf: IdfTable,
  toSimplified: ToSimplified,
  warnings: readonly string[] = [],
): AnalysisEngine {
  // jieba-wasm keeps one dictionary per wasm instance; adding a word twice only resets its frequency, so repeated
  // engine creation is harmless. No frequency: jieba then suggests one just high enough to keep the word whole.
  for (const [word, tag] of SITE_WORDS) jieba.add_word(word, null, tag);
  return {
    tag: (text) => correctTags(jieba.tag(text, true), (word) => idf.has(word)),
    idf,
    toSimplified,
    warnings,
  };
}

const DIGIT = /^[\p{Nd}.,%％]+$/u;
const LATIN = /^[A-Za-z][A-Za-z0-9.-]*$/;

/**
 * Where WebAssembly cannot run: the browser's own word breaker (ICU's dictionary). It has no tagger, so Han words get
 * 'x' (unknown, still keyword candidates) unless the site dictionary knows them.
 */
export function createSegmenterEngine(
  idf: IdfTable,
  toSimplified: ToSimplified,
  warnings: readonly string[],
): AnalysisEngine {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const tag = (text: string): TaggedWord[] =>
    siteTags(
      Array.from(segmenter.segment(text), ({ segment, isWordLike }) => ({
        word: segment,
        tag: isWordLike && DIGIT.test(segment) ? 'm' : isWordLike && LATIN.test(segment) ? 'eng' : 'x',
      })),
    );
  return { tag, idf, toSimplified, warnings };
}
