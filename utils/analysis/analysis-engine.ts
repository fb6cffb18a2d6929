/** What the analysis needs from its environment: a tagger, an IDF table and a traditional -> simplified mapping. */
import type { IdfTable } from './idf-table';
import { SITE_WORDS } from './site-dictionary';
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

// Chinese personal names run two or three characters; four only after a two-character surname (欧阳, 司马) or as a
// foreign name. jieba's dictionary tags some 7,000 four-character entries as names, and most are set phrases (施展才华,
// 查户口, 广结良缘): as names they would outrank the article's real names.
const COMPOUND_SURNAME =
  /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|夏侯|长孙|令狐|司徒|宇文|西门|南宫|独孤|端木|轩辕|呼延)/u;
const isSetPhrase = (item: TaggedWord) =>
  item.tag === 'nr' && [...item.word].length >= 4 && !item.word.includes('·') && !COMPOUND_SURNAME.test(item.word);

// jieba's dictionary also files some 17,000 entries as set phrases ('l'), and among them nouns that name a thing by its
// head: 无人机, 不动产, 合作社, 自贸区, 个人所得税, 曲阜师范大学. As 'l' they could never be keywords, and a story about drones
// lost its subject. The heads are those of machines, bodies, places, events and rules; not 会, 学, 车, 水 or 法, which
// also end verb phrases (难免会, 搭便车, 捞油水). Four-character entries are mostly idioms (陷入僵局, 一头雾水), and
// numerals mark counts and sequences (近三成, 下一场), so neither is retagged.
const THING_HEADS = new Set('机器船舰产社站馆院厂园港桥线场区村镇岛所局署团队店楼塔寺庙宫节祭展赛奖证卡税制菌业员');
const NUMERAL = /[一二两三四五六七八九十百千万]/u;

function namesAThing(item: TaggedWord): boolean {
  if (item.tag !== 'l' || NUMERAL.test(item.word)) return false;
  const length = [...item.word].length;
  if (length === 4 || length < 3) return false;
  return THING_HEADS.has(item.word.at(-1)!) || /(?:大学|学院)$/u.test(item.word);
}

function withSiteTags(words: TaggedWord[]): TaggedWord[] {
  for (const item of words) {
    const tag = SITE_WORDS.get(item.word);
    if (tag) item.tag = tag;
    else if (isSetPhrase(item)) item.tag = 'l';
    else if (namesAThing(item)) item.tag = 'n';
  }
  return words;
}

const HAN_CHAR = /^\p{Script=Han}$/u;
const GIVEN_NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

/**
 * jieba's tagger sometimes cuts a person in two: a one-character surname and a given name it tags as a name of its own
 * (周 nr + 志远 nrfg). Joined, the person is one keyword (周志远), not a given name a reader cannot place.
 */
function joinSplitNames(words: TaggedWord[]): TaggedWord[] {
  const joined: TaggedWord[] = [];
  for (const item of words) {
    const last = joined.at(-1);
    const splitName =
      last?.tag === 'nr' &&
      HAN_CHAR.test(last.word) &&
      GIVEN_NAME_TAGS.has(item.tag) &&
      /^\p{Script=Han}{1,2}$/u.test(item.word);
    if (splitName) joined[joined.length - 1] = { word: last.word + item.word, tag: 'nr' };
    else joined.push(item);
  }
  return joined;
}

/**
 * jieba's dictionary carries 团团长 and 处处长 as words, so 交流团团长 comes out 交流 + 团团长 and a chip reads 團團長.
 * The phrase is always “X团” + “团长” (the head of troupe X); jieba-wasm cannot remove a dictionary word, so the
 * cut is mended here: the first character goes back to the word before it when that word can take it, 团长 stands alone.
 */
const DOUBLED_HEAD = new Set(['团团长', '处处长']);
const TAKES_SUFFIX = /^(?:n|v|j|l|x)/;

function splitDoubledHeads(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const item of words) {
    const last = out.at(-1);
    if (!DOUBLED_HEAD.has(item.word) || !last || !/\p{Script=Han}$/u.test(last.word)) {
      out.push(item);
      continue;
    }
    const [unit, head] = [item.word.slice(0, 1), item.word.slice(1)];
    if (TAKES_SUFFIX.test(last.tag)) out[out.length - 1] = { word: last.word + unit, tag: 'n' };
    else out.push({ word: unit, tag: 'n' });
    out.push({ word: head, tag: 'n' });
  }
  return out;
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
    tag: (text) => joinSplitNames(splitDoubledHeads(withSiteTags(jieba.tag(text, true)))),
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
    withSiteTags(
      Array.from(segmenter.segment(text), ({ segment, isWordLike }) => ({
        word: segment,
        tag: isWordLike && DIGIT.test(segment) ? 'm' : isWordLike && LATIN.test(segment) ? 'eng' : 'x',
      })),
    );
  return { tag, idf, toSimplified, warnings };
}
