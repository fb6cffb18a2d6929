/** The text-pattern rules read the facts however a page prints them. */
import { describe, expect, it } from 'vitest';
import { parseBeijingTime, urlDate } from '../../../utils/extract/parse-beijing-time';
import {
  parseBreadcrumb,
  parseEditor,
  parseReporters,
  parseSource,
  stripSiteSuffix,
} from '../../../utils/extract/text-patterns';

describe('parseBeijingTime', () => {
  it.each([
    ['2017年02月23日 16:43:57  来源:东方网', '2017-02-23T16:43:57+08:00'],
    ['2019年04月10日 16:05', '2019-04-10T16:05:00+08:00'],
    ['2026-02-11 14:03:00', '2026-02-11T14:03:00+08:00'],
    ['时间:2010-10-25 15:24   来源:中国台湾网', '2010-10-25T15:24:00+08:00'],
    ['2022-11-08T09:30:00', '2022-11-08T09:30:00+08:00'],
    ['Updated: 2018-11-12 10:30:00 | Source: Taiwan.cn', '2018-11-12T10:30:00+08:00'],
  ])('reads %s', (text, iso) => {
    expect(parseBeijingTime(text)?.iso).toBe(iso);
  });

  it('marks a bare date as day precision', () => {
    expect(parseBeijingTime('2017-02-23')).toEqual({ iso: '2017-02-23T00:00:00+08:00', precision: 'day' });
  });

  it('skips numbers that are not dates', () => {
    expect(parseBeijingTime('京ICP备13026587号-3 电话:86-10-53610172')).toBeNull();
    expect(parseBeijingTime('2017-13-40 10:00')).toBeNull();
  });

  it('reads the creation date from the file name', () => {
    expect(urlDate('http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm')?.iso).toBe(
      '2016-07-23T00:00:00+08:00',
    );
    expect(urlDate('http://y.taiwan.cn/newsqw/2019/0410/9942164.html')?.iso).toBe('2019-04-10T00:00:00+08:00');
  });
});

describe('facts from text', () => {
  it.each([
    ['2017年02月23日 16:43:57\u00a0\u00a0来源:东方网', '东方网'],
    ['來源：中國臺灣網', '中國臺灣網'],
    ['来源：新华社作者：张三', '新华社'],
    ['Updated: 2018-11-12 10:30:00 | Source: Taiwan.cn', 'Taiwan.cn'],
  ])('source of %s is %s', (text, source) => {
    expect(parseSource(text)).toBe(source);
  });

  it.each([
    ['[责任编辑:李帅]', '李帅'],
    ['[責任編輯：李帥]', '李帥'],
    ['责任编辑：曹悦', '曹悦'],
    ['（责任编辑：宋雨）', '宋雨'],
    ['Editor: Li Xiao', 'Li Xiao'],
  ])('editor of %s is %s', (text, editor) => {
    expect(parseEditor(text)).toBe(editor);
  });

  it.each([
    ['中国台湾网6月12日福州讯（记者 张明）两岸……', ['张明']],
    ['……最终成绩。（中国台湾网 王思羽）', ['王思羽']],
    ['（中国台湾网记者 陈佳 摄）', ['陈佳']],
    ['（记者 王思羽 赵航）', ['王思羽', '赵航']],
    ['（記者 張明）', ['張明']],
    ['（记者 张明 通讯员 李四）', ['张明']],
    ['他说（大意如此）会再来。', []],
  ])('reporters of %s', (text, names) => {
    expect(parseReporters(text)).toEqual(names);
  });

  it.each([
    ['中国台湾网  >   新闻中心  >   时政新闻', ['新闻中心', '时政新闻']],
    ['您现在的位置：中国台湾网 > 新闻中心 > 两岸交流', ['新闻中心', '两岸交流']],
    ['中國臺灣網 > 地方 > 江蘇', ['地方', '江蘇']],
    ['首页 > 台湾 > 正文', ['台湾']],
    ['首页 | 新闻 | 台湾', null],
  ])('breadcrumb %s', (text, crumb) => {
    expect(parseBreadcrumb(text)).toEqual(crumb);
  });

  it.each([
    ['干部“新春走基层”关键要“走心”_中国台湾网', '干部“新春走基层”关键要“走心”'],
    ['台胞返乡过春节 厦门口岸迎来客流高峰_两岸_中国台湾网', '台胞返乡过春节 厦门口岸迎来客流高峰'],
    ['兩岸少兒書畫大賽_中國臺灣網', '兩岸少兒書畫大賽'],
    ['Cross-Straits youth forum opens in Xiamen_Taiwan.cn', 'Cross-Straits youth forum opens in Xiamen'],
    ['两岸气象部门联合发布台风季预报 - 中国台湾网', '两岸气象部门联合发布台风季预报'],
  ])('title %s', (text, title) => {
    expect(stripSiteSuffix(text)).toBe(title);
  });
});
