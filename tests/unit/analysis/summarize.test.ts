import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalysisEngine } from '../../../utils/analysis/analyze-article';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const summaryOf = (paragraphs: string[], title: string | null = null) =>
  analyzeArticle({ title, paragraphs, script: 'Hans', pageKeywords: [] }, engine).summary;

describe('summary', () => {
  it('is the article itself when the article is one sentence, however long', () => {
    const sentence = `据台湾媒体报道，${'台北、新北、宜兰等地宣布停班停课，'.repeat(12)}部分地区停电。`;
    expect([...sentence].length).toBeGreaterThan(200);
    expect(summaryOf([sentence])).toEqual([sentence]);
  });

  it('is the whole sentence of a one-sentence article that runs on with semicolons', () => {
    const sentence = `两岸航空公司新增航点：${'黄山、张家界、西安等地的直航航点陆续开通，'.repeat(4)}每周航班增至300班；${'台北、高雄、台中的旅客往来更加便利，'.repeat(4)}两岸民众出行选择更多。`;
    expect(summaryOf([sentence])).toEqual([sentence]);
  });

  it('leaves out the dateline of the lead', () => {
    expect(summaryOf(['中国台湾网7月24日讯（记者 张明）台风“凯米”24日晚在宜兰登陆。'])).toEqual([
      '台风“凯米”24日晚在宜兰登陆。',
    ]);
  });

  it('keeps press-conference questions out and answers attributed', () => {
    const summary = summaryOf(
      [
        '国务院台办14日举行例行新闻发布会。',
        '问：今年暑期有多少台湾青年来大陆实习？',
        '朱凤莲：今年暑期已有两千多名台湾青年报名参加大陆各地的实习活动。我们欢迎更多台湾青年来大陆追梦圆梦。',
        '问：海峡论坛何时举办？',
        '朱凤莲：第十七届海峡论坛将于6月中旬在厦门举办，欢迎台湾各界人士参加。',
      ],
      '国台办：欢迎台湾青年来大陆实习',
    );
    expect(summary.some((s) => s.startsWith('问'))).toBe(false);
    expect(summary.some((s) => /？$/.test(s))).toBe(false);
    // The second sentence of an answer carries its speaker, as the first does.
    expect(summary).toContain('朱凤莲：我们欢迎更多台湾青年来大陆追梦圆梦。');
    // Every sentence is an attributed answer, or the opening line that says who spoke where and when (editors open a
    // press conference's summary with it: "国台办发言人……在例行新闻发布会上表示").
    const [first, ...answers] = summary[0]!.startsWith('国务院台办') ? summary : ['', ...summary];
    expect(first === '' || first === '国务院台办14日举行例行新闻发布会。').toBe(true);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const sentence of answers) expect(sentence.startsWith('朱凤莲：')).toBe(true);
  });

  it('opens with the first sentences that carry the story, not with a scene-setting line before them', () => {
    const summary = summaryOf(
      [
        '一年之计在于春。春节过后，福建各地纷纷开展干部下基层调研走访活动，帮助农村群众解决春耕难题。',
        '干部下基层要取得实实在在的效果，必须坚持走心不走神。',
        '心诚则灵，心到则成。各地干部要把群众的冷暖放在心上，真心实意为群众办实事。',
      ],
      '干部下基层关键要走心',
    );
    expect(summary[0]).toBe('春节过后，福建各地纷纷开展干部下基层调研走访活动，帮助农村群众解决春耕难题。');
    expect(summary).not.toContain('一年之计在于春。');
    expect(summary).toContain('干部下基层要取得实实在在的效果，必须坚持走心不走神。');
  });

  // A feature's opening scene, even one naming the headline's city, says nothing of the story a reader came for.
  const feature = (opening: string) => [
    `${opening}今年46岁的陈建志来自台湾嘉义，2015年来到泉州开店，如今已有4家门店。`,
    '他把台湾的古早味点心与泉州的闽南小吃结合起来，研发出20多种新品。',
    '“泉州人爱吃甜，跟嘉义很像。”陈建志说，店里一半的员工是本地青年。',
    '泉州市台港澳办有关负责人表示，将继续为台胞在泉创业提供便利。',
  ];
  it.each([
    ['the hour', '清晨6点，泉州西街的一家点心铺已经排起长队，蒸笼里冒出阵阵热气。'],
    ['a short line of season and scenery', '初冬的泉州，刺桐花依旧火红。'],
  ])('leaves out a feature that opens on %s', (_, scene) => {
    const summary = summaryOf(feature(scene), '台湾点心师陈建志：在泉州做古早味');
    expect(summary.join('')).not.toContain(scene);
    expect(summary[0]).toBe('今年46岁的陈建志来自台湾嘉义，2015年来到泉州开店，如今已有4家门店。');
  });

  it.each([
    ['a news lead that opens on its hour', '凌晨3时许，台湾花莲县海域发生5.8级地震，全岛有感。'],
    [
      'a season line that names what goes on',
      '金秋时节，位于泉州的海峡两岸青年创业基地里一派忙碌景象，30多个台青团队正在赶制订单。',
    ],
  ])('keeps %s', (_, lead) => {
    expect(summaryOf(feature(lead), '台湾点心师陈建志：在泉州做古早味')[0]).toBe(lead);
  });

  it('drops a bare 答： label', () => {
    const summary = summaryOf([
      '问：海峡论坛何时举办？',
      '答：第十七届海峡论坛将于6月中旬在厦门举办。',
      '答：论坛将举办青年创业活动。',
    ]);
    expect(summary[0]).toBe('第十七届海峡论坛将于6月中旬在厦门举办。');
  });

  it('skips headings of a list and stays within 200 characters', () => {
    const paragraphs = [
      '商务部等部门日前发布措施，从市场准入、投资便利、金融支持等方面支持台资企业在大陆发展。',
      '一、市场准入',
      '支持台资企业平等参与政府采购和重大项目建设，享受与大陆企业同等待遇。',
      '二、金融支持',
      '为台资企业在大陆上市融资提供便利，鼓励金融机构加大对台资企业的信贷支持。',
      '据统计，目前在大陆投资的台资企业超过12万家，累计实际投资额超过700亿美元。',
    ];
    const summary = summaryOf(paragraphs, '多部门推出措施支持台资企业发展');
    expect(summary).not.toContain('一、市场准入');
    expect(summary).not.toContain('二、金融支持');
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect([...summary.join('')].length).toBeLessThanOrEqual(200);
    expect(summary[0]).toBe(paragraphs[0]);
  });

  it('skips the rows of a table that the text keeps as lines, even one that ends in a bracket', () => {
    const paragraphs = [
      '第二十届海峡两岸经贸交易会日前在福州闭幕，展会期间共签约合作项目一百余个。',
      '展区 参展企业（家）',
      '台湾精品馆 210',
      '主办方表示，本届展会首次设置线上展厅。',
    ];
    const summary = summaryOf(paragraphs, '海峡两岸经贸交易会成果发布');
    expect(summary).toEqual([paragraphs[0], paragraphs[3]]);
  });

  it('cuts a clause only when no whole sentence fits', () => {
    const long = `两岸${'经贸交流合作持续深化，'.repeat(20)}成果丰硕。`;
    const summary = summaryOf([long, long.replace('两岸', '海峡')]);
    expect(summary).toHaveLength(1);
    expect([...summary[0]!].length).toBeLessThanOrEqual(200);
    expect(summary[0]).toMatch(/…$/);
  });

  it('is empty for an empty article', () => {
    expect(analyzeArticle({ title: null, paragraphs: [], script: 'Hans', pageKeywords: [] }, engine)).toEqual({
      summary: [],
      keywords: [],
      charCount: 0,
      readingMinutes: 0,
      warnings: [],
    });
  });
});
