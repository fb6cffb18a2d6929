/**
 * Which words of an article may become keywords, and how often each occurs. Candidates are words jieba tags as nouns,
 * names, places, organisations or verbal nouns; specific verbs the title uses and the text repeats (招生, 实习 name the
 * event there); compounds that jieba cuts apart but the article repeats (台积 + 电, 桃园 + 队, 台资 + 企业); and short
 * terms the article puts in quotes (“新两国论”, “一蛋难求”), which is how Chinese news marks a coined name.
 */
import type { IdfTable } from './idf-table';
import { wordStarts, type Sentence, type Token } from './segment-article';
import { fullNamesIn } from './full-names';
import { FORMS_OF_ADDRESS, GENERIC_NEWS_NOUNS, unnamedPerson } from './generic-news-nouns';
import type { KeywordWeights } from './keyword-weights';
import { BOILERPLATE_WORDS, CLIPPED_FORMS, NAME_OPENERS, PEOPLE_GROUPS, SHORT_FORMS } from './site-dictionary';

export type CandidateKind = 'word' | 'unknown' | 'title-verb' | 'compound' | 'quoted' | 'name';

export interface Candidate {
  key: string;
  word: string;
  kind: CandidateKind;
  count: number;
  idf: number;
  weight: number;
  inTitle: boolean;
  /** jieba's tag, for a single word of its own (kinds 'word', 'unknown' and 'title-verb'). */
  tag?: string;
  /** For a full name (kind 'name'): the head it ends in (论坛 of 海峡两岸…论坛). */
  head?: string;
  /** For a compound: the words it joins (台胞 + 台企). */
  parts?: string[];
}

// The tags of common nouns, damped when general text uses them everywhere (KeywordWeights.commonIdf).
const COMMON_NOUN_TAGS = new Set(['n', 'vn', 'nw']);
// Compounds are built from nouns and names only: a place next to a verb ("厦门 开幕") is a phrase, not a name.
const NOUN_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'nw', 'j', 'x']);
// Latin letters open names too (AI服务器, ECFA早收清单), written against the Chinese noun without a space; words a space
// or a mark separates never join (AI 与 服务器, "in Xiamen").
const COMPOUND_TAGS = new Set([...NOUN_TAGS, 'eng']);
// Single characters that close a compound as a suffix or head noun: 台积 + 电, 桃园 + 队.
const SUFFIX_TAGS = new Set(['n', 'ng', 'k']);
const MAX_COMPOUND = 10;
const HAN_WORD = /^[\p{Script=Han}·]+$/u;
const NUMBER_LIKE = /^[\p{Nd}.,%％:：\-/年月日号時时分秒点點亿億万萬千百十多余餘第几幾]+$/u;
// Function and time characters start or end phrases, not names: the HMM's guesses at unknown words that begin or end
// with one are fragments ("时许", "日晚", "有何", "只会", 自台 of 自台进口, 如遇, 所藏, 两市, 致人 of 致人死亡, 对美 of
// 对美出口, 来川 of 来川就业, 每单 of 每单补贴, 先租后 of 先租后让), and so are a verb and its complement (喝上, 买到,
// 看过) and a name that ran on into its verb (王伟称).
const FRAGMENT_EDGE =
  /^[的了在是和与有何时日月年晚许多最余这那其此自从由一二两三四五六七八九十几已被把将就都也还又很更仅或及等不没只会能要可再才如之所系致对来每]|[的了在是和与有何时日晚许多最余这那其此已被把将就都也还又很更仅或及等会能要至上到着过完说称后]$/u;
