import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeArticle,
  keywordInput,
  type AnalysisEngine,
  type AnalysisInput,
} from '../../../utils/analysis/analyze-article';
import { metaKeywordScore, rankKeywords, tfIdfChips } from '../../../utils/analysis/extract-keywords';
import { endsInHead } from '../../../utils/analysis/full-names';
import { collectCandidates } from '../../../utils/analysis/keyword-candidates';
import { KEYWORD_WEIGHTS } from '../../../utils/analysis/keyword-weights';
import { PEOPLE_GROUPS, SITE_WORDS } from '../../../utils/analysis/site-dictionary';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const article: AnalysisInput = {
  title: '昆山台资企业上半年进出口额同比增长8%',
  script: 'Hans',
  pageKeywords: [],
  paragraphs: [
    '中新社昆山7月10日电（记者 王晨）今年上半年，昆山台资企业实现进出口总额约1500亿元，同比增长8%，占全市外贸总额的六成以上。',
    '昆山是大陆台资企业最集中的地区之一，累计批准台资项目超过5000个。昆山持续深化两岸产业合作，推动台资企业转型。',
    '昆山市台办负责人表示，将继续落实惠台政策，为台资企业提供支持。',
  ],
};
/** The keyword candidates of a simplified-script article, before ranking. */
function candidatesOf(title: string, paragraphs: string[]) {
  const prepared = keywordInput({ title, script: 'Hans', pageKeywords: [], paragraphs }, engine);
  return collectCandidates([prepared.title, ...prepared.sentences], prepared.title.key, engine.idf, KEYWORD_WEIGHTS);
}

const words = (input: AnalysisInput) => analyzeArticle(input, engine).keywords.map((k) => k.word);

