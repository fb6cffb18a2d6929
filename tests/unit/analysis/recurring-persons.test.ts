import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisEngine } from '../../../utils/analysis/analyze-article';
import { analyzeArticle, keywordInput } from '../../../utils/analysis/analyze-article';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';
import { joinPersons, recurringPersons } from '../../../utils/analysis/recurring-persons';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const isCommon = (word: string) => engine.idf.has(word);
const tag = (text: string) => engine.tag(text);
const words = (text: string) => tag(text).map((w) => w.word);
// Tagged words written as 'word/tag' pairs.
const tagged = (...pairs: string[]) => pairs.map((pair) => ({ word: pair.split('/')[0]!, tag: pair.split('/')[1]! }));

describe('recurringPersons and joinPersons', () => {
  it('finds a surname and given name that jieba cuts apart the same way more than once', () => {
    const split = tagged('摄影师/n', '林/ng', '怀远/n', '说/v', '，/x', '林/ng', '怀远/n', '在/p');
    // 怀远 is a county, common enough in general text to need a third sighting.
    expect(recurringPersons(split, isCommon).size).toBe(0);
    const thrice = [...split, ...tagged('林/ng', '怀远/n')];
    expect([...recurringPersons(thrice, isCommon)]).toEqual(['林怀远']);
    const joined = joinPersons(thrice, new Set(['林怀远']), isCommon);
    expect(joined.map((w) => w.word).join('')).toBe(thrice.map((w) => w.word).join(''));
    expect(joined.filter((w) => w.word === '林怀远').every((w) => w.tag === 'nr')).toBe(true);
  });

  it('mends the persons of a whole text, a surname glued to the word before included', () => {
    const text = '台湾茶农林正雄说，茶要慢慢做。林正雄在勐海住了十年，林正雄的茶园在山上。';
    const out = words(text);
    expect(out.join('')).toBe(text);
    expect(out.filter((w) => w === '林正雄')).toHaveLength(3);
    expect(out).toContain('茶农');
    expect(out).not.toContain('农林');
    const potter = words('陶艺家黄启明说，黄启明每天拉坯。');
    expect(potter.filter((w) => w === '黄启明')).toHaveLength(2);
  });

  it('takes no surname and role (林医生, 吴老师), no verb after a surname and no single sighting for a person', () => {
    expect(words('林医生来了，林医生说没事。').filter((w) => w === '林医生')).toHaveLength(0);
    expect(words('吴老师上课，吴老师下课。')).not.toContain('吴老师');
    const once = tagged('林/ng', '正雄/n');
    expect(recurringPersons(once, isCommon).size).toBe(0);
    const verb = tagged('陈/nr', '表示/v', '陈/nr', '表示/v', '陈/nr', '表示/v');
    expect(recurringPersons(verb, isCommon).size).toBe(0);
    // After a count, 张 measures (两张 + 照片), whatever follows.
    const counted = tagged('两/m', '张/q', '明信/n', '两/m', '张/q', '明信/n');
    expect(recurringPersons(counted, isCommon).size).toBe(0);
  });

  it('keeps a person the body names whole in the title, where it stands once', () => {
    const article = {
      title: '台湾摄影师林怀远：用镜头记录高原',
      paragraphs: [
        '六十岁的台湾摄影师林怀远背着老相机走过拉萨的街巷。',
        '林怀远年轻时在台北拍广告，后来迷上了高原的光。',
        '这些年，林怀远拍下了上万张照片，林怀远说他还会再来。',
      ],
      pageKeywords: [],
      script: 'Hans' as const,
    };
    const input = keywordInput(article, engine);
    expect(input.title.tokens.map((t) => t.key)).toContain('林怀远');
    expect(input.title.tokens.map((t) => t.key)).not.toContain('林');
    const chips = analyzeArticle(article, engine).keywords.map((k) => k.word);
    expect(chips).toContain('林怀远');
    expect(chips).not.toContain('怀远');
    expect(chips.some((w) => w.endsWith('摄影师林'))).toBe(false);
  });
});