// A numeral and its measure word (两百人, 三十余家) count something; they never name it.
const COUNTED = /^[零一二三四五六七八九十两百千万亿几数多余]+[人个家名位次项件岁场支所座条天年届批]$/u;
// jieba's dictionary lists some adverb + verb phrases of news prose as nouns, even as names (持续增长 n, 明显增加 nr).
const ADVERB_PHRASE = /^(?:持续|明显|大幅|稳步|不断|显著|逐步|快速|迅速|继续|全面|积极|有效|进一步)\p{Script=Han}{2}$/u;
// A quoted run of Han characters: a coined term (“新两国论”) or, when longer, a quoted remark, which must then recur or
// stand in the title to count.
const QUOTED = /[“「『"]([\p{Script=Han}·]{2,12})[”」』"]/gu;
const QUOTED_SHORT = 6;
// What a quoted remark has and a coined name lacks: adverbs, particles, prepositions, conjunctions, pronouns, idioms
// (经济压力太大, 来了一次还想再来, 治标不治本); or no noun at all (冷热不均, a pair of adjectives). Quotes there mark a
// voice or an ironic phrase, not a name.
const REMARK_TAGS = /^(?:d|u|p|c|y|r|i|l|e|o)/;
const NAME_TAGS = new Set([...NOUN_TAGS, 'vn', 'ng']);

/** The words of `line` that make up the quoted `key`, when the segmentation keeps its edges (else null). */
function wordsOf(line: Line, key: string, at: number): Token[] | null {
  const starts = wordStarts(line);
  const inside: Token[] = [];
  for (const [i, token] of line.tokens.entries()) {
    const start = starts[i]!;
    const end = start + token.key.length;
    if (start >= at && end <= at + key.length) inside.push(token);
    else if (start < at + key.length && end > at) return null;
  }
  return inside.map((t) => t.key).join('') === key ? inside : null;
}

function isRemark(words: readonly Token[]): boolean {
  return words.some((t) => REMARK_TAGS.test(t.tag)) || !words.some((t) => NAME_TAGS.has(t.tag));
}

// A quote that opens with a verb (“回到老家”) is what someone said, unless the headline or the text repeats it as a
// name (“通桥”, “走心”).
const opensWithVerb = (words: readonly Token[]) => words[0]?.tag === 'v';

const chars = (text: string) => [...text].length;
// A university of a two-character place, which goes by the place's first character and 大 (北京大学, 北大).
const UNIVERSITY = /^(\p{Script=Han})\p{Script=Han}大学$/u;

// The ceremony a headline reports (开幕, 闭营, 颁奖仪式) is the form of the event, never its subject: the event's name is.
const CEREMONY = new Set(
  '开幕 闭幕 落幕 揭幕 开营 闭营 开班 结业 开赛 开跑 颁奖 揭牌 启动 举行 举办 召开 签约'.split(' '),
);
const CEREMONY_NOUN = /(?:仪式|典礼|开幕式|闭幕式)$/u;
// 营员们, 团员们: a group the article refers to, not a name.
const PLURAL = /们$/u;

// 陈说 of 小陈说: a surname and the verb after it, which jieba's dictionary knows as a word and may tag as a name
// (小说 and 学说 are nouns, and stay).
const SURNAME_AND_SAID = /^\p{Script=Han}说$/u;

function classify(
  token: Token,
  titleKey: string,
  idf: number,
  w: KeywordWeights,
): { kind: CandidateKind; weight: number; asPart?: number; alone?: false } | null {
  const { key, tag } = token;
  if (chars(key) < 2 || NUMBER_LIKE.test(key) || BOILERPLATE_WORDS.has(key) || GENERIC_NEWS_NOUNS.has(key)) return null;
  if (COUNTED.test(key) || ADVERB_PHRASE.test(key) || unnamedPerson(key) || PLURAL.test(key)) return null;
  if (CEREMONY.has(key) || CEREMONY_NOUN.test(key)) return null;
  if (tag.startsWith('nr') && SURNAME_AND_SAID.test(key)) return null;
  if (tag === 'x')
    return HAN_WORD.test(key) && !FRAGMENT_EDGE.test(key) ? { kind: 'unknown', weight: w.tagWeight.x! } : null;
  if (tag === 'eng') return /[A-Za-z]{2}/.test(key) ? { kind: 'word', weight: w.tagWeight.eng! } : null;
  if (tag === 'v') {
    return titleKey.includes(key) && idf >= w.titleVerbMinIdf
      ? { kind: 'title-verb', weight: w.titleVerbWeight }
      : null;
  }
  const weight = w.tagWeight[tag];
  if (weight === undefined) return null;
  const common = (base: number) => (idf < w.commonIdf ? base * w.commonDamping : base);
  if (PEOPLE_GROUPS.has(key)) return { kind: 'word', weight: common(w.tagWeight.n!), asPart: weight };
  if (NAME_OPENERS.has(key)) return { kind: 'word', weight: 0, asPart: 0, alone: false };
  return { kind: 'word', weight: COMMON_NOUN_TAGS.has(tag) ? common(weight) : weight };
}

