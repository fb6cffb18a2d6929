/**
 * Keywords a news editor would accept: TF-IDF over the candidates of keyword-candidates.ts, boosted where the title or
 * the lead uses them, merged with the page's own meta keywords, without words that overlap a better keyword.
 */
import { endsInHead } from './full-names';
import { GENERIC_NEWS_NOUNS } from './generic-news-nouns';
import type { IdfTable } from './idf-table';
import { collectCandidates, occurrences, type Candidate } from './keyword-candidates';
import { rerankChips, type ArticleFacts, type ChipFacts, type RerankModel } from './keyword-reranker';
import { KEYWORD_WEIGHTS, type KeywordWeights } from './keyword-weights';
import rerankerAsset from './assets/keyword-reranker.json';
import { onePerSubject } from './one-per-subject';
import type { Sentence, Token } from './segment-article';
import { BOILERPLATE_WORDS, CLIPPED_FORMS, SHORT_FORMS, SITE_COMMON_WORDS } from './site-dictionary';

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

// The popup shows 8 and the summary weighs sentences with 10; ranking the long tail would only cost time. 20 are
// kept through one-per-subject, so that a phrase further down can stand for a word inside it.
const MAX_RANKED = 20;

/** How many keywords the popup and the saved copies show. */
export const KEYWORD_COUNT = 8;

/** The shipped re-ranker (keyword-reranker.ts), fitted by `npm run train:keywords`. */
export const KEYWORD_RERANKER: RerankModel = rerankerAsset;

type Scored = RankedKeyword & { count: number; first: number; head?: string; plainWord?: boolean };

// Equal scores are common (words said once, all rarer than the IDF table knows): the one the article says first wins,
// as a reader of an inverted-pyramid story would rank them.
const byScore = (a: Scored, b: Scored) => b.score - a.score || a.first - b.first || (a.key < b.key ? -1 : 1);

/**
 * Chinese short forms keep characters of the full name in order, with its first and last (图交会 of 图书交易会, 陆客 of
 * 大陆游客, 海协会 of 海峡两岸关系协会): an article that uses both means one thing. Clippings that end elsewhere (台企
 * of 台资企业) are listed in CLIPPED_FORMS.
 */
function sameName(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || long.length < short.length + 2) return false;
  if (short.at(-1) !== long.at(-1) || long.includes(short)) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

// A keyword -> the other ways the article may write it: a short form's full names (国台办 -> 国务院台办,
// 国务院台湾事务办公室), a full phrase's clipping (台资企业 -> 台企).
const OTHER_FORMS = new Map<string, string[]>();
for (const [full, short] of SHORT_FORMS) OTHER_FORMS.set(short, [...(OTHER_FORMS.get(short) ?? []), full]);
const CLIPPINGS = new Map<string, string>();
for (const [clipping, fulls] of CLIPPED_FORMS) {
  for (const full of fulls) {
    OTHER_FORMS.set(full, [clipping]);
    CLIPPINGS.set(full, clipping);
  }
}

// A list joins its items with 、 and its last one with 和, 及, 与 or 以及 (机电产品、光学仪器和塑料原料).
const LIST_JOINER = /(?:、|和|及|与|以及)$/u;
const LIST_SPAN = 16;

/**
 * Whether every use of `key` is an item of an enumeration. News lists examples (the goods traded, the cities served,
 * the fields covered) around its subject; an item that is never mentioned on its own is a detail, not what the piece
 * is about.
 */
function onlyListed(text: string, key: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    seen += 1;
    const before = text.slice(Math.max(0, at - LIST_SPAN), at);
    const after = text[at + key.length];
    const listed =
      after === '、' || before.endsWith('、') || (LIST_JOINER.test(before) && /、[^。！？；，,\n]*$/u.test(before));
    if (!listed) return false;
  }
  return seen > 0;
}

/**
 * The page's editors chose its meta keywords: they rank with the best, in their order, lower when the text lacks them
 * or the headline does not use them, and damped like any site-wide word (两岸, 台湾), which is as little the subject
 * when the page lists it as when the text uses it. `position` is the keyword's place in the page's list; `top` the
 * best candidate's score.
 */
