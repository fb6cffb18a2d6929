/**
 * Corrections to jieba's tags and cuts that its dictionary gets wrong for news prose, applied to every tagged text:
 * the site dictionary's tags, set phrases filed as names or nouns filed as set phrases, persons cut in two, 团团长,
 * common nouns filed as person names, the persons its HMM finds, and persons a text names often but jieba cuts apart.
 */
import type { TaggedWord } from './analysis-engine';
import {
  COMPOUND_SURNAME,
  FUNCTION_TAG,
  HAN_CHAR,
  NOT_GIVEN_NAME_END,
  PLACE_OR_EVENT_HEADS,
  RAN_ON,
  SURNAMES,
  THING_HEADS,
} from './name-characters';
import { joinPersons, recurringPersons } from './recurring-persons';
import { RETAGGED, SITE_WORDS } from './site-dictionary';

// Chinese personal names run two or three characters; four only after a two-character surname (欧阳, 司马) or as a
// foreign name. jieba's dictionary tags some 7,000 four-character entries as names, and most are set phrases (施展才华,
// 查户口, 广结良缘): as names they would outrank the article's real names.
const isSetPhrase = (item: TaggedWord) =>
  item.tag === 'nr' && [...item.word].length >= 4 && !item.word.includes('·') && !COMPOUND_SURNAME.test(item.word);

// jieba's dictionary also files some 17,000 entries as set phrases ('l'), and among them nouns that name a thing by its
// head: 无人机, 不动产, 合作社, 自贸区, 个人所得税, 曲阜师范大学. As 'l' they could never be keywords, and a story about drones
// lost its subject. The heads are those of machines, bodies, places, events and rules; not 会, 学, 车, 水 or 法, which
// also end verb phrases (难免会, 搭便车, 捞油水). Four-character entries are mostly idioms (陷入僵局, 一头雾水), and
// numerals mark counts and sequences (近三成, 下一场), so neither is retagged. THING_HEADS: name-characters.ts.
const NUMERAL = /[一二两三四五六七八九十百千万]/u;

function namesAThing(item: TaggedWord): boolean {
  if (item.tag !== 'l' || NUMERAL.test(item.word)) return false;
  const length = [...item.word].length;
  if (length === 4 || length < 3) return false;
  return THING_HEADS.has(item.word.at(-1)!) || /(?:大学|学院)$/u.test(item.word);
}

/** The site dictionary's tags, then jieba's set phrases filed as names or as nouns corrected. */
export function siteTags(words: TaggedWord[]): TaggedWord[] {
  for (const item of words) {
    const tag = SITE_WORDS.get(item.word) ?? RETAGGED.get(item.word);
    if (tag) item.tag = tag;
    else if (isSetPhrase(item)) item.tag = 'l';
    else if (namesAThing(item)) item.tag = 'n';
  }
  return words;
}

// Characters of transliterated foreign names (克林顿, 斯大林): such a name keeps its tag whatever it starts with.
const TRANSLITERATION = new Set([
  ...'克林顿斯列宁普京布什拉里希特朗尔德姆亚娜莎丽玛奥巴卡佩洛蓬麦肯伊诺维夫基耶科罗萨',
]);

const GIVEN_NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

// Tags jieba gives a two-character given name it does not know as one (志豪 n, 浩然 a, 美惠 ns, 欣怡 i).
const MISFILED_GIVEN_NAME_TAGS = new Set(['n', 'a', 'ns', 'nz', 'i', 'x']);

// 张 is also a measure word (一张照片): after no numeral or demonstrative, the tagger's 张 q is the surname (张 + 美惠).
const COUNTS_BEFORE = /^(?:m|r)/;
const surnameFiledAsMeasure = (last: TaggedWord | undefined, before: TaggedWord | undefined) =>
  last?.word === '张' && last.tag === 'q' && !(before && COUNTS_BEFORE.test(before.tag));

/**
 * jieba's tagger sometimes cuts a person in two: a one-character surname and a given name it tags as a name of its own
 * (周 nr + 志远 nrfg), or as whatever its dictionary files the characters under (陈 + 志豪 n). Joined, the person is
 * one keyword (周志远, 陈志豪), not a given name a reader cannot place. A two-character word after a surname is taken
 * for a given name only when general text seldom uses it (`isCommon` false): 陈 + 同学, 毛 + 豆腐 stay apart.
 */