describe('keywords', () => {
  it('name the subject first: the firms and the place', () => {
    expect(words(article).slice(0, 2).sort()).toEqual(['台资企业', '昆山']);
  });

  it('never show numbers, single characters, credits or site boilerplate', () => {
    for (const word of words(article)) {
      expect([...word].length).toBeGreaterThan(1);
      expect(word).not.toMatch(/^[\d.%亿万元年月日]+$/);
      expect(['中新社', '记者', '王晨', '中国台湾网']).not.toContain(word);
    }
  });

  it('keep the words inside a better keyword only where the eval asks to (keepRepeats)', () => {
    const prepared = keywordInput(article, engine);
    const keys = (chips: { key: string }[]) => chips.map((c) => c.key);
    const shipped = keys(tfIdfChips(prepared, engine.idf));
    const repeats = keys(tfIdfChips(prepared, engine.idf, KEYWORD_WEIGHTS, true));
    expect(shipped).toContain('台资企业');
    expect(shipped).not.toContain('台资');
    // 台资 of 台资企业 and 台资项目: shipped, the phrase stands for it; kept, both show and the loose match credits both.
    expect(repeats).toEqual(expect.arrayContaining(['台资企业', '台资']));
  });

  it('keep one chip per subject: none sits inside a better one, and one around a better one is a full name', () => {
    const list = words(article);
    list.forEach((better, i) => {
      for (const worse of list.slice(i + 1)) {
        expect(better.includes(worse)).toBe(false);
        // 昆山市台办 beside 昆山: an institution of the place, not the place again.
        if (worse.includes(better)) expect(endsInHead(worse)).toBe(true);
      }
    });
    expect(list).toContain('昆山市台办');
  });

  it('keep a term the article puts in quotes whole', () => {
    const list = words({
      title: '国台办：赖清德鼓吹“新两国论”是挑衅',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['国务院台办发言人陈斌华表示，赖清德的言论是赤裸裸的“新两国论”，暴露其“台独”立场。'],
    });
    expect(list).toContain('新两国论');
    expect(list).toContain('陈斌华');
    // 国务院台办 in the text and 国台办 in the title are one organisation, shown by its short name.
    expect(list).toContain('国台办');
    expect(list).not.toContain('国务院台办');
  });

  it('show the travel permit once, as 台胞证, where the article also writes its full legal name', () => {
    const list = words({
      title: '台胞来大陆：持台胞证办事的几件事',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '台湾居民来往大陆通行证（台胞证）在各领域的使用越来越便利。',
        '购买火车票时，证件类型可选择“台湾居民来往大陆通行证”，持台胞证即可刷证进站。',
      ],
    });
    expect(list).toContain('台胞证');
    expect(list).not.toContain('台湾居民来往大陆通行证');
  });

  it('show a subject the article spells two ways (台胞, 台湾同胞) once, as the article spells it most often', () => {
    const list = words({
      title: '福州为台胞就医开通绿色通道',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '福州市卫健委介绍，全市二级以上医院已为台湾同胞开设专门挂号窗口，台湾同胞可凭居住证在线预约。',
        '医院负责人说，不少台湾同胞在福州长期工作生活，看病就医的需求越来越多，医院安排了熟悉闽南话的导诊员。',
        '今年以来，已有两千多名台湾同胞通过绿色通道就诊。',
      ],
    });
    expect(list).toContain('台湾同胞');
    expect(list).not.toContain('台胞');
  });

  it('show a clipping (台企) under the full phrase the article also writes, once, even inside 台胞台企 or a meta keyword', () => {
    const paragraphs = [
      '福建省商务厅介绍，前三季度台资企业在闽新增投资项目120个，台企投资持续活跃。',
      '福州海关表示，将为台企提供通关便利，支持台资企业拓展大陆市场。',
    ];
    const list = words({ title: '台资企业在闽投资持续活跃', script: 'Hans', pageKeywords: ['台企'], paragraphs });
    expect(list.slice(0, 2)).toContain('台资企业');
    expect(list).not.toContain('台企');

    const both = words({
      title: '浙江出台实施细则 台胞台企在浙享受同等待遇',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '浙江省台办日前印发实施细则，台胞台企在浙江投资兴业享受同等待遇。',
        '细则明确，台资企业可参与政府采购，台资企业在融资、用地等方面与本地企业一视同仁。',
        '浙江省台办表示，将持续为台胞台企排忧解难，让台胞台企安心发展。',
      ],
    });
    expect(both).toContain('台胞台企');
    // Nor 台资, the piece of 台资企业 left over once 台胞台企 stands for it.
    expect(both.filter((w) => w !== '台胞台企' && /台资|台企/.test(w))).toEqual([]);
  });

  it('show 台企 under 台湾企业 where that is the phrase the article writes', () => {
    const list = words({
      title: '台湾学者：两岸经济融合发展惠及台湾企业',
      script: 'Hans',
      pageKeywords: ['台企'],
      paragraphs: [
        '台湾学者在研讨会上表示，大陆市场为台湾企业提供了广阔空间，台企在大陆的投资持续增长。',
        '他说，台湾企业应把握两岸经济融合发展的机遇，台企与大陆企业合作前景广阔。',
      ],
    });
    expect(list).toContain('台湾企业');
    expect(list).not.toContain('台企');
  });

  it('show the phrase, not the site-wide word inside it (台湾经济主管部门, not 台湾 + 主管部门)', () => {
    const list = words({
      title: '台湾8月外销订单同比增长14.2%',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '据台湾媒体报道，台湾经济主管部门20日公布，8月外销订单金额同比增长14.2%，人工智能需求是主要动力。',
        '台湾经济主管部门表示，台湾资讯通信产品订单大增，传统产业订单仍然疲弱，台湾经济冷热不均。台湾业者对第四季度看法保守。',
      ],
    });
    expect(list).toContain('台湾经济主管部门');
    expect(list).not.toContain('台湾');
    expect(list).not.toContain('主管部门');
  });

  it("keep Taiwan's legislature whole as an institution (jieba files 立法院 as a set phrase)", () => {
    const list = words({
      title: '國民黨團批民進黨當局漠視立法院決議',
      script: 'Hant',
      pageKeywords: [],
      paragraphs: ['國民黨立法院黨團昨日表示，民進黨當局拒不執行立法院通過的決議，立法院將再次要求行政部門說明。'],
    });
    expect(list).toContain('立法院');
  });

  it("merge the page's meta keywords, in the page's order, even one the text lacks", () => {
    const list = words({ ...article, pageKeywords: ['台商', '昆山'] });
    expect(list).toContain('台商');
    expect(list.indexOf('昆山')).toBeLessThan(list.indexOf('台商'));
  });

  it("rank a meta keyword the headline does not use below the headline's subjects, and still show it", () => {
    const prepared = keywordInput({ ...article, pageKeywords: ['惠台政策', '昆山'] }, engine);
    // TF-IDF's own order (no re-ranker): the meta keyword weights act there.
    const order = (w: typeof KEYWORD_WEIGHTS) => rankKeywords(prepared, engine.idf, w, null).map((k) => k.word);
    const shipped = order(KEYWORD_WEIGHTS);
    expect(shipped.slice(0, 2).sort()).toEqual(['台资企业', '昆山']);
    expect(shipped.slice(0, 5)).toContain('惠台政策');
    // Ranked like a headline tag, the page's first meta keyword would lead.
    expect(order({ ...KEYWORD_WEIGHTS, metaOutsideTitle: 1 })[0]).toBe('惠台政策');
  });

  it('rank a meta keyword the text never uses below the subjects the text names, and still show it', () => {
    // 两岸经贸 is the site's standing tag for trade stories; this text says 进出口, 昆山市台办 and 惠台政策 instead.
    const list = words({ ...article, pageKeywords: ['两岸经贸', '昆山'] });
    expect(list).toContain('两岸经贸');
    for (const named of ['进出口额', '昆山市台办', '惠台政策'])
      expect(list.indexOf('两岸经贸')).toBeGreaterThan(list.indexOf(named));
  });

  it('never offer a generic newswire noun, even one the page lists in its meta keywords', () => {
    const list = words({
      title: '两岸电影票房同比增长三成',
      script: 'Hans',
      pageKeywords: ['发布会', '金马奖'],
      paragraphs: [
        '今年上半年大陆上映台湾电影二十部，同比增长三成，观影人数创下新高。',
        '业内人士认为，两岸合拍片题材更加多元，吸引了更多年轻观众，观影人数还将增加。',
      ],
    });
    for (const generic of ['同比', '人数', '发布会', '人士', '业内人士']) expect(list).not.toContain(generic);
    expect(list).toContain('金马奖');
    const fair = words({
      title: '海峡两岸茶业博览会在武夷山开幕',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '海峡两岸茶业博览会今天在武夷山开幕。主办方介绍，本届展会新闻报道和网上话题热度创新高，官网访问量过百万。',
        '主办方表示，两岸茶商的新闻发布和话题讨论吸引了众多茶友，线上访问量持续攀升。',
      ],
    });
    for (const generic of ['主办方', '新闻', '话题', '访问量']) expect(fair).not.toContain(generic);
    expect(fair).toContain('武夷山');
    const prices = words({
      title: '台湾10月消费者物价指数年增2.1%',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '据台湾媒体报道，台湾主计总处7日公布，10月消费者物价指数年增2.1%，外食费涨幅居前。',
        '媒体报道指出，房租与外食费持续上涨，民众生活压力加大。另据媒体报道，主计总处预计全年涨幅约2%。',
      ],
    });
    expect(prices).not.toContain('媒体报道');
    expect(prices).toContain('主计总处');
    const port = words({
      title: '福州港对台集装箱航线班次加密',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '福州港今年前十月集装箱吞吐量同比增长一成，对台航线班次增至每周12班，港口产值创历史纪录。',
        '港口负责人说，吞吐量和产值双双创下纪录，班次加密方便了两岸货主，不少长者也乘船往来。',
      ],
    });
    for (const measure of ['吞吐量', '班次', '产值', '纪录', '长者']) expect(port).not.toContain(measure);
    // 园区 refers back to a park the article names (漳浦台湾农民创业园), as 该园区; it names none itself.
    const park = words({
      title: '漳浦台湾农民创业园蝴蝶兰热销',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '漳浦台湾农民创业园的蝴蝶兰近日进入销售旺季，园区内台资花企订单不断。',
        '园区负责人说，园区今年新增台资企业五家，园区蝴蝶兰远销日本。',
      ],
    });
    expect(park).not.toContain('园区');
    expect(park).toContain('蝴蝶兰');
    expect(port).toContain('集装箱');
  });

  it('keep a compound of two dictionary nouns whole when the headline uses it, even once', () => {
    const list = words({
      title: '两岸电影票房同比增长三成',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['今年上半年大陆上映台湾电影二十部，观众反响热烈。', '两岸合拍片题材更加多元。'],
    });
    expect(list[0]).toBe('两岸电影票房');
  });

  it('keep an event name of three nouns whole when the article repeats it', () => {
    const list = words({
      title: '海峡两岸图书交易会今年移师泉州',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['海峡两岸图书交易会将于11月在泉州举行，展出两岸新书数万种。', '主办方说，出版业界期待已久。'],
    });
    expect(list).toContain('海峡两岸图书交易会');
    expect(list).not.toContain('图书交易会');
  });

  it('take 青年 for the noun it is (jieba files it as a time word), so the names it stands in form', () => {
    const keys = candidatesOf('福州新增两家青年创业基地', [
      '福州新增两家青年创业基地。',
      '青年创业基地为台湾青年提供免费场地。',
    ]).map((c) => c.key);
    expect(keys).toContain('青年创业基地');
  });

  it('let 对台 and 涉台 open a name (对台小额商品交易市场) but never stand alone', () => {
    const list = words({
      title: '平潭对台小额商品交易市场人气旺',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '端午前后，平潭对台小额商品交易市场人潮涌动，对台小额商品交易市场的台湾商品销售火爆。',
        '平潭法院今年审结涉台案件百余件，涉台纠纷调解成功率提升。',
      ],
    });
    expect(list).toContain('对台小额商品交易市场');
    expect(list).not.toContain('对台');
    expect(list).not.toContain('涉台');
  });

  it('weigh a group of people (台胞) as a common noun alone, as a name inside the name it opens (台胞台企)', () => {
    const candidates = candidatesOf('台胞台企在浙享受同等待遇', [
      '浙江出台细则，台胞台企在浙投资兴业享受同等待遇。',
      '浙江省台办表示，将为台胞台企排忧解难，台胞可随时咨询。',
    ]);
    const weightOf = (key: string) => candidates.find((c) => c.key === key)?.weight;
    expect(weightOf('台胞')).toBeLessThanOrEqual(KEYWORD_WEIGHTS.tagWeight.n!);
    expect(weightOf('台胞台企')).toBe(KEYWORD_WEIGHTS.tagWeight.nz);
    // Every group is a site word too, so that jieba keeps it whole.
    for (const group of PEOPLE_GROUPS) expect(SITE_WORDS.get(group), group).toBe('nz');
  });

  it('never offer a piece of a name cut off where the article never cuts it', () => {
    const compounds = (title: string, paragraphs: string[]) =>
      candidatesOf(title, paragraphs)
        .filter((c) => c.kind === 'compound')
        .map((c) => c.key);
    // Always followed by 病例: 台南登革热本土 is the longer compound cut short.
    const dengue = compounds('台南登革热本土病例持续攀升', [
      '台南市卫生局通报，台南登革热本土病例本周新增12例，累计达86例。',
      '卫生部门提醒，台南登革热本土病例多集中在中西区，民众应清除积水。',
    ]);
    expect(dengue).toContain('台南登革热本土病例');
    expect(dengue).not.toContain('台南登革热本土');
    // A bridge or a district ends a name (厦金大桥), though jieba's dictionary files 大桥 as a place.
    const bridge = compounds('厦金大桥建设稳步推进', ['厦金大桥全长约17公里，建成后厦金大桥将连接两地。']);
    expect(bridge).toContain('厦金大桥');
    // Written only inside the festival's full name, longer than any compound.
    const festival = compounds('第十六届海峡两岸保生大帝文化旅游节在厦门海沧开幕', [
      '第十六届海峡两岸保生大帝文化旅游节16日在厦门市海沧区青礁慈济祖宫开幕，两岸信众千余人参加。',
      '本届海峡两岸保生大帝文化旅游节为期三天，包括祭典、民俗展演和研学活动。',
      '保生大帝信俗是两岸共同的民间信仰。',
    ]);
    expect(festival).toContain('保生大帝');
    for (const piece of ['海峡两岸保生', '大帝文化', '海峡两岸保生大帝文化', '保生大帝文化旅游节']) {
      expect(festival).not.toContain(piece);
    }
    // 22人龙舟 is a crew size and a boat: 人 starts no name.
    const race = compounds('两岸龙舟赛在厦门集美落幕', [
      '高雄队夺得男子22人龙舟200米直道赛冠军。',
      '本届比赛设男子、女子22人龙舟以及12人龙舟等6个项目。',
    ]);
    expect(race).not.toContain('人龙舟');
  });

  it('end a name in what it names, not in a place it runs to (京台高铁 + 福州 of 京台高铁福州至平潭段)', () => {
    const list = words({
      title: '京台高铁福州至平潭段累计发送旅客破千万人次',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '记者从铁路部门获悉，京台高铁福州至平潭段开通运营以来累计发送旅客突破1000万人次。',
        '京台高铁福州至平潭段于2020年12月26日开通，平潭站扩能工程正在加紧推进。',
      ],
    });
    expect(list).toContain('京台高铁');
    expect(list).not.toContain('京台高铁福州');
  });

  it('take a verb of the headline that the text repeats, counting it inside longer words (招聘会, 招聘岗位)', () => {
    const list = words({
      title: '福建多地举办台胞专场招聘',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '福州、厦门、泉州等地本周举办台胞专场招聘会，提供岗位三千余个。',
        '招聘岗位涵盖电子信息、文化创意和医疗护理。',
      ],
    });
    expect(list.slice(0, 5)).toContain('招聘');
  });

  it('never offer the ceremony a headline reports (开幕, 开营) or a group referred to in the plural (营员们)', () => {
    const list = words({
      title: '京台青年暑期研习营在北京开营',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '京台青年暑期研习营7月8日在北京开营，百余名台湾大学生参加开营仪式。',
        '营员们将走访故宫、长城，与北京高校学生交流。营员们表示期待此行。开营当天，营员们还参观了国家博物馆。',
      ],
    });
    expect(list).toContain('京台青年暑期研习营');
    expect(list).not.toContain('开营');
    expect(list.filter((w) => w.endsWith('们'))).toEqual([]);
    // Nor when jieba leaves the ceremony out of its dictionary (闭营) or names it with a noun (颁奖仪式).
    const closing = words({
      title: '台商子女夏令营在昆山闭营',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '台商子女夏令营20日在昆山闭营，闭营仪式上营员表演了昆曲。',
        '夏令营期间，营员走访周庄，闭营时依依不舍。',
      ],
    });
    expect(closing).toContain('台商子女夏令营');
    expect(closing.filter((w) => /闭营|仪式/.test(w))).toEqual([]);
    // The start of a race is its ceremony too (开赛).
    const race = words({
      title: '环平潭岛自行车赛开赛',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '环平潭岛自行车赛15日开赛，两岸百余名车手参赛。',
        '开赛当天，车手沿环岛路骑行，开赛仪式在北港举行。',
      ],
    });
    expect(race).not.toContain('开赛');
  });

  it('drop a word the tagger guessed only once, even in the headline', () => {
    const list = words({
      title: '两岸青年追梦筑梦',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['两岸青年在厦门交流创业经验。', '两岸青年表示收获很多。'],
    });
    for (const word of list) expect(['追梦筑', '筑梦']).not.toContain(word);
  });

  it('show a name once when the article uses it both in full and in short (台湾学生, 台生)', () => {
    const list = words({
      title: '台湾学生赴大陆参加夏令营',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '来自台湾的两百名台湾学生日前抵达北京，参加两岸青少年夏令营。',
        '台生们表示，这次活动让他们对大陆有了新的认识，多名台生希望明年再来。',
      ],
    });
    expect(list.filter((word) => word === '台湾学生' || word === '台生')).toHaveLength(1);
  });

  it('rank the items of an enumeration below the subject, unless the article also names one on its own', () => {
    const trade: AnalysisInput = {
      title: '前三季度两岸贸易额增长6%',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '海关总署10月14日发布数据，前三季度两岸贸易额同比增长6%。集成电路仍是大陆自台湾进口的最大宗商品。',
        '机电产品、光学仪器和塑料原料的进口也保持增长，两岸产业链联系紧密。',
      ],
    };
    const listed = ['机电产品', '光学仪器', '塑料原料'];
    const top = words(trade).slice(0, 4);
    for (const item of listed) expect(top).not.toContain(item);
    expect(top).toContain('集成电路');
    // Named on its own once more, an item is a subject again: among the first five (8th when only listed), above
    // the items the article still only lists. Whether it also passes 进口 is the re-ranker's call, refitted per set.
    const alone = { ...trade, paragraphs: [...trade.paragraphs, '业内人士认为，光学仪器将成为新的增长点。'] };
    const ranked = words(alone);
    const place = (word: string) => (ranked.includes(word) ? ranked.indexOf(word) : ranked.length);
    expect(place('光学仪器')).toBeLessThan(5);
    for (const item of ['机电产品', '塑料原料']) expect(place('光学仪器')).toBeLessThan(place(item));
  });

  it('never offer a verb and its complement the HMM guessed at (喝上), alone or in a compound (喝上家乡)', () => {
    const list = words({
      title: '九旬台湾老兵回乡记：“这回，终于喝上家乡的擂茶了”',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '九旬台湾老兵刘定邦日前回到湖南桃江老家，与亲人团聚。',
        '刘定邦捧着碗说：“在台湾想了七十多年，这回终于喝上家乡的擂茶了。”',
      ],
    });
    expect(list.filter((w) => w.includes('喝上'))).toEqual([]);
    expect(list).toContain('刘定邦');
  });

  it('never offer “come to” a province, a per-unit count or a cut-off phrase the HMM guessed at (来川, 每单, 先租后)', () => {
    const list = words({
      title: '四川出台新政吸引台湾青年来川就业',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '四川省台办日前发布措施，欢迎更多台湾青年来川就业创业，来川实习的台湾青年每单补贴五百元。',
        '据介绍，去年来川就业的台湾青年超过两千人，每单补贴由所在高校发放。',
      ],
    });
    expect(list.filter((w) => w.startsWith('来') || w.startsWith('每'))).toEqual([]);
    expect(list).toContain('四川省台办');
    // Nor the half of a four-character policy phrase the HMM cut before its last verb (先租后 + 让).
    const land = words({
      title: '滁州推行先租后让供地方式',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['滁州推行先租后让、租让结合的供地方式，先租后让期限最长五年，台资企业用地成本下降。'],
    });
    expect(land.filter((w) => w.includes('先租后'))).toEqual([]);
  });

  it('count a word by its uses in the text: the headline adds the title boost, not another use', () => {
    // Boosts off, so only term frequency separates the two headlines: one names 凤梨 (said once in the text), the
    // other a fruit the text never names. 果农, said twice and never in a headline, is the yardstick.
    const neutral = { ...KEYWORD_WEIGHTS, titleBoost: 1, titleOutsideLeadBoost: 1, leadBoost: 1 };
    const paragraphs = [
      '海关总署宣布恢复台湾部分农产品输入，岛内果农期待订单回升。',
      '业内人士说，此前受影响的凤梨已有少量获准输入，果农希望其他品类也能尽快恢复。',
    ];
    const relative = (title: string, word: string) => {
      const ranked = rankKeywords(
        keywordInput({ title, script: 'Hans', pageKeywords: [], paragraphs }, engine),
        engine.idf,
        neutral,
        null,
      );
      const score = (w: string) => ranked.find((k) => k.word === w)?.score ?? NaN;
      return score(word) / score('果农');
    };
    const named = relative('大陆恢复输入凤梨', '凤梨');
    const unnamed = relative('大陆恢复输入莲雾', '凤梨');
    expect(named).toBeGreaterThan(0);
    // Scores come rounded to three places.
    expect(named).toBeCloseTo(unnamed, 2);
  });

  it('boost a headline word less when the lead does not repeat it (险境, said again only in the closing line)', () => {
    const commentary: AnalysisInput = {
      title: '执意高价军购 民进党当局把台湾推向险境',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '民进党当局近日又宣布一笔对美军购，金额高达数十亿美元，岛内舆论哗然。',
        '有学者指出，高价军购挤占了民生预算，台湾基层民众的负担越来越重。',
        '国台办发言人朱凤莲表示，“以武谋独”是死路一条，朱凤莲强调，军购买不来安全。',
        '民进党当局若执迷不悟，只会把台湾推向兵凶战危的险境，这样的险境是岛内民众最不愿看到的。',
      ],
    };
    const prepared = keywordInput(commentary, engine);
    const scores = (ranked: ReturnType<typeof rankKeywords>) => new Map(ranked.map((k) => [k.word, k.score]));
    // TF-IDF's scores (no re-ranker), where the boosts act.
    const shipped = scores(rankKeywords(prepared, engine.idf, KEYWORD_WEIGHTS, null));
    const flat = scores(
      rankKeywords(
        prepared,
        engine.idf,
        { ...KEYWORD_WEIGHTS, titleOutsideLeadBoost: KEYWORD_WEIGHTS.titleBoost },
        null,
      ),
    );
    const ratio = KEYWORD_WEIGHTS.titleOutsideLeadBoost / KEYWORD_WEIGHTS.titleBoost;
    expect(ratio).toBeLessThan(1);
    expect(shipped.get('险境')! / flat.get('险境')!).toBeCloseTo(ratio, 2);
    // Headline words the lead repeats keep the full boost.
    for (const word of ['民进党当局', '高价军购']) expect(shipped.get(word)).toBe(flat.get(word));
    // The spokeswoman the story quotes now ranks above the headline's closing image; with one boost for every
    // headline word she did not.
    const order = (m: Map<string, number>) => [...m.keys()];
    expect(order(shipped).indexOf('朱凤莲')).toBeLessThan(order(shipped).indexOf('险境'));
    expect(order(flat).indexOf('朱凤莲')).toBeGreaterThan(order(flat).indexOf('险境'));
  });

  it('keep the Taiwan firms the news names whole (jieba alone cuts 台积电 into 台积 + 电)', () => {
    const list = words({
      title: '台股收涨 台积电领涨',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['台湾加权指数今日上涨1.2%，权值股台积电涨2.5%，联发科、鸿海同步走高。'],
    });
    expect(list.slice(0, 3)).toContain('台积电');
    expect(list).not.toContain('台积');
  });

  it('never offer a count (两百人) or an adverb + verb phrase that jieba lists as a noun (持续增长, 明显增加)', () => {
    const list = words({
      title: '台湾高校学生赴大陆实习人数持续增长',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '今年寒假赴大陆实习的台湾高校学生达两百人，实习人数持续增长，较去年同期明显增加。',
        '两百人分赴厦门、深圳等地实习，实习人数持续增长的势头明显增加了企业的信心。',
      ],
    });
    for (const phrase of ['两百人', '持续增长', '明显增加']) expect(list).not.toContain(phrase);
    expect(list).toContain('实习');
  });

  it('keep the names of heritage and its bearers whole (jieba alone cuts 非遗传承人 into 非 + 遗传 + 承人)', () => {
    const list = words({
      title: '两岸非遗传承人在泉州交流木偶戏技艺',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['两岸非遗传承人日前在泉州同台表演提线木偶戏。', '非遗传承人表示，木偶戏是两岸共同的文化记忆。'],
    });
    expect(list.slice(0, 3)).toContain('非遗传承人');
    for (const piece of ['遗传', '承人']) expect(list).not.toContain(piece);
  });

  it('never glue the English words of a Chinese article together (Acer Labs is not AcerLabs)', () => {
    const list = words({
      title: 'Acer Labs在厦门设立研发中心',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['Acer Labs日前宣布在厦门设立研发中心。', 'Acer Labs相关负责人表示，看好大陆市场。'],
    });
    expect(list.some((word) => /[A-Za-z]{2,}[A-Z]/.test(word))).toBe(false);
  });

  it('join Latin letters to the Chinese noun they open (AI服务器), but not across a space', () => {
    const paragraphs = [
      '中国台湾网6月3日讯 多家台资AI服务器企业近日落户贵安新区，AI服务器产能持续扩大。',
      '业内人士表示，AI服务器需求旺盛，带动黔台数字经济合作。',
    ];
    const joined = words({ title: '台资AI服务器企业布局贵安新区', script: 'Hans', pageKeywords: [], paragraphs });
    expect(joined).toContain('AI服务器');
    const apart = candidatesOf(
      '台资企业布局贵安新区',
      paragraphs.map((p) => p.replaceAll('AI服务器', 'AI 服务器')),
    ).map((c) => c.key);
    expect(apart).not.toContain('AI服务器');
  });

  // The role is written only before the name, as in many profiles: the pair must not hide it.
  it('show a role and the person who holds it (台湾果农陈文宏) as two chips, not one', () => {
    const list = words({
      title: '台湾果农陈文宏：在平和种了二十年蜜柚',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '新华社福州10月8日电 走进平和县的蜜柚果园，台湾果农陈文宏正忙着采摘。',
        '陈文宏说，平和的气候适合种蜜柚，这些年收成一年比一年好。',
        '陈文宏还带着当地乡亲一起改良品种，把蜜柚卖到了全国各地。',
      ],
    });
    expect(list).toContain('陈文宏');
    expect(list).toContain('台湾果农');
    expect(list).not.toContain('台湾果农陈文宏');
  });

  // Written 北大 more often than 北京大学, the university still goes by its full name.
  it('count a university’s short form (北大) under the full name the article also gives (北京大学)', () => {
    const list = words({
      title: '京台青年暑期研习营在北京大学开营',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '中国台湾网7月15日讯 京台青年暑期研习营14日在北京大学开营，60余名台湾大学生参加。',
        '营员们将在北大听课、参访，北大教授为他们讲授中华文化。',
        '一名台湾大学生说，北大的校园很美，北大的老师很热情。',
      ],
    });
    expect(list).toContain('北京大学');
    expect(list).not.toContain('北大');
  });

  it('take a quoted remark for a voice, not a name (“冷热不均”, “经济压力太大”), but keep a quoted coined term', () => {
    const list = words({
      title: '台湾出口“冷热不均” 传统产业订单连续下滑',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '据台湾媒体报道，台湾外销订单呈现“冷热不均”，电子产品订单增长，传统产业订单连续下滑。',
        '有业者直言“经济压力太大”，传统产业只能靠“缺工补贴”撑下去。传统产业业者盼当局正视“冷热不均”。',
      ],
    });
    for (const remark of ['冷热不均', '经济压力太大']) expect(list).not.toContain(remark);
    expect(list).toContain('缺工补贴');
    expect(list).toContain('传统产业');
  });

  it('never offer a verb or a common noun that jieba lists as a name, place or abbreviation (深化 j, 同台 n, 越冬 nr)', () => {
    const list = words({
      title: '两岸布袋戏剧团泉州献艺 深化交流',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '两岸布袋戏剧团日前在泉州同台演出，双方表示将深化交流。黑脸琵鹭已在厦门越冬，越冬数量创新高。',
        '剧团负责人说，同台演出让两岸观众看到布袋戏的传承，今后将继续深化合作。越冬的黑脸琵鹭吸引众多游客。',
      ],
    });
    for (const verb of ['深化', '同台', '越冬']) expect(list).not.toContain(verb);
    expect(list.some((word) => word.includes('布袋戏'))).toBe(true);
  });

  it('never offer a guess of the tagger that starts with a preposition (自台 of 自台进口)', () => {
    const list = words({
      title: '福州海关：前三季度自台进口农产品增长',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '记者从福州海关获悉，前三季度福建自台进口农产品12.3亿元，同比增长9.6%。',
        '其中自台进口水果3.1亿元，凤梨、释迦等台湾水果深受消费者欢迎。',
      ],
    });
    expect(list).not.toContain('自台');
    expect(list).toContain('福州海关');
  });

  // Words jieba misfiles or cuts wrong, each with the text that shows it and a word that must still be a candidate.
  it.each([
    {
      what: 'a noun glued to a verb jieba files as a noun (办理 n, 曝光 nz, 回大陆 nz) or to a fragment (致人)',
      title: '台湾居民跨海办理继承 事件曝光后引关注',
      paragraphs: [
        '台湾居民跨海办理继承手续，事件曝光后，不少台湾同胞回大陆咨询。',
        '律师说，台湾居民跨海办理继承越来越方便；事件曝光让更多台湾同胞回大陆办事。',
        '酒驾致人死亡者将加重处罚，酒驾致人死亡者最重可处无期徒刑。',
      ],
      never: ['台湾居民跨海办理', '事件曝光', '台湾同胞回大陆', '致人死亡者', '致人'],
      still: '台湾居民',
    },
    {
      what: 'the praise words of event prose (新机遇, 硕果, 高质量) or 比达 of 占比达',
      title: '两岸企业家共话新机遇',
      paragraphs: [
        '与会嘉宾认为，两岸产业合作迎来新机遇，高质量发展结出硕果。',
        '企业家表示，要抓住新机遇，推动高质量合作；去年调解结案占比达46%，今年占比达52%，硕果累累。',
      ],
      never: ['新机遇', '硕果', '高质量', '嘉宾', '比达'],
      still: '企业家',
    },
    {
      what: '对美 of 对美出口 or the 芮氏 of a magnitude',
      title: '台湾对美出口大增 宜兰近海发生地震',
      paragraphs: [
        '统计显示，台湾10月对美出口148亿美元，对美出口占比升至36%。',
        '宜兰县近海发生芮氏规模5.6地震，随后又发生芮氏规模4.1余震。',
      ],
      never: ['对美', '芮氏'],
      still: '地震',
    },
    {
      what: 'an idiom or a verb that jieba files as a noun (轮番上阵, 同场竞技, 频传, 增派, 初步判断)',
      title: '两岸少年棒球同场竞技',
      paragraphs: [
        '两岸少年棒球队同场竞技，双方投手轮番上阵。',
        '近来高龄驾驶事故频传，交通部门增派人手；初步判断事故与疲劳驾驶有关。',
        '主办方说，两岸少年同场比赛，交流切磋天经地义。',
      ],
      never: ['同场竞技', '轮番上阵', '频传', '增派', '初步判断', '同场', '天经地义'],
      still: '棒球',
    },
    {
      what: 'a unit of port traffic (标准箱), 热议 of 引发热议, or the 队伍 of a contest',
      title: '高雄港货柜装卸量下滑',
      paragraphs: [
        '高雄港上月货柜装卸量为68万标准箱，年减4%，引发热议。',
        '港务公司说，今年货柜装卸量预计950万标准箱；业者热议航线调整。',
        '两岸12支参赛队伍齐聚高雄，各支队伍将在港区展开龙舟竞渡。',
      ],
      never: ['标准箱', '热议', '队伍'],
      still: '高雄港',
    },
  ])('never offer $what', ({ title, paragraphs, never, still }) => {
    const keys = candidatesOf(title, paragraphs).map((c) => c.key);
    for (const word of never) expect(keys).not.toContain(word);
    expect(keys).toContain(still);
  });

  it('never offer a verb of Taiwan news that jieba lacks (调涨, 下修, 执飞) where the headline does not use it', () => {
    const list = words({
      title: '台电公布新电价方案 工业用户负担加重',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '据台湾媒体报道，台电日前公布新电价方案，工业用电平均调涨12%，民生用电调涨3%。',
        '台电表示，燃料成本居高不下，此次调涨势在必行。主计总处同日下修今年经济成长率预测，下修幅度0.3个百分点。',
        '业者指出，往返台北的货运包机由多家航空公司执飞，执飞成本也随油价上涨。',
      ],
    });
    for (const verb of ['调涨', '下修', '执飞']) expect(list).not.toContain(verb);
    expect(list).toContain('台电');
  });

  it('never offer a guess of the tagger that starts with a count or a conjunction (两市, 如遇)', () => {
    const keys = candidatesOf('厦门台中两市深化交流', [
      '厦门与台中两市交流密切，两市将共建青年创业基地。',
      '如遇台风，航班调整；如遇延误，旅客可改签。',
    ]).map((c) => c.key);
    expect(keys).not.toContain('两市');
    expect(keys).not.toContain('如遇');
  });

  it('never offer a person the article leaves unnamed (蔡小姐, 陈先生)', () => {
    const list = words({
      title: '台湾青年在福州做电商',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '从事农产品电商的台湾青年蔡小姐说，大陆市场规模大。蔡小姐去年来到福州创业。',
        '同在福州创业的陈先生表示，电商平台让台湾农产品卖得更远。陈先生的团队已有二十人。',
      ],
    });
    for (const person of ['小姐', '蔡小姐', '先生', '陈先生']) expect(list).not.toContain(person);
    expect(list).toContain('电商');
  });

  it('never offer a surname with the verb after it (陈说 of 小陈说), which jieba keeps as one word', () => {
    const list = words({
      title: '台湾青年在杭州参加电商创业训练营',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['来自台南的学员小陈说，训练营的课程很实用。', '训练营为期两周，学员小陈说他想回家乡开网店。'],
    });
    expect(list).not.toContain('陈说');
    expect(list).toContain('训练营');
    const novel = words({
      title: '台湾作家新小说在大陆出版',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['台湾作家林文的新小说日前在大陆出版。这部小说讲述两岸三代人的故事。'],
    });
    expect(novel).toContain('小说');
  });

  it('take a quote that opens with a verb for a remark, unless the headline or the text repeats it (“回到老家”)', () => {
    const list = words({
      title: '两岸木偶戏艺人在泉州交流技艺',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '两岸木偶戏艺人日前在泉州交流提线木偶和布袋戏技艺。',
        '台湾布袋戏团团长表示，来到泉州有“回到老家”的感觉，希望今后带更多年轻演员来学习木偶戏。',
      ],
    });
    expect(list).not.toContain('回到老家');
    expect(list).toContain('木偶戏');
  });

  it('never offer a person whose name the report withholds (陈某, 林姓) or a count cut at 至 (万至)', () => {
    const list = words({
      title: '台湾长照人力缺口扩大',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '据台湾媒体报道，台湾长照人力缺口仍达2万至3万人，照顾服务员月薪多在3万至3.5万元之间。',
        '林姓照顾服务员说，长照工作辛苦，林姓照顾服务员已做了十年。陈某表示，陈某家中老人需要长照服务。',
      ],
    });
    for (const word of ['林姓', '陈某', '万至']) expect(list).not.toContain(word);
    expect(list).toContain('长照');
  });

  it('never offer a unit of measure that jieba lists as a verb (公升 of a price per litre)', () => {
    const list = words({
      title: '中油汽油每公升调涨0.3元',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '据台湾媒体报道，台湾中油宣布自明日起汽油每公升调涨0.3元新台币，柴油每公升调涨0.2元。',
        '中油表示，国际油价上周走高，调价后95无铅汽油每公升31.5元。',
      ],
    });
    expect(list).not.toContain('公升');
    expect(list).toContain('汽油');
  });

  it('offer a noun jieba files as a state or a set phrase (湿地 z, 民意调查 l) where the story is about it', () => {
    const list = words({
      title: '两岸志愿者携手守护滨海湿地',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '新华社厦门11月3日电 来自厦门和台湾的40余名志愿者走进下潭尾湿地，清理垃圾、补种红树林。',
        '志愿者说，湿地是候鸟越冬的家园，守护湿地需要两岸一起努力。岛内一项民意调查显示，多数受访者支持两岸生态交流，民意调查还发现年轻人更关心湿地保护。',
      ],
    });
    expect(list.slice(0, 5)).toContain('湿地');
    expect(list).toContain('民意调查');
  });

  it('never offer a thing and a locative jieba files as a noun or a place (店里, 馆内)', () => {
    const list = words({
      title: '台湾青年在成都开起台式早餐店',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '每天清晨，店里就坐满了食客。来自台中的林家豪在成都开起台式早餐店，店里的蛋饼和豆浆最受欢迎。',
        '林家豪说，店里的味道是家乡的味道。周末他还会去图书馆，馆内安静，馆内的台湾文学书架是他的最爱。',
      ],
    });
    for (const word of ['店里', '馆内']) expect(list).not.toContain(word);
    expect(list).toContain('成都');
  });

  it('never offer a word that refers to the parties or places without naming them (双方, 两地, 业者)', () => {
    const list = words({
      title: '厦金两地志愿者同步净滩',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '厦门和金门的志愿者12日同步开展净滩活动，共清理海漂垃圾两吨。两地将建立常态化合作机制，双方约定每季度联合净滩。',
        '双方表示，两地海域相连，守护海洋是共同责任。金门沿岸的商家和业者说，海滩干净了，游客也多了，业者都很欢迎。',
      ],
    });
    for (const vague of ['两地', '双方', '业者']) expect(list).not.toContain(vague);
    expect(list.slice(0, 5)).toContain('净滩');
  });

  it('damp a site-wide word the page lists in its meta keywords as it damps one the text uses (两岸)', () => {
    const where = { inText: true, inTitle: false, siteWide: false };
    const siteWide = metaKeywordScore(1, { ...where, siteWide: true }, 0, KEYWORD_WEIGHTS);
    expect(siteWide).toBeCloseTo(KEYWORD_WEIGHTS.siteCommonDamping * metaKeywordScore(1, where, 0, KEYWORD_WEIGHTS));
    expect(words({ ...article, pageKeywords: ['两岸', '昆山'] }).indexOf('两岸')).toBeGreaterThan(1);
  });

  it('show quoted names whole, not a word written only inside them (三进 of “三进三帮” and “三带三进”)', () => {
    const list = words({
      title: '干部下基层要“走心”',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '春节过后，各地纷纷开展“三进三帮”、“三解三促”、“三带三进”等机关干部下基层调研走访活动。',
        '干部下基层要走心，把群众的难题带回来、解决好。',
      ],
    });
    expect(list).not.toContain('三进');
    expect(list).toContain('三进三帮');
    expect(list).toContain('三带三进');
  });

  it("never show a genre label of the page's meta keywords (评论, 快讯) as a keyword", () => {
    const list = words({ ...article, pageKeywords: ['评论', '快讯', '台商'] });
    for (const label of ['评论', '快讯']) expect(list).not.toContain(label);
    expect(list).toContain('台商');
  });

  it('offer a festival where the news is the festival (春节 of the charter flights), in either script', () => {
    const paragraphs = [
      '国台办发言人陈斌华表示，今年春节期间，两岸航空公司将加开春节包机航班，方便台胞回乡过年。',
      '陈斌华说，春节是中华民族最重要的传统节日，欢迎台湾同胞来大陆过春节、看亲人。',
    ];
    expect(words({ title: '国台办：两岸春节包机将增加班次', script: 'Hans', pageKeywords: [], paragraphs })).toContain(
      '春节',
    );
    const hant = words({
      title: '國臺辦：兩岸春節包機將增加班次',
      script: 'Hant',
      pageKeywords: [],
      paragraphs: [
        '國臺辦發言人陳斌華表示，今年春節期間，兩岸航空公司將加開春節包機航班，方便臺胞回鄉過年。',
        '陳斌華說，春節是中華民族最重要的傳統節日，歡迎臺灣同胞來大陸過春節、看親人。',
      ],
    });
    expect(hant.some((w) => w.startsWith('春節'))).toBe(true);
  });

  it('come with scores relative to the best, highest first', () => {
    const { keywords } = analyzeArticle(article, engine);
    expect(keywords.length).toBeGreaterThanOrEqual(5);
    expect(keywords.length).toBeLessThanOrEqual(8);
    expect(keywords[0]!.score).toBe(1);
    for (let i = 1; i < keywords.length; i += 1) expect(keywords[i]!.score).toBeLessThanOrEqual(keywords[i - 1]!.score);
  });
});
