import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisEngine } from '../../../utils/analysis/analyze-article';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';
import { segmentArticle } from '../../../utils/analysis/segment-article';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const paragraphs = [
  '中國臺灣網6月15日廈門訊（記者 張明）第十六屆海峽論壇大會15日在廈門舉行。臺灣各界代表約七千人出席。',
  '  ',
  '國民黨副主席表示，兩岸同胞應加強交流 合作，共同維護臺海和平。',
  'ECFA 早收清單 與 5G 產業，亦為焦點；“兩岸一家親”理念深入人心！',
];

describe('segmentArticle', () => {
  it('gives every sentence words that spell it out again, in the original script', () => {
    const sentences = segmentArticle(paragraphs, 'Hant', engine);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 2, 3]);
    for (const sentence of sentences) {
      expect(sentence.tokens.map((t) => t.word).join('')).toBe(sentence.text.replace(/\s/g, ''));
      expect(sentence.key).toHaveLength(sentence.text.length);
    }
    expect(sentences[0]!.text).toBe('第十六屆海峽論壇大會15日在廈門舉行。');
  });

  it('keys each word by its simplified form', () => {
    const words = segmentArticle(paragraphs, 'Hant', engine).flatMap((s) => s.tokens);
    expect(words.find((t) => t.word === '海峽論壇')?.key).toBe('海峡论坛');
    expect(words.find((t) => t.word === '兩岸同胞')?.key).toBe('两岸同胞');
  });

  it('numbers sentences across the article and marks paragraph openings', () => {
    const sentences = segmentArticle(paragraphs, 'Hant', engine);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(sentences.map((s) => s.opensParagraph)).toEqual([true, false, true, true]);
  });
});

