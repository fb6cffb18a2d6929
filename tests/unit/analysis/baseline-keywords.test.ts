import { cut } from 'jieba-wasm/node';
import { describe, expect, it } from 'vitest';
import { jiebaTfIdfKeywords } from '../../../utils/analysis/baseline-keywords';
import { parseJiebaIdf } from '../../../utils/analysis/idf-table';

// The segmentation is jieba's job; splitting on spaces lets these tests fix the words and test the scoring alone.
const bySpaces = (text: string) => text.split(' ');
// 海峡 and 论坛 are listed; 鹭岛, 茶叶 and 渔港 are not and take the median (the middle of the three listed values).
const idf = parseJiebaIdf('海峡 4.0\n论坛 6.0\n的 1.0\n');

describe('jieba TF-IDF baseline', () => {
  it('scores term frequency times IDF, skipping single characters', () => {
    const words = jiebaTfIdfKeywords(bySpaces, idf, '海峡 的 论坛 海峡 海峡', 3);
    // Four words of two or more characters: 海峡 3/4 × 4.0 = 3.0, 论坛 1/4 × 6.0 = 1.5; 的 is one character.
    expect(words).toEqual([
      { word: '海峡', score: 3 },
      { word: '论坛', score: 1.5 },
    ]);
  });

  it("breaks ties by the word, as jieba-rs does, or by first use, as jieba's Python original does", () => {
    // 渔港, 鹭岛 and 茶叶 are each used once and unknown to the table, so all three share one score.
    const text = '渔港 鹭岛 茶叶';
    expect(jiebaTfIdfKeywords(bySpaces, idf, text, 3).map((k) => k.word)).toEqual(['渔港', '茶叶', '鹭岛']);
    expect(jiebaTfIdfKeywords(bySpaces, idf, text, 3, 'first-use').map((k) => k.word)).toEqual([
      '渔港',
      '鹭岛',
      '茶叶',
    ]);
  });

  it('reads the words jieba cuts', () => {
    const words = jiebaTfIdfKeywords(cut, idf, '海峡论坛在厦门开幕，海峡两岸嘉宾出席论坛。', 8).map((k) => k.word);
    expect(words).toContain('论坛');
    expect(words.every((w) => [...w].length >= 2)).toBe(true);
  });
});