// Names end in what they name, not in where it happens: 京台高铁 + 福州 (至平潭段) is a route, not a name; a run of
// places (台湾 + 高雄) still is one. Nor do they start at a lone character that is not a place (人 + 龙舟 of 22人龙舟,
// the crew size).
function badEdges(parts: readonly Part[]): boolean {
  const last = parts.at(-1)!.token;
  const before = parts.at(-2)!.token;
  const first = parts[0]!.token;
  return (
    (last.tag === 'ns' && before.tag !== 'ns') || (chars(first.key) === 1 && first.tag !== 'ns' && first.tag !== 'j')
  );
}

/**
 * 台湾果农 + 陈文宏, 主席 + 夏立言: a role and the person who holds it, two subjects side by side, not one name. Left
 * whole, the pair also hid the role (台湾果农), which then never stood alone. A person is a word tagged as one that the
 * IDF table does not list: general text uses 马拉松 and 高中生 (tagged as names by jieba) but not 陈文宏.
 */
function isAppositive(parts: readonly Part[], idf: IdfTable): boolean {
  const last = parts.at(-1)!.token;
  return last.tag === 'nr' && !idf.has(last.key);
}

function isSuffix(token: Token): boolean {
  return token.key !== '们' && chars(token.key) === 1 && SUFFIX_TAGS.has(token.tag) && HAN_WORD.test(token.key);
}

function isDictionaryWord(token: Token): boolean {
  return token.tag !== 'x' && chars(token.key) >= 2;
}

function tally<C extends Candidate>(map: Map<string, C>, fresh: Omit<C, 'count'>): void {
  const known = map.get(fresh.key);
  if (known) known.count += 1;
  else map.set(fresh.key, { ...fresh, count: 1 } as C);
}

export function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

type Line = Pick<Sentence, 'key' | 'text' | 'tokens'>;
type Part = { token: Token; idf: number; found: ReturnType<typeof classify>; noun: boolean };

