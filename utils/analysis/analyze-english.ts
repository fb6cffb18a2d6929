/**
 * Keywords, summary and reading time of an English article (the site's English edition), by rules of English news:
 * candidates are content words, names (runs of capitalised words) and phrases the article repeats; the headline and
 * the lead boost them as in the Chinese ranking; the summary leans on the lead as the Chinese one does.
 */
import type { Analysis } from '../article';
import {
  ENGLISH_SITE_COMMON,
  ENGLISH_STOPWORDS,
  englishClauses,
  englishSentences,
  type EnglishToken,
} from './english-words';
import { KEYWORD_COUNT, metaKeywordScore } from './extract-keywords';
import { KEYWORD_WEIGHTS } from './keyword-weights';
import { onePerSubject } from './one-per-subject';
import { readingStats } from './reading-stats';
import { leadPrior, SUMMARY_LEAD_WEIGHT, SUMMARY_SENTENCES } from './summarize';
import type { AnalysisInput } from './analyze-article';

/** Adult readers of English news manage about 200-250 words a minute; the lower middle, like the Chinese figure. */
export const ENGLISH_WORDS_PER_MINUTE = 230;
/** About as long to read as 200 Chinese characters, and room for three sentences of a wire report. */
export const ENGLISH_SUMMARY_MAX_CHARS = 400;
const MAX_PHRASE = 3;
// English has no IDF table here: names and longer phrases carry the specificity IDF gives in Chinese. The headline,
// lead, site-word and phrase rules take the Chinese ranking's numbers (KEYWORD_WEIGHTS).
const WEIGHTS = { name: 1.5, perExtraWord: 0.25 };

interface Candidate {
  key: string;
  display: string;
  words: number;
  count: number;
  name: boolean;
  first: number;
}

const isAcronym = (t: EnglishToken) => /^[A-Z]{2,6}$/.test(t.text) || /^(?:[A-Z]\.){2,}$/.test(t.text);
const isContent = (t: EnglishToken) =>
  isAcronym(t) || (!ENGLISH_STOPWORDS.has(t.key) && /\p{L}/u.test(t.key) && t.key.length >= 3);
const isCapitalised = (t: EnglishToken) => isAcronym(t) || /^\p{Lu}/u.test(t.text);

/** Runs of adjacent content words in each clause: where candidate words and phrases come from. */
function contentRuns(sentences: readonly string[]): EnglishToken[][] {
  const runs: EnglishToken[][] = [];
  for (const sentence of sentences) {
    for (const clause of englishClauses(sentence)) {
      let run: EnglishToken[] = [];
      for (const token of [...clause, null]) {
        if (token && isContent(token)) run.push(token);
        else if (run.length) {
          runs.push(run);
          run = [];
        }
      }
    }
  }
  return runs;
}