export function metaKeywordScore(
  top: number,
  where: { inText: boolean; inTitle: boolean; siteWide: boolean },
  position: number,
  w: KeywordWeights,
): number {
  const placed = (where.inText ? w.metaInText : w.metaNotInText) * (where.inTitle ? 1 : w.metaOutsideTitle);
  return top * placed * (where.siteWide ? w.siteCommonDamping : 1) * (1 - 0.04 * position);
}

/**
 * The spelling of a subject the article writes most, where it writes two (台胞 four times, 台湾同胞 seven): the ranking
 * keeps the better-scored one, which need not be the one a reader meets in the text. Only between words of the
 * dictionary: a full name stays as written (it is what one cites), and a piece jieba cut off a short form (交会 of
 * 图交会) is not a spelling of the name it resembles.
 */
function usualSpelling(chip: Scored, scored: readonly Scored[], kept: readonly Scored[]): Scored {
  if (!chip.plainWord) return chip;
  const other = scored
    .filter((s) => s.plainWord && s.count > chip.count && sameName(s.key, chip.key))
    .sort((a, b) => b.count - a.count)[0];
  // Not where the other spelling overlaps another chip: it would repeat that chip's subject.
  const overlaps = (s: Scored) => kept.some((k) => k !== chip && (k.key.includes(s.key) || s.key.includes(k.key)));
  return other && !overlaps(other) ? { ...chip, key: other.key, word: other.word, count: other.count } : chip;
}

/**
 * The best candidates, best first (the summary weighs sentences with more than the 8 shown): TF-IDF's first ten in
 * the re-ranker's order, scored by its estimate relative to the best; without a model, TF-IDF's first twenty.
 */
export function rankKeywords(
  input: KeywordInput,
  idf: IdfTable,
  w: KeywordWeights = KEYWORD_WEIGHTS,
  model: RerankModel | null = KEYWORD_RERANKER,
): RankedKeyword[] {
  const chips = tfIdfChips(input, idf, w);
  if (!model) return chips.map(({ word, key, score }) => ({ word, key, score }));
  const ranked = rerankChips(chips, articleFacts(input), model, KEYWORD_COUNT).slice(0, model.depth);
  const chance = ranked.map(({ estimate }) => 1 / (1 + Math.exp(-(estimate ?? 0))));
  const best = Math.max(...chance) || 1;
  // Scores fall with the order; a site-wide word kept in its place takes the score of the chip before it at most.
  let previous = 1;
  return ranked.map(({ chip }, i) => {
    previous = Math.min(previous, chance[i]! / best);
    return { word: chip.word, key: chip.key, score: Math.round(previous * 1000) / 1000 };
  });
}

export function articleFacts(input: KeywordInput): ArticleFacts {
  return {
    titleKey: input.title.key,
    sentenceKeys: input.sentences.map((s) => s.key),
    pageKeywordKeys: input.pageKeywordKeys,
  };
}

/**
 * The chips of TF-IDF alone, in its order, with what the re-ranker reads of each. `keepRepeats` keeps the words inside
 * a better keyword and its other spellings, which the product never shows: the eval uses it to show how much the gold
 * set's loose match credits one subject shown twice (林家豪 and 林家).
 */
