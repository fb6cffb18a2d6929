/**
 * jieba cuts some persons apart where a role introduces them: 台湾摄影师林怀远 comes out 摄影师 + 林 (ng, the forest) +
 * 怀远 (n, a county), 陶艺家黄启明 as 陶艺家 + 黄 (a, yellow) + 启明 (v), and 茶农林正雄 as 茶 + 农林 (farming and
 * forestry) + 正雄. No single cut tells a surname from a word; but a story names its subject again and again, and the
 * same surname before the same two characters, more than once in one text, is a person. The chip then reads 林怀远,
 * not 怀远 or 台湾摄影师林, and a reader can cite it.
 */
import type { TaggedWord } from './analysis-engine';
import { unnamedPerson } from './generic-news-nouns';
import {
  FUNCTION_TAG,
  HAN_CHAR,
  NOT_GIVEN_NAME_END,
  PLACE_OR_EVENT_HEADS,
  RAN_ON,
  SURNAMES,
  THING_HEADS,
} from './name-characters';

// How a story speaks of a person by surname and role (林医生, 吴老师, 刘婆婆, 许阿伯): an address, not a given name.
const ROLES_AFTER_SURNAME = new Set(
  `老师 医生 老板 老板娘 教授 博士 校长 院长 主任 经理 董事长 书记 同学 律师 婆婆 阿婆 阿伯 阿公 阿嬷 爷爷 奶奶 伯伯 叔叔
  大爷 大妈 老伯`
    .split(/\s+/)
    .filter(Boolean),
);
const HAN_PAIR = /^\p{Script=Han}{2}$/u;
// After a count or a pointer (一张, 这张) the character is a measure, not a surname.
const NOT_BEFORE_SURNAME = /^(?:m|r|q)/;
// A common word after a surname needs more than two sightings (林 + 怀远, a county, ten times); a common verb never
// makes a given name (陈 + 表示 of 陈表示, the surname alone standing for a person named before).
const COMMON_GIVEN_SIGHTINGS = 3;
const SIGHTINGS = 2;

/** The person a surname and the word after it would make, or null when they cannot be one. */
function personOf(surname: TaggedWord, given: TaggedWord, before: TaggedWord | undefined): string | null {
  if (!HAN_CHAR.test(surname.word) || !SURNAMES.has(surname.word) || !HAN_PAIR.test(given.word)) return null;
  // A locality (上 f of 桌上) is no surname either.
  if (FUNCTION_TAG.test(surname.tag) || surname.tag === 'f' || FUNCTION_TAG.test(given.tag)) return null;
  if (before && NOT_BEFORE_SURNAME.test(before.tag)) return null;
  const end = [...given.word][1]!;
  if ([RAN_ON, THING_HEADS, PLACE_OR_EVENT_HEADS, NOT_GIVEN_NAME_END].some((set) => set.has(end))) return null;
  const person = surname.word + given.word;
  return ROLES_AFTER_SURNAME.has(given.word) || unnamedPerson(person) ? null : person;
}

// Words the dictionary makes of a surname and the next character (林家 n, the Lin family; 许家 m), which jieba keeps
// whole before the last character of a given name (林家 + 豪), and the tags of a character that can close a name.
const SURNAME_WORD_TAGS = new Set(['n', 'nr', 'm']);
const NAME_END_TAGS = new Set(['n', 'ng', 'g']);
// Characters that place something (范围 + 内, within the range), filed as nouns too: never a name's end.
const LOCALITY = new Set('内外上下中里间旁前后');

/** The person a surname + character word and one more character would make (林家 + 豪), or null. */
function personCutBeforeLast(piece: TaggedWord, last: TaggedWord): string | null {
  if (!SURNAME_WORD_TAGS.has(piece.tag) || !NAME_END_TAGS.has(last.tag) || !HAN_PAIR.test(piece.word)) return null;
  if (!SURNAMES.has([...piece.word][0]!) || !HAN_CHAR.test(last.word)) return null;
  const end = last.word;
  if ([RAN_ON, THING_HEADS, PLACE_OR_EVENT_HEADS, NOT_GIVEN_NAME_END, LOCALITY].some((set) => set.has(end)))
    return null;
  return piece.word + end;
}

/**
 * The persons a text names more than once in two pieces (林 + 怀远, 林家 + 豪), as jieba's words of the text show
 * them. Once, the pieces may be what they say (林家, the family); the same pieces again are a name.
 */
export function recurringPersons(words: readonly TaggedWord[], isCommon: (word: string) => boolean): Set<string> {
  const sightings = new Map<string, number>();
  for (let i = 1; i < words.length; i += 1) {
    const given = words[i]!;
    const person = personOf(words[i - 1]!, given, words[i - 2]) ?? personCutBeforeLast(words[i - 1]!, given);
    if (!person || isCommon(person)) continue;
    if (isCommon(given.word) && given.tag.startsWith('v')) continue;
    sightings.set(person, (sightings.get(person) ?? 0) + 1);
  }
  // The surname is one character, so the rest of the person is the word that followed it.
  const needed = (person: string) => (isCommon(person.slice(1)) ? COMMON_GIVEN_SIGHTINGS : SIGHTINGS);
  return new Set([...sightings].filter(([person, seen]) => seen >= needed(person)).map(([person]) => person));
}

/**
 * Each of the persons made one word, tagged as a name: where jieba left the surname alone (林 + 怀远) and where it glued
 * the surname to the word before (农林 + 正雄 becomes 农 + 林正雄, and 茶 + 农 the 茶农 that general text knows).
 * The words still concatenate back to the text.
 */
export function joinPersons(
  words: readonly TaggedWord[],
  persons: ReadonlySet<string>,
  isCommon: (word: string) => boolean,
): TaggedWord[] {
  if (persons.size === 0) return [...words];
  const out: TaggedWord[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const item = words[i]!;
    const next = words[i + 1];
    if (next && persons.has(item.word + next.word)) {
      out.push({ word: item.word + next.word, tag: 'nr' });
      i += 1;
      continue;
    }
    const chars = [...item.word];
    const glued = chars.length >= 2 ? chars.at(-1)! : '';
    if (next && glued && persons.has(glued + next.word)) {
      const rest = chars.slice(0, -1).join('');
      const last = out.at(-1);
      if (last && isCommon(last.word + rest)) out[out.length - 1] = { word: last.word + rest, tag: 'n' };
      else out.push({ word: rest, tag: item.tag });
      out.push({ word: glued + next.word, tag: 'nr' });
      i += 1;
      continue;
    }
    out.push(item);
  }
  return out;
}