function collect(runs: readonly EnglishToken[][], titlePhrases: ReadonlySet<string>): Candidate[] {
  type Tally = Candidate & { told: number; capitals: number; shownAtStart: boolean };
  const found = new Map<string, Tally>();
  for (const run of runs) {
    for (let from = 0; from < run.length; from += 1) {
      for (let to = from + 1; to <= Math.min(run.length, from + MAX_PHRASE); to += 1) {
        const parts = run.slice(from, to);
        const key = parts.map((t) => t.key).join(' ');
        const atStart = parts[0]!.sentenceStart;
        let c = found.get(key);
        if (!c) {
          c = {
            key,
            display: '',
            words: parts.length,
            count: 0,
            name: false,
            first: found.size,
            told: 0,
            capitals: 0,
            shownAtStart: true,
          };
          found.set(key, c);
        }
        c.count += 1;
        // Capitals at a sentence's start say nothing; elsewhere they mark a name (Xiamen, Taiwan Straits).
        const telling = atStart ? parts.slice(1) : parts;
        if (telling.length) {
          c.told += 1;
          if (telling.every(isCapitalised)) c.capitals += 1;
        }
        if (!c.display || (c.shownAtStart && !atStart)) {
          c.display = parts.map((t) => t.text).join(' ');
          c.shownAtStart = atStart;
        }
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const { told, capitals, shownAtStart: _, ...c } of found.values()) {
    c.name = told > 0 && capitals * 2 > told;
    // A phrase needs to recur, or to be a name or the headline's whole noun phrase: a once-seen pair of words is prose.
    if (c.words > 1 && c.count < 2 && !c.name && !titlePhrases.has(c.key)) continue;
    // Common words in lower case (a sentence may have opened with one), acronyms as written (DPP authorities).
    const lower = (text: string) =>
      text
        .split(' ')
        .map((w) => (/^[A-Z]{2,6}$|^(?:[A-Z]\.){2,}$/.test(w) ? w : w.toLowerCase()))
        .join(' ');
    candidates.push({ ...c, display: c.name ? c.display : lower(c.display) });
  }
  return candidates;
}

function wordIn(haystack: string, key: string): boolean {
  return ` ${haystack} `.includes(` ${key} `);
}

function keyText(sentences: readonly string[]): string {
  return sentences.flatMap((s) => englishClauses(s).map((clause) => clause.map((t) => t.key).join(' '))).join(' | ');
}

function rank(input: AnalysisInput, sentences: readonly string[]): { word: string; key: string; score: number }[] {
  const titleKey = keyText(input.title ? [input.title] : []);
  // The headline's runs of content words, whole ("Cross-Straits youth forum"): its noun phrases, where its pieces
  // ("spokesperson slams") are not.
  const titlePhrases = new Set(
    contentRuns(input.title ? [input.title] : [])
      .filter((run) => run.length > 1 && run.length <= MAX_PHRASE)
      .map((run) => run.map((t) => t.key).join(' ')),
  );
  const leadKey = keyText(sentences.slice(0, 2));
  const runs = contentRuns([...(input.title ? [input.title] : []), ...sentences]);
  const scored = collect(runs, titlePhrases).map((c) => {
    let score = Math.sqrt(c.count) * (1 + WEIGHTS.perExtraWord * (c.words - 1));
    if (c.name) score *= WEIGHTS.name;
    if (wordIn(titleKey, c.key)) score *= KEYWORD_WEIGHTS.titleBoost;
    if (wordIn(leadKey, c.key)) score *= KEYWORD_WEIGHTS.leadBoost;
    if (ENGLISH_SITE_COMMON.has(c.key)) score *= KEYWORD_WEIGHTS.siteCommonDamping;
    return { ...c, score };
  });
  scored.sort((a, b) => b.score - a.score || a.first - b.first);
  // One chip per subject, as in Chinese: a phrase stands for the better word inside it when the word seldom occurs
  // outside it, when the headline names the phrase whole (its "Cross-Straits youth forum" over the text's "forum"), or
  // when the phrase is a name (Taiwan Straits).
  // The page's own meta keywords rank with the best, in their order, lower when the text lacks them, when the headline
  // does not use them or when they are site-wide words (as in Chinese).
  const top = scored[0]?.score ?? 1;
  const allText = keyText([...(input.title ? [input.title] : []), ...sentences]);
  input.pageKeywords.forEach((word, i) => {
    const key = keyText([word]);
    if (key.length < 2 || ENGLISH_STOPWORDS.has(key)) return;
    const where = {
      inText: wordIn(allText, key),
      inTitle: wordIn(titleKey, key),
      siteWide: ENGLISH_SITE_COMMON.has(key),
    };
    const score = metaKeywordScore(top, where, i, KEYWORD_WEIGHTS);
    const known = scored.find((c) => c.key === key);
    if (known) known.score = Math.max(known.score, score);
    else scored.push({ key, display: word, words: key.split(' ').length, count: 1, name: false, first: -1, score });
  });
  scored.sort((a, b) => b.score - a.score || a.first - b.first);
  // Ranked deeper than the 8 shown, so that a phrase further down can still take the place of a word it contains.
  const kept = onePerSubject(scored, 3 * KEYWORD_COUNT, {
    contains: wordIn,
    absorbs: (phrase, inner) =>
      phrase.count >= KEYWORD_WEIGHTS.partOfCompound * inner.count || phrase.name || titlePhrases.has(phrase.key),
  });
  const best = kept[0]?.score || 1;
  return kept
    .slice(0, KEYWORD_COUNT)
    .map((c) => ({ word: c.display, key: c.key, score: Math.round((c.score / best) * 1000) / 1000 }));
}

// A wire dateline in front of the lead ("BEIJING, March 12 (Xinhua) -- "), as stripCredits drops "中国台湾网6月12日讯".
const DATELINE = /^[A-Z][A-Z .'-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^()]{1,40}\))?\s*(?:--|—|–)\s*/u;

export function stripEnglishDateline(paragraph: string): string {
  return paragraph.replace(DATELINE, '');
}

/** Up to three whole sentences in article order, picked by place (the lead) and by the keywords they carry. */
function summarizeEnglish(
  sentences: readonly { text: string; opensParagraph: boolean }[],
  keys: readonly string[],
): string[] {
  if (sentences.length <= 1) return sentences.map((s) => s.text);
  const coverage = sentences.map((s) => {
    const text = keyText([s.text]);
    return keys.filter((k) => wordIn(text, k)).length;
  });
  const most = Math.max(...coverage, 1);
  const scored = sentences.map((s, index) => ({
    index,
    score:
      SUMMARY_LEAD_WEIGHT * leadPrior(index, s.opensParagraph) + (1 - SUMMARY_LEAD_WEIGHT) * (coverage[index]! / most),
  }));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: number[] = [];
  let length = 0;
  for (const { index } of scored) {
    if (picked.length === SUMMARY_SENTENCES) break;
    const size = sentences[index]!.text.length + (picked.length ? 1 : 0);
    if (picked.length && length + size > ENGLISH_SUMMARY_MAX_CHARS) continue;
    picked.push(index);
    length += size;
  }
  return picked.sort((a, b) => a - b).map((i) => sentences[i]!.text);
}

export function analyzeEnglish(input: AnalysisInput): Analysis {
  const sentences = input.paragraphs.flatMap((p) =>
    englishSentences(stripEnglishDateline(p.trim())).map((text, i) => ({ text, opensParagraph: i === 0 })),
  );
  const ranked = rank(
    input,
    sentences.map((s) => s.text),
  );
  const words = input.paragraphs.join(' ').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  const { charCount } = readingStats(input.paragraphs);
  return {
    summary: summarizeEnglish(
      sentences,
      ranked.map((k) => k.key),
    ),
    keywords: ranked.map(({ word, score }) => ({ word, score })),
    charCount,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / ENGLISH_WORDS_PER_MINUTE)),
    warnings: [],
  };
}
