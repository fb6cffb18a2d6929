/**
 * A second look at the order of the first chips. TF-IDF (extract-keywords.ts) decides which words may be keywords and
 * scores them; among its first ten, editors pick by what TF-IDF weighs poorly: their subject runs through the whole
 * piece rather than one paragraph, is named early, is a name rather than a common noun, and is written out in full. A
 * logistic model over those facts of each chip, over how often editors took the same word before and how often they
 * took words used in the same company, fitted on the gold set's dev articles by `scripts/train-keyword-reranker.ts`
 * (`npm run train:keywords`, which writes assets/keyword-reranker.json), puts the first RERANK_DEPTH chips in the
 * order of its estimate that an editor would pick them.
 */
import type { CandidateKind } from './keyword-candidates';
import { contextRate, contextTokens, type ContextTable } from './context-keyphraseness';
import { keyphraseness, type KeyphraseTable } from './keyphraseness';
import { linearScore } from './logistic-regression';
import { PEOPLE_GROUPS, SITE_COMMON_WORDS } from './site-dictionary';

export interface RerankModel {
  /** What it was fitted on, for the README and the eval. */
  trainedOn: string;
  l2: number;
  depth: number;
  features: readonly string[];
  weights: readonly number[];
  /** How often the training chips were gold, by word and by ending (keyphraseness.ts). */
  keyphrases: KeyphraseTable;
  /** How often the training chips were gold, by the characters around their uses (context-keyphraseness.ts). */
  contexts: ContextTable;
}

/** What the ranking knows of one chip. */
export interface ChipFacts {
  key: string;
  /** Its TF-IDF score relative to the best chip's, and its place in that order (0 first). */
  score: number;
  rank: number;
  kind: CandidateKind | 'meta';
  /** jieba's tag, for a word of its dictionary or a guess of its HMM. */
  tag?: string;
  count: number;
  idf: number;
}

/** The article around the chips: simplified title, body sentences and page keywords. */
export interface ArticleFacts {
  titleKey: string;
  sentenceKeys: readonly string[];
  pageKeywordKeys: readonly string[];
}

const TAG_CLASSES: Record<string, string> = { nr: 'person', nrt: 'person', nrfg: 'person', ns: 'place', nt: 'org' };
const SITE_COMPOUND = /^(?:台湾|两岸|大陆|海峡|闽台|台)/u;

/** What the model's tables say of a chip: its keyphraseness by word and by context. */
export interface EditorsRates {
  word: number;
  context: number;
}

/**
 * The features, by name, in the model's order. `rates` come from the model's own tables, so the caller looks them up
 * (and in training leaves the chip itself out of them).
 */
export function chipFeatures(chip: ChipFacts, article: ArticleFacts, rates: EditorsRates): Record<string, number> {
  const { key } = chip;
  const sentences = article.sentenceKeys;
  const body = sentences.join('\n');
  const at = body.indexOf(key);
  const sentenceCount = Math.max(sentences.length, 1);
  const spread = sentences.filter((s) => s.includes(key)).length / sentenceCount;
  const tagClass = chip.tag ? (TAG_CLASSES[chip.tag] ?? chip.tag) : '';
  const siteWord = SITE_COMMON_WORDS.has(key);
  const flag = (b: boolean) => (b ? 1 : 0);
  return {
    bias: 1,
    score: Math.log(Math.max(chip.score, 1e-3)),
    rank: chip.rank / 10,
    titleVerb: flag(chip.kind === 'title-verb'),
    compound: flag(chip.kind === 'compound'),
    quoted: flag(chip.kind === 'quoted'),
    fullName: flag(chip.kind === 'name'),
    metaOnly: flag(chip.kind === 'meta'),
    person: flag(tagClass === 'person'),
    place: flag(tagClass === 'place'),
    organisation: flag(tagClass === 'org'),
    otherName: flag(tagClass === 'nz'),
    commonNoun: flag(tagClass === 'n'),
    verbalNoun: flag(tagClass === 'vn'),
    unknownWord: flag(tagClass === 'x'),
    inTitle: flag(article.titleKey.includes(key)),
    titleUses: Math.min(article.titleKey.split(key).length - 1, 2),
    inFirstSentence: flag((sentences[0] ?? '').includes(key)),
    inLead: flag(sentences.slice(0, 2).join('').includes(key)),
    count: Math.log(1 + chip.count),
    idf: chip.idf / 12,
    length: Math.min([...key].length, 6) / 6,
    firstUse: at < 0 ? 1 : at / Math.max(body.length, 1),
    spread,
    spreadInLongText: spread * Math.log(sentenceCount),
    sentences: Math.log(sentenceCount),
    siteWord: flag(siteWord),
    siteCompound: flag(!siteWord && SITE_COMPOUND.test(key)),
    peopleGroup: flag(PEOPLE_GROUPS.has(key)),
    pageKeyword: flag(article.pageKeywordKeys.includes(key)),
    editorsRate: rates.word,
    contextRate: rates.context,
  };
}

