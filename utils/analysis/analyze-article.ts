/** Keywords, summary, reading time and character count of an extracted article, in the article's own script. */
import type { Analysis, Script } from '../article';
import type { AnalysisEngine } from './analysis-engine';
import { rankKeywords } from './extract-keywords';
import { readingStats } from './reading-stats';
import { segmentArticle, tagLine } from './segment-article';
import { summarize } from './summarize';

export type { AnalysisEngine } from './analysis-engine';

export interface AnalysisInput {
  title: string | null;
  paragraphs: string[];
  script: Script;
  pageKeywords: string[];
}

export const KEYWORD_COUNT = 8;

export function analyzeArticle(input: AnalysisInput, engine: AnalysisEngine): Analysis {
  const simplify = input.script === 'Hant' ? engine.toSimplified : (text: string) => text;
  const sentences = segmentArticle(input.paragraphs, input.script, engine);
  const titleText = input.title ?? '';
  const title = { text: titleText, ...tagLine(titleText, input.script, engine) };
  const ranked = rankKeywords(
    { sentences, title, pageKeywords: input.pageKeywords, pageKeywordKeys: input.pageKeywords.map(simplify) },
    engine.idf,
  );
  return {
    summary: summarize(sentences, title.key, ranked, engine.idf),
    keywords: ranked.slice(0, KEYWORD_COUNT).map(({ word, score }) => ({ word, score })),
    ...readingStats(input.paragraphs),
    warnings: [...engine.warnings],
  };
}
