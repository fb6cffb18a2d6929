import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalysisEngine } from '../../../utils/analysis/analyze-article';
import { endsInHead, fullNamesIn } from '../../../utils/analysis/full-names';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';
import { tagLine } from '../../../utils/analysis/segment-article';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const names = (text: string, script: 'Hans' | 'Hant' = 'Hans') =>
  fullNamesIn(tagLine(text, script, engine)).map((n) => n.word);

describe('full names of events and institutions', () => {
  it('are found whole, from the place or the shores to the head, verbs of the name included', () => {
    expect(names('第五届海峡两岸智能制造产业论坛17日在江苏南京开幕。')).toContain('海峡两岸智能制造产业论坛');
    expect(names('海峡两岸黑脸琵鹭保护交流会在厦门举行。')).toContain('海峡两岸黑脸琵鹭保护交流会');
    expect(names('江苏省台办负责人在会上致辞。')).toContain('江苏省台办');
    expect(names('东莞市台港澳事务局组织台资企业参展。')).toContain('东莞市台港澳事务局');
    expect(names('台南市卫生局呼吁民众清除积水容器。')).toContain('台南市卫生局');
    expect(names('两岸签署的海峡两岸公证书使用查证协议运行顺畅。')).toContain('海峡两岸公证书使用查证协议');
    expect(names('福建平潭综合实验区出台新措施。')).toContain('福建平潭综合实验区');
    // 少儿 is a numeral in jieba's dictionary.
    expect(names('第五届海峡两岸少儿书画大赛颁奖仪式在福州举行。')).toContain('海峡两岸少儿书画大赛');
  });

  it('take a subject and 计划 alone for who plans, not for a programme (台湾同胞 + 计划来大陆)', () => {
    expect(names('春节临近，许多台湾同胞计划回乡过年。')).toEqual([]);
    expect(names('台湾青年暑期实习计划在福州启动。')).toContain('台湾青年暑期实习计划');
  });

  it('never run through a count (一所, 十余个)', () => {
    expect(names('她毕业于台湾一所大学。')).toEqual([]);
    expect(names('两岸十余个歌仔戏剧团同台献艺。')).toEqual([]);
  });

  it('keep the article’s script', () => {
    expect(names('海峽兩岸中醫藥傳承創新論壇在福州舉行。', 'Hant')).toContain('海峽兩岸中醫藥傳承創新論壇');
  });

  it('never run through a sentence verb, a one-character verb or a determiner', () => {
    expect(names('他在福州读大学。')).toEqual([]);
    expect(names('黄志明是医院的骨干医师。')).toEqual([]);
    expect(names('台胞可在福州各大医院就诊。')).toEqual([]);
    expect(names('不少台湾乡亲专程赶到梅州参加文化节。')).toEqual([]);
    expect(names('南京举办海峡两岸青年发展论坛。')).toEqual(['海峡两岸青年发展论坛']);
    expect(names('为企业数字化、智能化转型提供政策支持。')).toEqual([]);
  });

  it('take a policy for a description, not a name (美国关税政策), a region or a person for no owner (台湾地区大学, 吴先生计划)', () => {
    expect(names('业者担心美国关税政策冲击台湾工具机出口。')).toEqual([]);
    expect(names('大陆高校将依据台湾地区大学入学考试成绩招生。')).toEqual([]);
    // Nor does a person addressed start one.
    expect(names('吴先生计划今年扩大种植面积。')).toEqual([]);
  });

  it('need a subject between the shores and the head', () => {
    expect(names('两岸论坛今天开幕。')).toEqual([]);
  });

  it('tell a name from a word that is not one', () => {
    expect(endsInHead('海峡论坛')).toBe(true);
    expect(endsInHead('昆山市台办')).toBe(true);
    expect(endsInHead('中医药')).toBe(false);
  });
});

describe('keywords with full names', () => {
  it('show an event named once in the lead whole, beside its field, and not its bare head', () => {
    const keywords = analyzeArticle(
      {
        title: '海峡两岸中医药传承创新论坛在福州举行',
        script: 'Hans',
        pageKeywords: [],
        paragraphs: [
          '新华社福州6月5日电 第七届海峡两岸中医药传承创新论坛5日在福州举行，两岸中医药专家学者三百余人参加。',
          '与会者围绕中医药人才培养、经典名方研究和中医药产业合作展开交流。论坛期间，两岸中医药院校签署了合作协议。',
          '台湾中医师公会代表表示，希望论坛推动两岸中医药界在人才和标准上进一步合作。',
        ],
      },
      engine,
    ).keywords.map((k) => k.word);
    expect(keywords.slice(0, 5)).toContain('海峡两岸中医药传承创新论坛');
    expect(keywords).toContain('中医药');
    expect(keywords).not.toContain('论坛');
  });
});
