import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/analysis/split-sentences';
import { stripCredits } from '../../../utils/analysis/strip-credits';

const sentences = (text: string, max?: number) =>
  splitSentences(text, max).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('ends a sentence at 。！？ and keeps the closing quote with it', () => {
    expect(sentences('他说：“我们到了。”随后离开。你来吗？来！')).toEqual([
      '他说：“我们到了。”',
      '随后离开。',
      '你来吗？',
      '来！',
    ]);
  });

  it('does not split inside quotes or brackets', () => {
    expect(sentences('发言人表示：“两岸同胞是一家人。正常往来天经地义。”记者追问（详见下文。）后答复。')).toEqual([
      '发言人表示：“两岸同胞是一家人。正常往来天经地义。”',
      '记者追问（详见下文。）后答复。',
    ]);
  });

  it('respects traditional corner quotes', () => {
    expect(sentences('他說：「歡迎。再見。」大家鼓掌。')).toEqual(['他說：「歡迎。再見。」', '大家鼓掌。']);
  });

  it('splits as if there were no quotes when a quote never closes', () => {
    expect(sentences('他说：“第一句。第二句。第三句。')).toEqual(['他说：“第一句。', '第二句。', '第三句。']);
  });

  it('keeps an unterminated tail and an ellipsis run as one boundary', () => {
    expect(sentences('等待……结果出来了。最后一行')).toEqual(['等待……', '结果出来了。', '最后一行']);
  });

  it('cuts a sentence longer than the limit at its top-level semicolons only', () => {
    const long = '一是甲方案；二是乙方案（含“丙；丁”）；三是戊方案。';
    expect(sentences(long, 10)).toEqual(['一是甲方案；', '二是乙方案（含“丙；丁”）；', '三是戊方案。']);
    expect(sentences(long)).toEqual([long]);
  });
});

describe('stripCredits', () => {
  it('removes the dateline and reporter credit in front of the lead', () => {
    expect(stripCredits('中国台湾网6月12日福州讯（记者 张明）第十届海峡论坛开幕。')).toBe('第十届海峡论坛开幕。');
    expect(stripCredits('新华社北京3月5日电（记者李华）会议召开。')).toBe('会议召开。');
    expect(stripCredits('中國臺灣網6月15日廈門訊（記者 張明）論壇舉行。')).toBe('論壇舉行。');
  });

  it('removes bylines and end marks at the end, and leaves other brackets alone', () => {
    expect(stripCredits('活动圆满结束。（中国台湾网 王思羽）')).toBe('活动圆满结束。');
    expect(stripCredits('展览开幕。（记者 陈佳 摄）（完）')).toBe('展览开幕。');
    expect(stripCredits('措施（试行）自即日起施行。')).toBe('措施（试行）自即日起施行。');
    expect(stripCredits('（中国台湾网 王思羽）')).toBe('');
  });

  it('leaves a lead that merely mentions a date alone', () => {
    expect(stripCredits('今年6月12日，两岸青年在福州相聚。')).toBe('今年6月12日，两岸青年在福州相聚。');
  });
});