function wordsAndCompounds(
  lines: readonly Line[],
  titleKey: string,
  idf: IdfTable,
  w: KeywordWeights,
): Map<string, Candidate> {
  const words = new Map<string, Candidate>();
  const compounds = new Map<string, Candidate & { dictionaryParts: boolean }>();
  for (const line of lines) {
    // The current run of adjacent nouns (and single-character heads); every stretch of two or more of its words is a
    // possible compound, so 海峡两岸 + 图书 + 交易会 is found whole as well as in pairs.
    let run: Part[] = [];
    const starts = wordStarts(line);
    for (const [i, token] of line.tokens.entries()) {
      if (i > 0 && starts[i] !== starts[i - 1]! + line.tokens[i - 1]!.key.length) run = [];
      const tokenIdf = idf.get(token.key);
      const found = classify(token, titleKey, tokenIdf, w);
      if (found && found.alone !== false)
        tally(words, {
          key: token.key,
          word: token.word,
          idf: tokenIdf,
          inTitle: titleKey.includes(token.key),
          kind: found.kind,
          weight: found.weight,
          tag: token.tag,
        });
      const noun = found !== null && COMPOUND_TAGS.has(token.tag);
      if (!noun && !isSuffix(token)) {
        run = [];
        continue;
      }
      run.push({ token, idf: tokenIdf, found, noun });
      let length = chars(token.key);
      for (let first = run.length - 2; first >= 0; first -= 1) {
        length += chars(run[first]!.token.key);
        if (length > MAX_COMPOUND) break;
        const parts = run.slice(first);
        // Single-character morphemes close a compound (台积 + 电, 桃园 + 队); inside one only a noun may stand (海峡两岸
        // + 茶 + 文化节). A compound needs at least one real noun.
        if (parts.some((p, i) => i > 0 && i < parts.length - 1 && !p.noun && p.token.tag !== 'n')) continue;
        if (!parts.some((p) => p.noun)) continue;
        // 陈 + 先生 stands for a person the article does not name.
        if (FORMS_OF_ADDRESS.has(parts.at(-1)!.token.key)) continue;
        if (isAppositive(parts, idf)) continue;
        if (badEdges(parts)) continue;
        const key = parts.map((p) => p.token.key).join('');
        if (CEREMONY_NOUN.test(key)) continue;
        tally(compounds, {
          key,
          word: parts.map((p) => p.token.word).join(''),
          kind: 'compound',
          // A compound is at least as specific as its rarest part.
          idf: idf.has(key) ? idf.get(key) : Math.max(...parts.map((p) => (p.noun ? p.idf : 0))),
          weight: Math.max(...parts.map((p) => p.found?.asPart ?? p.found?.weight ?? 0)),
          inTitle: titleKey.includes(key),
          parts: parts.map((p) => p.token.key),
          dictionaryParts: parts.every((p) => isDictionaryWord(p.token)),
        });
      }
    }
  }
  // A compound the article repeats is a name; so is one its headline uses, even once: headlines name their subject in
  // the fewest characters (两岸 + 贸易额), and the text then often spells it out differently.
  // Only from two words jieba knows, though: a once-seen join of HMM guesses or of a stray character is a mis-cut.
  const qualifies = (c: Candidate & { dictionaryParts: boolean }) => c.count >= 2 || (c.inTitle && c.dictionaryParts);
  const named = [...compounds.values()].filter(qualifies);
  // A compound the article never writes without the same word after or before it is a cut-off piece of a longer one
  // (海峡两岸保生 of 海峡两岸保生大帝, 台南登革热本土 of 台南登革热本土病例): only the longer one is a name.
  const truncated = new Set<string>();
  for (const longer of named) {
    const parts = longer.parts!;
    for (let cut = 1; cut < parts.length; cut += 1) {
      for (const piece of [parts.slice(0, cut).join(''), parts.slice(cut).join('')]) {
        if (compounds.get(piece)?.count === longer.count) truncated.add(piece);
      }
    }
  }
  for (const { dictionaryParts: _joinedKnownWords, ...c } of named) {
    if (!words.has(c.key) && !truncated.has(c.key)) words.set(c.key, c);
  }
  return words;
}

function mergeInto(words: Map<string, Candidate>, kept: string, merged: string): void {
  const into = words.get(kept);
  const from = words.get(merged);
  if (!into || !from) return;
  into.count += from.count;
  into.inTitle ||= from.inTitle;
  words.delete(merged);
}

