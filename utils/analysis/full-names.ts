/**
 * The full names of events and institutions as an article writes them once, usually in its lead: 海峡两岸智能制造产业论坛,
 * 津台职业教育合作论坛, 江苏省台办, 厦门知识产权法庭. jieba cuts them into common words (论坛, 产业, 智能, 法庭) and the
 * article then says only the head (本届论坛, 该法庭), so counting words never finds them. Editors tag a story with the
 * name, and a reader citing it needs the name as written.
 *
 * A name here is a run of words that ends in a head that names an event or an institution and starts at a place, a
 * name or 两岸/海峡两岸, with nothing between them but nouns and the verbs that names carry (制造, 保护, 就业).
 */
import { unnamedPerson } from './generic-news-nouns';
import { wordStarts, type Token } from './segment-article';

// What events and institutions are called, from common knowledge of Chinese naming: events; institutions; zones,
// agreements and programmes.
const HEADS =
  `论坛 峰会 大会 交流会 研讨会 座谈会 博览会 交易会 洽谈会 展览会 推介会 对接会 文化节 艺术节 旅游节 美食节 音乐节
  电影节 邀请赛 锦标赛 联赛 大赛 交流赛 展演 汇演 交流展 夏令营 冬令营 研习营 活动周 文化周
  台办 台港澳办 事务局 教育厅 商务厅 卫生局 司法局 商务局 文旅局 法院 高院 法庭 海关 大学 学院 医院 协会 公会 联盟
  基地 创业园 产业园 实验室 研究院 研究所 剧团
  试验区 实验区 示范区 合作区 开发区 协议 条例 细则 计划`
    .split(/\s+/)
    .filter(Boolean);
// Single-character heads only after a noun (客家文化 + 节, 书法交流 + 展), never alone.
const SHORT_HEADS = new Set(['节', '展', '赛']);

// Where a name may start: places, organisations, proper names, the site's pairings (津台, 闽台) and the two shores.
const START_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'j']);
const START_WORDS = new Set(['两岸', '海峡两岸']);
// What may stand inside: nouns of every kind, verbs and verbal nouns (智能制造, 黑脸琵鹭保护), time nouns (青年 is t),
// idioms jieba keeps whole (人才交流 i), adjectives of kind (b), and its unknown words.
const INSIDE_TAGS = /^(?:n|v|vn|j|x|t|i|l|b|ng|k)/;
// jieba's dictionary lists a few words as numerals that are not (少儿 m): they may stand inside; counts (第五届, 一所,
// 十余个) not.
const NUMERAL = /^[第零一二三四五六七八九十百千万亿两几数多余首]/u;
const insideTag = (t: Token) => INSIDE_TAGS.test(t.tag) || (t.tag === 'm' && !NUMERAL.test(t.key));
const HAN = /^\p{Script=Han}+$/u;
// Words that refer rather than name (各大, 该, 本): a run through them is a phrase (福州各大医院).
const DETERMINER = /^[各每该本此这那其诸]/u;
// Verbs that take a name as their object and never stand inside one (提供 + 政策, 举办 + 论坛, 签署 + 协议).
const LIGHT_VERBS = new Set(
  '提供 制定 出台 实施 落实 签署 推出 发布 执行 推动 给予 举办 举行 召开 参加 出席 成为 进行 开展 实现 加强 启动 设立'.split(
    ' ',
  ),
);
const MIN_CHARS = 4;
const MAX_CHARS = 20;

export interface FullName {
  key: string;
  word: string;
  /** The head it ends in (论坛), which the article goes on to use alone for the same thing. */
  head: string;
}

/** Whether a word is itself the name of an event or institution (海峡论坛, 昆山市台办). */
export const endsInHead = (key: string) => HEADS.some((head) => key.endsWith(head));

// A region (台湾地区) says where, not whose: 台湾地区 + 大学 of 台湾地区大学入学考试 is no institution. Nor does a
// person addressed (吴先生 + 计划 of 吴先生计划扩大种植) start one.
const isStart = (t: Token) =>
  (START_TAGS.has(t.tag) && !t.key.endsWith('地区') && !unnamedPerson(t.key)) || START_WORDS.has(t.key);
// A one-character verb (读, 是, 到) is the sentence's, never part of a name (福州读大学, 黄志明是医院).
const mayStandInside = (t: Token) =>
  HAN.test(t.key) &&
  !DETERMINER.test(t.key) &&
  !LIGHT_VERBS.has(t.key) &&
  !(t.tag === 'v' && t.key.length === 1 && !SHORT_HEADS.has(t.key)) &&
  (insideTag(t) || isStart(t));

// Most words end in none of these characters, and need no walk back.
const HEAD_ENDS = new Set([...HEADS, ...SHORT_HEADS].map((head) => head.at(-1)!));

function headOf(tokens: readonly Token[]): string | null {
  const last = tokens.at(-1)!;
  const joined = tokens.map((t) => t.key).join('');
  for (const head of HEADS) if (joined.endsWith(head) && last.key.length <= head.length + 3) return head;
  if (SHORT_HEADS.has(last.key) && tokens.length >= 2) return last.key;
  return null;
}

/** The full names in one line of tagged words, each once. */
export function fullNamesIn(line: { key: string; tokens: readonly Token[] }): FullName[] {
  // Offsets, so that words the line separates by a space or a mark never join.
  const starts = wordStarts(line);
  const found = new Map<string, FullName>();
  line.tokens.forEach((token, end) => {
    if (!HEAD_ENDS.has(token.key.at(-1)!) || !mayStandInside(token)) return;
    // Walk back over words that may stand inside a name, as long as they touch and the name could still be one (so a
    // long run of nouns costs no more than a short one).
    let first = end;
    while (
      first > 0 &&
      starts[end]! + token.key.length - starts[first - 1]! <= MAX_CHARS &&
      starts[first - 1]! + line.tokens[first - 1]!.key.length === starts[first] &&
      mayStandInside(line.tokens[first - 1]!)
    )
      first -= 1;
    // A verb followed by where a name starts is the sentence's verb (南京 举办 海峡两岸…), not part of the name.
    for (let i = end - 1; i > first; i -= 1) {
      if (line.tokens[i - 1]!.tag === 'v' && isStart(line.tokens[i]!)) {
        first = i;
        break;
      }
    }
    // The name starts at the first place, name or 两岸 of the run; a place its verb follows is where something
    // happens (梅州 参加 文化节), not part of a name.
    const startsAt = (i: number) => isStart(line.tokens[i]!) && !(i + 1 < end && line.tokens[i + 1]!.tag === 'v');
    while (first < end && !startsAt(first)) first += 1;
    // A name of one word is already a candidate as it stands (厦门大学).
    if (first >= end) return;
    const parts = line.tokens.slice(first, end + 1);
    const head = headOf(parts);
    if (!head) return;
    const key = parts.map((t) => t.key).join('');
    const length = [...key].length;
    // 海峡两岸 + 论坛 alone says which shores, not which forum: a pairing of the shores needs a subject between.
    const onlyShores = START_WORDS.has(parts[0]!.key) && parts.length < 3;
    // A subject and 计划 alone is who plans (台湾同胞 + 计划 of 不少台湾同胞计划来大陆过年); a programme's name says what
    // it is between them (台湾青年 + 暑期 + 实习 + 计划).
    const plans = head === '计划' && parts.length === 2;
    if (length < MIN_CHARS || length > MAX_CHARS || onlyShores || plans || key === head) return;
    found.set(key, { key, word: parts.map((t) => t.word).join(''), head });
  });
  return [...found.values()];
}