function joinSplitNames(words: TaggedWord[], isCommon: (word: string) => boolean): TaggedWord[] {
  const joined: TaggedWord[] = [];
  for (const item of words) {
    const last = joined.at(-1);
    const givenName =
      GIVEN_NAME_TAGS.has(item.tag) ||
      (SURNAMES.has(last?.word ?? '') &&
        MISFILED_GIVEN_NAME_TAGS.has(item.tag) &&
        [...item.word].length === 2 &&
        !isCommon(item.word));
    const splitName =
      (last?.tag === 'nr' || surnameFiledAsMeasure(last, joined.at(-2))) &&
      HAN_CHAR.test(last!.word) &&
      givenName &&
      /^\p{Script=Han}{1,2}$/u.test(item.word);
    // 黄柏 (a medicinal bark in jieba's dictionary, tagged as a name) + 凯: a surname and its first given-name
    // character kept as one word, the last left over as a name of its own, or as a morpheme that never stands alone
    // (林冠 + 廷 g).
    const cutBeforeLast =
      last?.tag === 'nr' &&
      /^\p{Script=Han}{2}$/u.test(last.word) &&
      SURNAMES.has([...last.word][0]!) &&
      (GIVEN_NAME_TAGS.has(item.tag) || item.tag === 'g') &&
      HAN_CHAR.test(item.word);
    if (splitName || cutBeforeLast) joined[joined.length - 1] = { word: last!.word + item.word, tag: 'nr' };
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

/**
 * jieba's dictionary files hundreds of common nouns as person names (凤梨, 智慧, 友谊, 师傅, 幼儿园), which a name's
 * weight then lifts over the article's real subject. A Chinese personal name opens with a surname; a word tagged as a
 * name that does not, and is no transliteration, is a common noun; so is a common two-character word that does. Runs
 * after joinSplitNames, which needs a given name's tag to find it (陈 + 美玲).
 */
function wordsFiledAsNames(words: TaggedWord[], isCommon: (word: string) => boolean): TaggedWord[] {
  for (const item of words) {
    const chars = [...item.word];
    if (item.tag !== 'nr' || chars.length < 2 || SITE_WORDS.has(item.word)) continue;
    // Two characters that general text uses often enough for the IDF table to list are a word that happens to open with
    // a surname (康复, 许可, 施政, 熊猫), or a figure of history (孔子): today's persons have three characters, or two
    // and a place in the site dictionary (王毅, 宋涛).
    if (chars.length === 2 && isCommon(item.word)) {
      item.tag = 'n';
      continue;
    }
    if (SURNAMES.has(chars[0]!) || COMPOUND_SURNAME.test(item.word)) continue;
    if (chars.filter((c) => TRANSLITERATION.has(c)).length >= 2) continue;
    item.tag = 'n';
  }
  return words;
}

/**
 * jieba's HMM finds the persons its dictionary lacks (林雅琴, 黄建荣, 许文彬) but tags every word it finds 'x', so they
 * weighed as unknown words, below the names it knows. Three characters that open with a surname are a person, unless
 * they end in the head of a thing or a place (金沙镇) or run on into the sentence. Its tagger, for its part, takes some
 * places and events for persons (金沙镇, 龙舟赛 nr): those are nouns.
 */
function guessedPersons(words: TaggedWord[]): TaggedWord[] {
  for (const item of words) {
    const chars = [...item.word];
    if (chars.length !== 3 || !chars.every((c) => HAN_CHAR.test(c))) continue;
    const last = chars[2]!;
    const placeOrThing = THING_HEADS.has(last) || PLACE_OR_EVENT_HEADS.has(last);
    if (item.tag === 'x' && SURNAMES.has(chars[0]!) && !RAN_ON.has(last) && !placeOrThing) item.tag = 'nr';
    else if (item.tag === 'nr' && !SITE_WORDS.has(item.word) && PLACE_OR_EVENT_HEADS.has(last)) item.tag = 'n';
  }
  return words;
}

const WITHHELD = new Set('某姓');

// After a surname and a given-name character its dictionary knows as one (郑家 nrfg), the nouns and morphemes that
// finish a name (豪 n); not a verb (郑家 + 说 would be 郑家 speaking).
const NAME_END_TAGS = new Set(['n', 'ng', 'g', 'x']);

/**
 * jieba's HMM sometimes stops a person one character short and leaves the last character of the given name to the
 * dictionary, which files it as a word of its own (张以 x + 晴 v, 刘定 x + 邦 ng, 郭子 x + 豪 n), and its dictionary
 * does the same with some surname + character pairs (郑家 nrfg + 豪 n): the chip would read 張以 or 郑家. A
 * two-character guess that opens with a surname and is followed by one more character that can end a name is that
 * person whole, and guessedPersons then tags the three as one.
 */
function joinCutPersons(words: TaggedWord[]): TaggedWord[] {
  const joined: TaggedWord[] = [];
  for (const item of words) {
    const last = joined.at(-1);
    const cut = last?.tag === 'x' || (last?.tag === 'nrfg' && NAME_END_TAGS.has(item.tag));
    const guess = cut && /^\p{Script=Han}{2}$/u.test(last!.word) ? [...last!.word] : null;
    const closesName =
      guess !== null &&
      SURNAMES.has(guess[0]!) &&
      !RAN_ON.has(guess[1]!) &&
      // 陈某, 林姓: a person the report leaves unnamed, whatever follows.
      !WITHHELD.has(guess[1]!) &&
      HAN_CHAR.test(item.word) &&
      !FUNCTION_TAG.test(item.tag) &&
      !RAN_ON.has(item.word) &&
      !THING_HEADS.has(item.word) &&
      !PLACE_OR_EVENT_HEADS.has(item.word) &&
      !NOT_GIVEN_NAME_END.has(item.word);
    if (closesName) joined[joined.length - 1] = { word: last!.word + item.word, tag: 'x' };
    else joined.push(item);
  }
  return joined;
}

/**
 * Every correction, in the order they depend on one another. `isCommon`: whether general text uses a word often enough
 * for the IDF table to list it.
 */
export function correctTags(words: TaggedWord[], isCommon: (word: string) => boolean): TaggedWord[] {
  const corrected = guessedPersons(
    joinCutPersons(wordsFiledAsNames(joinSplitNames(splitDoubledHeads(siteTags(words)), isCommon), isCommon)),
  );
  return joinPersons(corrected, recurringPersons(corrected, isCommon), isCommon);
}