export function collectCandidates(
  lines: readonly Line[],
  titleKey: string,
  idf: IdfTable,
  w: KeywordWeights,
): Candidate[] {
  const words = wordsAndCompounds(lines, titleKey, idf, w);
  const text = lines.map((l) => l.key).join('\n');
  // A title verb often hides inside a longer word jieba keeps whole elsewhere (招生 in 招生人数 and 招生院校): count
  // it as a reader sees it, by its occurrences in the text.
  for (const c of words.values()) if (c.kind === 'title-verb') c.count = Math.max(c.count, occurrences(text, c.key));
  const names: string[] = [];
  for (const line of lines) {
    for (const match of line.key.matchAll(QUOTED)) {
      const key = match[1]!;
      if (NUMBER_LIKE.test(key) || BOILERPLATE_WORDS.has(key)) continue;
      const quotedWords = wordsOf(line, key, match.index! + 1);
      const count = occurrences(text, key);
      const inTitle = titleKey.includes(key);
      const known = words.get(key);
      if (known) {
        known.count = Math.max(known.count, count);
        names.push(key);
      } else if (
        (chars(key) <= QUOTED_SHORT || count >= 2 || inTitle) &&
        !(quotedWords && (isRemark(quotedWords) || (opensWithVerb(quotedWords) && count < 2 && !inTitle)))
      ) {
        names.push(key);
        const start = match.index! + 1;
        const word = line.text.slice(start, start + key.length);
        words.set(key, { key, word, kind: 'quoted', count, idf: idf.get(key), weight: w.quotedWeight, inTitle });
      }
    }
  }
  // Full names of events and institutions (海峡两岸…论坛, 江苏省台办), which jieba cuts into common words. They count by
  // their own uses only: crediting them with every later 本届论坛 scored worse on the dev articles.
  const fullNames = new Map<string, { word: string; head: string }>();
  for (const line of lines) for (const n of fullNamesIn(line)) if (!fullNames.has(n.key)) fullNames.set(n.key, n);
  for (const [key, { word, head }] of fullNames) {
    words.set(key, {
      key,
      word,
      kind: 'name',
      count: occurrences(text, key),
      idf: idf.get(key),
      weight: w.nameWeight,
      inTitle: titleKey.includes(key),
      head,
    });
  }
  // Two spellings of one subject count as one, under the institution's short form (国台办) or the clipped phrase's
  // full form (台资企业).
  for (const [full, short] of SHORT_FORMS) mergeInto(words, short, full);
  for (const [clipping, fulls] of CLIPPED_FORMS) {
    const full = fulls.find((form) => words.has(form));
    if (full) mergeInto(words, full, clipping);
  }
  // 北大 of 北京大学, 厦大 of 厦门大学: a university the article also names in full counts under its full name, which
  // is what one cites.
  for (const key of [...words.keys()]) {
    const full = UNIVERSITY.exec(key);
    if (full && full[1] !== '人' && words.has(`${full[1]}大`)) mergeInto(words, key, `${full[1]}大`);
  }
  // A word the article writes only inside quoted names longer than itself is a piece of them (三进 of “三进三帮” and
  // “三带三进”), not a subject of its own.
  const outsideNames = names.reduce((rest, name) => rest.replaceAll(name, '|'), text);
  const pieceOfName = (c: Candidate) =>
    c.kind !== 'quoted' &&
    !names.includes(c.key) &&
    names.some((name) => name.includes(c.key)) &&
    !outsideNames.includes(c.key);
  // Likewise a compound the article writes only inside full names (海峡两岸保生大帝文化 of 海峡两岸保生大帝文化旅游节,
  // longer than any compound): a cut-off piece of the name.
  const fullNameKeys = [...fullNames.keys()];
  const inFullName = [...words.values()].filter(
    (c) => c.kind === 'compound' && fullNameKeys.some((name) => name.includes(c.key)),
  );
  const outsideFullNames = inFullName.length
    ? fullNameKeys.reduce((rest, name) => rest.replaceAll(name, '|'), text)
    : text;
  const pieceOfFullName = (c: Candidate) => inFullName.includes(c) && !outsideFullNames.includes(c.key);
  return [...words.values()].filter((c) => {
    if (pieceOfName(c) || pieceOfFullName(c)) return false;
    // An unknown word the HMM found once is as likely a mis-cut as a name, in the title too (追梦筑 of 追梦筑梦圆梦).
    if (c.kind === 'unknown') return c.count >= 2;
    if (c.kind === 'title-verb') return c.count >= w.titleVerbMinCount;
    return true;
  });
}
