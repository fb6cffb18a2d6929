/** Keywords, summary, reading time and character count of an extracted article, in the article's own script. */
import type { Analysis, Script } from '../article';
import type { AnalysisEngine } from './analysis-engine';
import { analyzeEnglish } from './analyze-english';
import { isLatinText } from './english-words';
import { KEYWORD_COUNT, KEYWORD_RERANKER, rankKeywords, type KeywordInput } from './extract-keywords';
import type { RerankModel } from './keyword-reranker';
import { readingStats } from './reading-stats';
import { personsNamed, segmentArticle, tagLine } from './segment-article';
import { summarize } from './summarize';

export type { AnalysisEngine } from './analysis-engine';

export interface AnalysisInput {
  title: string | null;
  paragraphs: string[];
  script: Script;
  pageKeywords: string[];
}

/** The article segmented and tagged, as the keyword ranking reads it (the eval's cross-validation reuses it). */
export function keywordInput(input: AnalysisInput, engine: AnalysisEngine): KeywordInput {
  const simplify = input.script === 'Hant' ? engine.toSimplified : (text: string) => text;
  const titleText = input.title ?? '';
  const sentences = segmentArticle(input.paragraphs, input.script, engine);
  return {
    sentences,
    title: { text: titleText, ...tagLine(titleText, input.script, engine, personsNamed(sentences)) },
    pageKeywords: input.pageKeywords,
    pageKeywordKeys: input.pageKeywords.map(simplify),
  };
}

/**
 * Keywords, summary and reading figures of one article. `reranker` is the shipped keyword re-ranker; the eval passes a
 * model fitted without the article, so that its score is one on an article the model never saw.
 */
export function analyzeArticle(
  input: AnalysisInput,
  engine: AnalysisEngine,
  reranker: RerankModel = KEYWORD_RERANKER,
): Analysis {
  // The English edition (eng.taiwan.cn): jieba and the Chinese IDF table would rank "the" and "and".
  if (isLatinText([input.title ?? '', ...input.paragraphs].join('\n'))) return analyzeEnglish(input);
  const prepared = keywordInput(input, engine);
  const ranked = rankKeywords(prepared, engine.idf, undefined, reranker);
  return {
    summary: summarize(prepared.sentences, prepared.title.key, ranked, engine.idf),
    keywords: ranked.slice(0, KEYWORD_COUNT).map(({ word, score }) => ({ word, score })),
    ...readingStats(input.paragraphs),
    warnings: [...engine.warnings],
  };
}