describe('the tagger', () => {
  const tagOf = (text: string, word: string) => engine.tag(text).find((t) => t.word === word)?.tag;
  const tagged = (text: string) => engine.tag(text).map((t) => `${t.word}/${t.tag}`);

  it('takes a four-character “name” of jieba’s dictionary for the set phrase it is, but keeps real names', () => {
    expect(tagOf('台湾青年在大陆施展才华。', '施展才华')).toBe('l');
    expect(tagOf('据说公孙一清曾来过这里。', '公孙一清')).toBe('nr');
    expect(tagOf('国台办发言人朱凤莲表示。', '朱凤莲')).toBe('nr');
  });

  it('corrects words jieba’s dictionary lists as names or nouns (福祉 nr, 出力 n, 亲身 n)', () => {
    expect(tagOf('为增进两岸同胞福祉出力。', '福祉')).toBe('n');
    expect(tagOf('为增进两岸同胞福祉出力。', '出力')).toBe('v');
    expect(tagOf('希望今后能带更多年轻演员来学习。', '能带')).toBe('v');
    expect(tagOf('亲身感受大陆的发展变化。', '亲身')).toBe('d');
    expect(tagOf('对大陆职场有了直观认识。', '直观')).toBe('d');
    expect(tagOf('两岸青年共度中秋，博饼游戏乐翻天。', '乐翻天')).toBe('l');
    expect(tagOf('两岸航线将加密航班。', '加密')).toBe('v');
    expect(tagOf('燃煤量不减反增。', '不减反增')).toBe('l');
    expect(tagOf('周恩来总理曾关心两岸关系。', '周恩来')).toBe('nr');
    // Verbs it lists as nouns or places, or lacks.
    expect(tagOf('学历认证被卡住了。', '卡住')).toBe('v');
    expect(tagOf('出口降幅收窄。', '收窄')).toBe('v');
    expect(tagOf('陆客团至今未能恢复赴台。', '赴台')).toBe('v');
    expect(tagOf('台湾青年扎根基层。', '扎根')).toBe('v');
    // Common nouns it files as places.
    expect(tagOf('受台风影响，海关延长通关时间。', '台风')).toBe('n');
    expect(tagOf('受台风影响，海关延长通关时间。', '海关')).toBe('n');
    // Verb + object words it lists as nouns: what someone does, not a subject.
    expect(tagOf('台湾律师在平潭执业。', '执业')).toBe('v');
    expect(tagOf('项目主体结构顺利封顶。', '封顶')).toBe('v');
    expect(tagOf('马拉松比赛鸣枪开跑。', '鸣枪')).toBe('v');
    // Nouns it files as verbs or set phrases, which kept them from being candidates at all.
    expect(tagOf('台胞可凭台湾驾照换领大陆驾驶证。', '驾照')).toBe('n');
    expect(tagOf('人工智慧带动台湾出口。', '人工智慧')).toBe('n');
    expect(tagOf('两岸基础教育交流持续深化。', '基础教育')).toBe('n');
    expect(tagOf('台湾志愿者走进九龙江口红树林湿地。', '湿地')).toBe('n');
    expect(tagOf('乡镇诊所缺少医师。', '诊所')).toBe('n');
    expect(tagOf('岛内民意调查显示多数民众支持交流。', '民意调查')).toBe('n');
    expect(tagOf('屏东蕉农苦叹香蕉价格下跌。', '蕉农')).toBe('n');
    // Retagged only: jieba's cut around such a word stays its own.
    expect(engine.tag('双方决定重新建立联系。').map((t) => t.word)).toContain('重新');
  });

  it('knows Taiwan’s ministries and agencies as organisations (卫福部 and 疾管署 are HMM guesses to jieba)', () => {
    for (const agency of ['卫福部', '食药署', '疾管署'])
      expect(tagOf('据台湾卫福部食药署通报，疾管署表示将加强抽检。', agency)).toBe('nt');
    expect(tagOf('客委会与文化部合办客家文化节。', '客委会')).toBe('nt');
    expect(tagOf('省台港澳办与国家移民管理局联合发布便利措施。', '台港澳办')).toBe('nt');
    // And the island's own news words it lacks, which it cut or guessed (蓝营 x, 备转容量率 as 备转 + 容量 + 率).
    expect(engine.tag('在台移工人数再创新高。').map((t) => t.word)).toContain('移工');
    expect(tagOf('蓝营民代质疑电力调度，备转容量率一度跌破6%。', '蓝营')).toBe('nz');
    expect(tagOf('蓝营民代质疑电力调度，备转容量率一度跌破6%。', '备转容量率')).toBe('n');
    expect(tagOf('民进党当局倚美谋独，吸引陆资的政策一再收紧。', '倚美谋独')).toBe('nz');
    expect(tagOf('民进党当局倚美谋独，吸引陆资的政策一再收紧。', '陆资')).toBe('n');
    expect(tagOf('台湾护理师人力缺口扩大，消费者物价指数续涨。', '护理师')).toBe('n');
    expect(tagOf('台湾护理师人力缺口扩大，消费者物价指数续涨。', '消费者物价指数')).toBe('n');
    expect(tagOf('新青安贷款推升房价，离岸风电进度落后。', '新青安')).toBe('nz');
    expect(tagOf('新青安贷款推升房价，离岸风电进度落后。', '离岸风电')).toBe('n');
    expect(tagOf('台湾宫庙信众组团来湄洲进香。', '进香')).toBe('vn');
    expect(tagOf('台湾宫庙信众组团来湄洲进香。', '宫庙')).toBe('n');
    expect(engine.tag('社会新鲜人起薪偏低。').map((t) => t.word)).toContain('社会新鲜人');
    expect(tagOf('上海市市长龚正会见台湾企业家。', '龚正')).toBe('nr');
    // Taiwan's words for drunk driving, student loans and cyber security, which its HMM left as guesses or cut apart
    // (就学 v + 贷款), and the free trade port (自贸港), whose 自 made it look like a fragment.
    expect(tagOf('酒驾累犯将加重处罚。', '酒驾')).toBe('n');
    expect(tagOf('毕业生就学贷款负担加重。', '就学贷款')).toBe('n');
    expect(tagOf('资安产业人才短缺。', '资安')).toBe('n');
    expect(tagOf('海南自贸港全岛封关运作。', '自贸港')).toBe('n');
    expect(tagOf('民进党当局大搞认知作战。', '认知作战')).toBe('nz');
    // Reduplicated measure words it files as nouns, and seasons it files as places.
    expect(tagOf('民进党当局对两岸交流层层设卡。', '层层')).toBe('d');
    expect(tagOf('入夏以来台北气温屡创新高。', '入夏')).toBe('t');
    // Verbs and a set phrase it files as nouns or names, and a unit it files as a person.
    expect(tagOf('宋涛会见台湾客人。', '会见')).toBe('v');
    expect(tagOf('新开通的航线方便了台胞。', '新开通')).toBe('v');
    expect(tagOf('两岸青年齐聚一堂。', '齐聚一堂')).toBe('l');
    expect(tagOf('福州港完成集装箱吞吐量30万标箱。', '万标箱')).toBe('q');
  });

  it('keeps whole the mainland agencies and the terms of cross-strait trade (工信部 x, 国家 + 医保 + 局, 早收 + 清单)', () => {
    const text = '工信部、国家医保局和中国民航局相关负责人介绍，早收清单产品的关税减让仍在讨论。';
    for (const agency of ['工信部', '国家医保局', '中国民航局']) expect(tagOf(text, agency), agency).toBe('nt');
    for (const term of ['早收清单', '关税减让']) expect(tagOf(text, term), term).toBe('nz');
  });

  it('keeps whole the short names of the yearly fairs and cups (津台 + 会, 海 + 博会, 进 + 博会 to jieba)', () => {
    const text = '台商今年先后参加津台会、海博会和进博会，并报名第十届海峡杯帆船赛。';
    for (const fair of ['津台会', '海博会', '进博会', '海峡杯']) expect(tagOf(text, fair), fair).toBe('nz');
  });

  it('keeps whole the island politicians whose names hold a common word (杨 + 文科, 陈 + 光复, 李 + 四川)', () => {
    for (const person of ['杨文科', '陈光复', '李四川', '黄敏惠'])
      expect(tagOf(`新竹县长杨文科、澎湖县长陈光复、李四川和嘉义市长黄敏惠出席。`, person), person).toBe('nr');
    // The words inside them keep their own sense elsewhere.
    expect(tagOf('四川省台办举办文科学生交流活动。', '四川省')).toBe('ns');
  });

  it('knows the towns, islands and cities local news names as places (龙岩 n, 莺歌 i, 大连 d, 乌 + 来 to jieba)', () => {
    const text = '来自新北莺歌、乌来和龙岩、宁德的陶艺家齐聚大嶝岛，奋起湖的茶农也来了。';
    for (const place of ['莺歌', '乌来', '龙岩', '宁德', '奋起湖']) expect(tagOf(text, place), place).toBe('ns');
    // In the article's own script too: traditional text is tagged through its simplified form.
    const tokens = segmentArticle(['新北鶯歌的陶藝家前往龍岩交流。'], 'Hant', engine).flatMap((s) => s.tokens);
    expect(tokens.find((t) => t.word === '鶯歌')?.tag).toBe('ns');
    // And the mainland cities exchange stories travel to (大连 is an adverb to jieba, 张家界 a person).
    for (const city of ['大连', '张家界']) expect(tagOf('台湾青年赴大连和张家界参访。', city), city).toBe('ns');
    // A name with an everyday sense keeps jieba's reading: 淡水 is fresh water before it is a town.
    expect(tagOf('当地居民缺少淡水。', '淡水')).toBe('n');
  });

  it('takes set-phrase entries that name a thing for nouns (无人机, 不动产, 自贸区), but not idioms or counts', () => {
    expect(tagOf('台湾无人机业者看好合作前景。', '无人机')).toBe('n');
    expect(tagOf('台胞可办理不动产登记。', '不动产')).toBe('n');
    expect(tagOf('福建自贸区新增台资企业。', '自贸区')).toBe('n');
    expect(tagOf('两岸协商一度陷入僵局。', '陷入僵局')).toBe('l');
    expect(tagOf('近三成受访者表示支持。', '近三成')).toBe('l');
    expect(tagOf('他说难免会有困难。', '难免会')).toBe('l');
  });

  it('takes a “name” that opens with no surname for the common noun it is (凤梨, 师傅), but keeps persons', () => {
    expect(tagOf('台湾凤梨在大陆热销。', '凤梨')).toBe('n');
    expect(tagOf('老师傅现场演示制茶。', '老师傅')).toBe('n');
    expect(tagOf('孙中山先生的故居。', '孙中山')).toBe('nr');
    expect(tagOf('美国前总统克林顿到访。', '克林顿')).toBe('nr');
    expect(tagOf('国民党副主席周志远日前率团访问上海。', '周志远')).toBe('nr');
    // Common two-character words that open with a surname (康 of 康复, 许 of 许可), but not persons the site names.
    expect(tagOf('台胞在厦门康复医院就医，无需许可。', '康复')).toBe('n');
    expect(tagOf('台胞在厦门康复医院就医，无需许可。', '许可')).toBe('n');
    expect(tagOf('宋涛会见台湾客人。', '宋涛')).toBe('nr');
  });

  it('joins a surname and a rare word jieba files as a noun (陈 + 志豪), but not a common word (陈 + 同学)', () => {
    expect(tagged('来自高雄的医师陈志豪说，他已习惯这里。')).toContain('陈志豪/nr');
    expect(tagged('陈同学说，毛豆腐很好吃。')).toEqual(expect.arrayContaining(['同学/n', '豆腐/n']));
  });

  it('joins a person it cut before the last character (黄柏 + 凯: 黄柏 is a bark in its dictionary)', () => {
    const words = tagged('台湾导演黄柏凯表示，影展让他收获很多。');
    expect(words).toContain('黄柏凯/nr');
    expect(words).not.toContain('凯/nr');
  });

  it('joins a person its HMM stopped one character short (张以 + 晴, 刘定 + 邦), but not a place or a particle', () => {
    const speaking = tagged('来自台中的大学生张以晴说，她很喜欢成都。');
    expect(speaking).toContain('张以晴/nr');
    expect(speaking).not.toContain('张以/x');
    expect(tagged('退伍老兵刘定邦拄着拐杖回到老家。')).toContain('刘定邦/nr');
    expect(tagged('台湾青年郭子豪在安吉开了一家民宿。')).toContain('郭子豪/nr');
    // 郑家 is a surname + character pair its dictionary files as a given name (nrfg).
    expect(tagged('台湾厨师郑家豪一边揉面一边说。')).toContain('郑家豪/nr');
    // 马栏 + 山 is a hill in 长沙; 陈某 is a person the court leaves unnamed; 称 is what a person said.
    expect(tagged('两岸青年来到长沙马栏山参观。')).not.toContain('马栏山/nr');
    expect(tagged('法院查明，陈某的女儿长期在台湾生活。')).toContain('的/uj');
    expect(tagged('陈某称其不知情。')).toContain('称/v');
    expect(tagged('王伟称，今年订单增加。')).not.toContain('王伟称/nr');
  });

  it('joins a surname + character word of its dictionary (林家, the family) and one more character the text repeats', () => {
    const twice = tagged('台湾厨师林家豪表示，重庆人爱吃辣。林家豪，来自台中。');
    expect(twice).toContain('林家豪/nr');
    expect(twice).not.toContain('林家/n');
    // Once, it is the Lin family and what follows it.
    expect(tagged('台湾厨师林家豪表示，重庆人爱吃辣。')).toContain('林家/n');
    // A place word after it (范围 + 内) is no name's end, however often the text writes it.
    expect(tagged('范围内的水井都已封闭。范围内的农田改种旱作。')).not.toContain('范围内/nr');
  });

  it('joins a person whose surname it files as a measure word (张 q + 美惠) or whose last character as a morpheme', () => {
    expect(tagged('来自台中的游客张美惠和同伴们一起逛古城。')).toContain('张美惠/nr');
    expect(tagged('90后青年林冠廷前年来到厦门创业。')).toContain('林冠廷/nr');
    // After a numeral 张 counts sheets.
    expect(tagged('她拍了一张美丽的照片。')).toContain('美丽/a');
  });

  it('takes the persons its HMM finds for persons (许文彬), but not the places and events (金沙镇, 龙舟赛)', () => {
    expect(tagOf('来自台湾的许文彬在钦南区种火龙果。', '许文彬')).toBe('nr');
    expect(tagOf('队长林雅琴表示很期待。', '林雅琴')).toBe('nr');
    expect(tagOf('两岸龙舟赛在福州举行。', '龙舟赛')).toBe('n');
    expect(tagOf('金沙镇的居民前来观看。', '金沙镇')).toBe('n');
  });

  it('joins a person it cut into surname and given name (周 + 志远), and leaves other words alone', () => {
    const words = tagged('国民党副主席周志远日前率团访问上海。');
    expect(words).toContain('周志远/nr');
    expect(words).not.toContain('志远/nrfg');
    expect(
      engine
        .tag('国民党副主席周志远日前率团访问上海。')
        .map((t) => t.word)
        .join(''),
    ).toBe('国民党副主席周志远日前率团访问上海。');
  });

  it('mends X团 + 团长 that jieba cuts as X + 团团长, and keeps the text whole', () => {
    const line = '台湾布袋戏团团长表示，交流团团长和财政处处长也到场。';
    const words = engine.tag(line).map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['布袋戏团', '团长', '交流团', '财政处', '处长']));
    expect(words).not.toContain('团团长');
    expect(words).not.toContain('处处长');
    expect(words.join('')).toBe(line);
  });
});