export function tfIdfChips(
  input: KeywordInput,
  idf: IdfTable,
  w: KeywordWeights = KEYWORD_WEIGHTS,
  keepRepeats = false,
): (RankedKeyword & ChipFacts)[] {
  const { title, sentences } = input;
  const lines = title.key ? [title, ...sentences] : sentences;
  const candidates = collectCandidates(lines, title.key, idf, w);
  const partsOf = new Map(candidates.map((c) => [c.key, c.parts]));
  const total = Math.max(
    lines.reduce((n, line) => n + line.tokens.filter((t) => /\p{L}/u.test(t.key)).length, 0),
    1,
  );
  const lead = sentences
    .slice(0, 2)
    .map((s) => s.key)
    .join('');
  // A keyword counts as used in the lead where the lead writes it another way (标题 国台办, lead 国务院台办).
  const inLead = (key: string) =>
    lead.includes(key) || (OTHER_FORMS.get(key) ?? []).some((form) => lead.includes(form));
  const body = sentences.map((s) => s.key).join('\n');
  const firstUse = (key: string) => {
    const at = body.indexOf(key);
    return at < 0 ? body.length : at;
  };
  const scored: Scored[] = candidates.map((c) => {
    // Term frequency counts the body's uses: the headline's use is what the title boost rewards, and counting it
    // twice over-ranked headline words the text names only once or twice (ranked this way: dev P@5 +0.009).
    // Subtracting the headline's exact number of uses instead of one ranked the dev articles identically.
    const bodyCount = Math.max(1, c.count - (c.inTitle ? 1 : 0));
    let score = (bodyCount ** w.termFrequencyExponent / total) * c.idf * c.weight;
    const leads = inLead(c.key);
    if (c.inTitle) score *= leads ? w.titleBoost : w.titleOutsideLeadBoost;
    if (leads) score *= w.leadBoost;
    if (SITE_COMMON_WORDS.has(c.key)) score *= w.siteCommonDamping;
    if (!c.inTitle && onlyListed(body, c.key)) score *= w.enumerationDamping;
    return {
      key: c.key,
      word: c.word,
      score,
      count: c.count,
      first: firstUse(c.key),
      head: c.head,
      plainWord: c.kind === 'word',
    };
  });
  scored.sort(byScore);
  const top = scored[0]?.score ?? 1;
  const text = lines.map((l) => l.key).join('\n');
  input.pageKeywordKeys.forEach((key, i) => {
    if ([...key].length < 2 || GENERIC_NEWS_NOUNS.has(key) || BOILERPLATE_WORDS.has(key)) return;
    const where = {
      inText: text.includes(key),
      inTitle: title.key.includes(key),
      siteWide: SITE_COMMON_WORDS.has(key),
    };
    const score = metaKeywordScore(top, where, i, w);
    // A listed clipping (台企) scores the full phrase the article counted it under (台资企业).
    const fulls = CLIPPED_FORMS.get(key) ?? [];
    const known = scored.find((s) => s.key === key) ?? scored.find((s) => fulls.includes(s.key));
    if (known) known.score = Math.max(known.score, score);
    else
      scored.push({
        key,
        word: input.pageKeywords[i] ?? key,
        score,
        count: occurrences(text, key),
        first: firstUse(key),
      });
  });
  scored.sort(byScore);
  // One chip per subject: a phrase stands for the better keyword inside it when that one seldom occurs outside the
  // phrase (台积 of 台积电, 台资 of 台资企业).
  const kept = onePerSubject(scored, MAX_RANKED, {
    // 台胞 + 台企 holds 台资企业 where the article also clips it to 台企 (平台 + 企业 does not).
    contains: (outer, inner) =>
      !keepRepeats && (outer.includes(inner) || (partsOf.get(outer)?.includes(CLIPPINGS.get(inner) ?? '') ?? false)),
    sameName: (a, b) => !keepRepeats && sameName(a, b),
    absorbs: (phrase, inner) =>
      phrase.count >= w.partOfCompound * inner.count ||
      // A full name stands for its head (本届论坛 is the forum).
      (phrase.head !== undefined && inner.key === phrase.head) ||
      // Any phrase stands for a site-wide word inside it (大陆配偶 for 大陆, 台湾经济主管部门 for 台湾), however often
      // the article says that word: alone it names nothing, the phrase names what the article says of it.
      SITE_COMMON_WORDS.has(inner.key),
    // A full name is an event or institution of its own beside the words inside it (中医药 of 海峡两岸中医药…论坛),
    // unless one of them already names it (海峡论坛 of 海峡论坛大会, 昆山市台办 of 江苏昆山市台办).
    standsApart: (phrase, inner) => phrase.head !== undefined && !endsInHead(inner.key),
  });
  const shown = kept.map((chip) => usualSpelling(chip, scored, kept));
  const best = shown[0]?.score || 1;
  const byKey = new Map<string, Candidate>(candidates.map((c) => [c.key, c]));
  return shown.map(({ word, key, score, count }, rank) => {
    const candidate = byKey.get(key);
    return {
      word,
      key,
      score: Math.round((score / best) * 1000) / 1000,
      rank,
      kind: candidate?.kind ?? 'meta',
      tag: candidate?.tag,
      count: candidate?.count ?? count,
      idf: candidate?.idf ?? idf.get(key),
    };
  });
}
