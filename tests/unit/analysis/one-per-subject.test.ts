import { describe, expect, it } from 'vitest';
import { onePerSubject, type SubjectRules } from '../../../utils/analysis/one-per-subject';

interface Item {
  key: string;
  score: number;
  count: number;
  name?: boolean;
}

const rules: SubjectRules<Item> = {
  contains: (outer, inner) => outer.includes(inner),
  absorbs: (phrase, inner) => phrase.count >= 0.75 * inner.count || (phrase.name === true && inner.key === '论坛'),
  standsApart: (phrase) => phrase.name === true,
};
const keys = (items: Item[]) => onePerSubject(items, 8, rules).map((i) => `${i.key}:${i.score}`);

describe('one chip per subject', () => {
  it('drops a word inside a better one', () => {
    expect(
      keys([
        { key: '台资企业', score: 9, count: 4 },
        { key: '台资', score: 5, count: 4 },
      ]),
    ).toEqual(['台资企业:9']);
  });

  it('drops a piece of a word it passed over as a repeat, which would name the same subject again', () => {
    const withSameName: SubjectRules<Item> = { ...rules, sameName: (a, b) => a === '国台办' && b === '国务院台办' };
    expect(
      onePerSubject(
        [
          { key: '国台办', score: 9, count: 4 },
          { key: '国务院台办', score: 6, count: 1 },
          { key: '国务院', score: 3, count: 1 },
          { key: '海峡论坛', score: 2, count: 2 },
        ],
        8,
        withSameName,
      ).map((i) => i.key),
    ).toEqual(['国台办', '海峡论坛']);
  });

  it('lets a phrase take the place of the better word it stands for, else drops the phrase', () => {
    expect(
      keys([
        { key: '台积', score: 9, count: 3 },
        { key: '台积电', score: 5, count: 3 },
      ]),
    ).toEqual(['台积电:9']);
    expect(
      keys([
        { key: '订单', score: 9, count: 14 },
        { key: '外销订单', score: 5, count: 7 },
      ]),
    ).toEqual(['订单:9']);
  });

  it('keeps a name beside its field, in the place of its bare head', () => {
    const items: Item[] = [
      { key: '中医药', score: 9, count: 7 },
      { key: '论坛', score: 6, count: 3 },
      { key: '福州', score: 5, count: 3 },
      { key: '海峡两岸中医药传承创新论坛', score: 4, count: 1, name: true },
    ];
    expect(keys(items)).toEqual(['中医药:9', '海峡两岸中医药传承创新论坛:6', '福州:5']);
  });

  it('keeps a name that absorbs nothing after the words above it', () => {
    const items: Item[] = [
      { key: '昆山', score: 9, count: 7 },
      { key: '昆山市台办', score: 2, count: 1, name: true },
    ];
    expect(keys(items)).toEqual(['昆山:9', '昆山市台办:2']);
  });
});
