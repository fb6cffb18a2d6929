/**
 * The numbers of the keyword ranking, in one place: `npm run eval -- --cv` re-tunes them by cross-validation to show
 * whether a different setting would generalise or only fit the articles it was tuned on.
 */
export interface KeywordWeights {
  /** News names its subject in the headline and again in the first sentences (the inverted pyramid). */
  titleBoost: number;
  leadBoost: number;
  /**
   * For a headline word the lead does not repeat: more often the headline's colour (“搶人大戰”, 一家人, 险境) or a point
   * made only at the end than the subject, so it is boosted less.
   */
  titleOutsideLeadBoost: number;
  /** Words every taiwan.cn story uses (台湾, 两岸, 大陆 ...): see SITE_COMMON_WORDS. */
  siteCommonDamping: number;
  /** A phrase replaces a better keyword inside it when it occurs at least this share as often. */
  partOfCompound: number;
  /** For a word only ever named as one item of a list. */
  enumerationDamping: number;
  /**
   * Sublinear term frequency: in a 500-character news item a word said four times is not twice as central as one said
   * twice, and raw counts let generic nouns (措施, 活动) crowd out names.
   */
  termFrequencyExponent: number;
  /**
   * The page's meta keywords rank with the best: this much above it when the text uses them, well below when it does
   * not, since a tag the text never says is more often the site's standing tag for the beat (两岸经贸, 惠台措施) than
   * the story's subject. When it was set (dev 01-285), every fold of `npm run eval -- --cv` moved it from 0.6 to 0.3.
   */
  metaInText: number;
  metaNotInText: number;
  /**
   * For a meta keyword the headline does not use: pages list side subjects and the site's standing tags there (台胞,
   * 福建, 新闻发布会) beside the subject, and the dev articles' editors took them less than half as often.
   */
  metaOutsideTitle: number;
  /**
   * Proper names carry an article's subject more often than common nouns; verbal nouns (发展, 合作) least often. 'x' is
   * a Han word outside jieba's dictionary (mostly names its HMM found).
   */
  tagWeight: Readonly<Record<string, number>>;
  /**
   * A common noun that general text uses everywhere (活动, 措施, 部门: IDF under commonIdf) is rarely what a piece is
   * about; a proper name stays a name however common (美国).
   */
  commonIdf: number;
  commonDamping: number;
  /** Specific verbs the title uses and the text repeats (招生, 实习 name the event there). */
  titleVerbWeight: number;
  titleVerbMinIdf: number;
  titleVerbMinCount: number;
  /** Short terms in quotes (“新两国论”): how Chinese news marks a coined name. */
  quotedWeight: number;
  /** Full names of events and institutions (海峡两岸…论坛, 江苏省台办): see full-names.ts. */
  nameWeight: number;
}

export const KEYWORD_WEIGHTS: KeywordWeights = Object.freeze({
  titleBoost: 2,
  leadBoost: 1.3,
  titleOutsideLeadBoost: 1.5,
  siteCommonDamping: 0.4,
  partOfCompound: 0.75,
  enumerationDamping: 0.5,
  termFrequencyExponent: 0.5,
  metaInText: 1.05,
  metaNotInText: 0.3,
  metaOutsideTitle: 0.7,
  tagWeight: Object.freeze({
    nr: 1.3,
    nrt: 1.3,
    nrfg: 1.3,
    nt: 1.3,
    ns: 1.2,
    nz: 1.2,
    j: 1,
    eng: 1,
    n: 1,
    nw: 1,
    x: 0.9,
    vn: 0.7,
  }),
  commonIdf: 6,
  commonDamping: 0.5,
  titleVerbWeight: 0.6,
  titleVerbMinIdf: 8,
  titleVerbMinCount: 3,
  quotedWeight: 1.2,
  nameWeight: 1.3,
});
