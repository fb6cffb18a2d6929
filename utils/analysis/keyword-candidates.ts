/**
 * Which words of an article may become keywords, and how often each occurs. Candidates are words jieba tags as nouns,
 * names, places, organisations or verbal nouns; verbs only where the title uses them (招生, 直航 name the event there);
 * compounds that jieba cuts apart but the article repeats (台积 + 电, 桃园 + 队, 平潭 + 综合); and short terms the
 * article puts in quotes (“新两国论”, “一蛋难求”), which is how Chinese news marks a coined name.
 */
import type { IdfTable } from './idf-table';
import type { Sentence, Token } from './segment-article';
import { BOILERPLATE_WORDS } from './site-dictionary';

export interface Candidate {
  key: string;
  word: string;
  count: number;
  idf: number;
  weight: number;
  inTitle: boolean;
}

// Proper names carry an article's subject more often than common nouns; verbal nouns (发展, 合作) least often. 'x' is a
// Han word outside jieba's dictionary (mostly names its HMM found).
const TAG_WEIGHT: Readonly<Record<string, number>> = {
  nr: 1.3,
  nrt: 1.3,
  nrfg: 1.3,
  nt: 1.3,
  ns: 1.2,
  nz: 1.2,
  j: 1.2,
  eng: 1,
  n: 1,
  nw: 1,
  x: 0.9,
  vn: 0.7,
};
const TITLE_VERB_WEIGHT = 0.6;
const QUOTED_WEIGHT = 1.2;
const MAX_COMPOUND = 8;
const HAN_WORD = /^[\p{Script=Han}·]+$/u;
const NUMBER_LIKE = /^[\p{Nd}.,%％:：\-/年月日号時时分秒点點亿億万萬千百十多余餘第几幾]+$/u;
// Characters that start or end a phrase, not a name: the HMM's guesses at unknown words that begin or end with one
// are fragments ("时许", "日晚", "有何", "一是").
const FRAGMENT_EDGE =
  /^[的了在是和与有何时日月年晚许多最余这那其此一二三四五六七八九十几已被把将就都也还又很更仅或及等]|[的了在是和与有何时日晚许多最余这那其此已被把将就都也还又很更仅或及等]$/u;
// Single characters that close a compound as a suffix or head noun: 台积 + 电, 桃园 + 队, 首发 + 团.
const SUFFIX_TAGS = new Set(['n', 'ng', 'k']);
const QUOTED = /[“「『"]([\p{Script=Han}·]{2,8})[”」』"]/gu;

const chars = (text: string) => [...text].length;

function weightOf(token: Token, titleKey: string): number | null {
  if (chars(token.key) < 2 || NUMBER_LIKE.test(token.key) || BOILERPLATE_WORDS.has(token.key)) return null;
  if (token.tag === 'x') return HAN_WORD.test(token.key) && !FRAGMENT_EDGE.test(token.key) ? TAG_WEIGHT.x! : null;
  if (token.tag === 'eng') return /[A-Za-z]{2}/.test(token.key) ? TAG_WEIGHT.eng! : null;
  if (token.tag === 'v') return titleKey.includes(token.key) ? TITLE_VERB_WEIGHT : null;
  return TAG_WEIGHT[token.tag] ?? null;
}

function isSuffix(token: Token): boolean {
  return chars(token.key) === 1 && SUFFIX_TAGS.has(token.tag) && HAN_WORD.test(token.key);
}

function tally(map: Map<string, Candidate>, fresh: Omit<Candidate, 'count'>): void {
  const known = map.get(fresh.key);
  if (known) known.count += 1;
  else map.set(fresh.key, { ...fresh, count: 1 });
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

export function collectCandidates(
  lines: readonly Pick<Sentence, 'key' | 'text' | 'tokens'>[],
  titleKey: string,
  idf: IdfTable,
): Candidate[] {
  const words = new Map<string, Candidate>();
  const compounds = new Map<string, Candidate>();
  const inTitle = (key: string) => titleKey.includes(key);
  for (const line of lines) {
    let previous: { token: Token; weight: number | null } | null = null;
    for (const token of line.tokens) {
      const weight = weightOf(token, titleKey);
      if (weight !== null) {
        tally(words, {
          key: token.key,
          word: token.word,
          idf: idf.get(token.key),
          weight,
          inTitle: inTitle(token.key),
        });
      }
      if (previous) {
        const a = previous;
        const pairable =
          (a.weight !== null && weight !== null && token.tag !== 'vn' && a.token.tag !== 'vn') ||
          (a.weight !== null && isSuffix(token)) ||
          (weight !== null && isSuffix(a.token));
        const key = a.token.key + token.key;
        if (pairable && chars(key) <= MAX_COMPOUND) {
          // A compound is at least as specific as its rarer part.
          const partIdf = Math.max(
            a.weight === null ? 0 : idf.get(a.token.key),
            weight === null ? 0 : idf.get(token.key),
          );
          tally(compounds, {
            key,
            word: a.token.word + token.word,
            idf: idf.has(key) ? idf.get(key) : partIdf,
            weight: Math.max(a.weight ?? 0, weight ?? 0),
            inTitle: inTitle(key),
          });
        }
      }
      previous = { token, weight };
    }
  }
  for (const c of compounds.values()) if (c.count >= 2 && !words.has(c.key)) words.set(c.key, c);

  const text = lines.map((l) => l.key).join('\n');
  for (const line of lines) {
    for (const match of line.key.matchAll(QUOTED)) {
      const key = match[1]!;
      if (NUMBER_LIKE.test(key) || BOILERPLATE_WORDS.has(key)) continue;
      const start = match.index! + 1;
      const count = occurrences(text, key);
      const known = words.get(key);
      if (known) known.count = Math.max(known.count, count);
      else {
        const word = line.text.slice(start, start + key.length);
        words.set(key, { key, word, count, idf: idf.get(key), weight: QUOTED_WEIGHT, inTitle: inTitle(key) });
      }
    }
  }
  // An unknown word the HMM found once, outside the title, is as likely a mis-cut as a name.
  return [...words.values()].filter((c) => c.count >= 2 || c.inTitle || c.weight !== TAG_WEIGHT.x);
}