export const FEATURE_NAMES: readonly string[] = Object.keys(
  chipFeatures(
    { key: '', score: 1, rank: 0, kind: 'word', count: 0, idf: 0 },
    {
      titleKey: '',
      sentenceKeys: [],
      pageKeywordKeys: [],
    },
    { word: 0, context: 0 },
  ),
);

/** The features as the model's vector; an asset fitted on other features is refused. */
export function featureVector(features: Record<string, number>, names: readonly string[] = FEATURE_NAMES): number[] {
  return names.map((name) => {
    const value = features[name];
    if (value === undefined) throw new Error(`keyword re-ranker: unknown feature ${name}`);
    return value;
  });
}

/**
 * The chips with the first `model.depth` put in the model's order. A site-wide word (台湾, 两岸) keeps its place: the
 * gold set's loose match credits it inside gold phrases (台湾 in 台湾青年), so a model fitted there would raise it, but a
 * reader learns nothing from it on taiwan.cn. A page's own meta keyword that TF-IDF put among the first `shown` stays
 * among them: the page's editor chose it, and the popup promises to merge it. Returns each chip with its estimate
 * (null past the depth).
 */
export function rerankChips<T extends ChipFacts>(
  chips: readonly T[],
  article: ArticleFacts,
  model: RerankModel,
  shown = model.depth,
): { chip: T; estimate: number | null }[] {
  const head = chips.slice(0, model.depth).map((chip) => ({
    chip,
    estimate: linearScore(
      model.weights,
      featureVector(
        chipFeatures(chip, article, {
          word: keyphraseness(chip.key, model.keyphrases),
          context: contextRate(contextTokens(chip.key, article.sentenceKeys), model.contexts),
        }),
        model.features,
      ),
    ),
    pinned: SITE_COMMON_WORDS.has(chip.key),
  }));
  const movable = head.filter((c) => !c.pinned).sort((a, b) => b.estimate - a.estimate || a.chip.rank - b.chip.rank);
  const order = keepShown(
    head.map((c) => (c.pinned ? c : movable.shift()!)),
    shown,
    (c) => c.chip.rank < shown && article.pageKeywordKeys.includes(c.chip.key),
  );
  return [
    ...order.map(({ chip, estimate }) => ({ chip, estimate })),
    ...chips.slice(model.depth).map((chip) => ({ chip, estimate: null })),
  ];
}

/** `order` with every item `mustShow` picks among the first `shown`, each taking the place of the last that is not. */
function keepShown<C>(order: readonly C[], shown: number, mustShow: (c: C) => boolean): C[] {
  const late = order.slice(shown).filter(mustShow);
  if (!late.length) return [...order];
  const block = order.slice(0, shown);
  const bumped: C[] = [];
  for (let n = 0; n < late.length; n += 1) {
    const i = block.findLastIndex((c) => !mustShow(c));
    if (i >= 0) bumped.unshift(...block.splice(i, 1));
  }
  return [...block, ...late, ...bumped, ...order.slice(shown).filter((c) => !mustShow(c))];
}
