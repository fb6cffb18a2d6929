/**
 * Words of cross-strait news that jieba's general dictionary cuts apart or tags badly, written from what taiwan.cn
 * covers (institutions, regular speakers, policy terms, places), not from any test text. jieba gets each word added so
 * it stays whole; the tag given here also overrides the dictionary's (jieba tags 两岸 as a locality, 台独 as a place).
 * Traditional-script articles are segmented after conversion to simplified, so simplified forms suffice.
 */

// [tag, words]: a tag may have more than one entry, each with its own reason.
const BY_TAG: readonly (readonly [string, string])[] = [
  // Organisations and bodies, both sides of the strait, and the Taiwan firms and public enterprises its economy news
  // names week after week (jieba cuts 台积电 into 台积 + 电). The last lines: the island's ministries and agencies as its
  // own press names them (卫福部, 疾管署), which jieba knows only as HMM guesses or common nouns.
  [
    'nt',
    `中国台湾网 国台办 国务院台办 中台办 中共中央台办 国务院台湾事务办公室 中共中央台湾工作办公室 海协会 海基会 陆委会
    海峡两岸关系协会 海峡交流基金会 全国台联 台盟 台盟中央 全国台企联 台资企业协会 台商协会 民进党 国民党 中国国民党 民众党
    台湾民众党 亲民党 时代力量 民进党当局 台湾当局 赖清德当局 台湾地区领导人 台湾地区立法机构 台湾防务部门 台湾陆委会
    外交部 国防部 商务部 文旅部 全国人大 全国政协 解放军 东部战区 海警 中国海警 台湾海巡 美国国务院 美国国会
    公安部 国家移民管理局 交通运输部 人社部 卫健委 国家卫健委 市场监管总局 台港澳办 海峡之声
    工信部 国家发展改革委 国家医保局 文化和旅游部 中国民航局 国家铁路局 国铁集团 国家能源局 国家林草局
    台积电 联电 鸿海 富士康 日月光 联发科 华硕 宏碁 广达 台塑 中华电信 台电 台湾电力公司 中油 台湾中油 台湾高铁 台铁 华航
    中华航空 长荣航空 长荣海运 阳明海运 台湾大学 健保署 立法院 行政院 监察院 主计总处
    卫福部 劳动部 经济部 财政部 内政部 教育部 交通部 农业部 环境部 数发部 国发会 金管会 中选会 国科会 警政署 移民署 观光署
    数位发展部 食药署 疾管署 气象署 海巡署 柜买中心 文化部 客委会 原民会 农委会 退辅会 侨委会 公平会 通传会 地检署 考试院 调查局
    工研院 资策会 消基会 证交所 央行`,
  ],
  // People who speak or are spoken about week after week.
  [
    'nr',
    `马晓光 朱凤莲 陈斌华 彭庆恩 安峰山 范丽青 杨毅 李维一 宋涛 刘结一 张志军 陈云林 王毅 王沪宁 习近平 潘贤掌 仇开明
    毛宁 林剑 汪文斌 华春莹 赵立坚 郭嘉昆 张晓刚 吴谦 谭克非 蒋斌 赖清德 蔡英文 马英九 萧美琴 卓荣泰 韩国瑜 朱立伦
    郑丽文 柯文哲 黄国昌 侯友宜 卢秀燕 蒋万安 洪秀柱 连战 吴敦义 夏立言 苏贞昌 陈建仁 林佳龙 邱垂正 顾立雄 吴钊燮
    游锡堃 王金平 宋楚瑜 郝龙斌 陈水扁 李登辉 管碧玲 沈伯洋 傅崐萁 赵少康 李强 蔡奇 李希 韩正 刘鹤 秦刚 龚正`,
  ],
  // County heads and politicians of the island whose names jieba cuts at a word inside them (杨 + 文科, 陈 + 光复,
  // 李 + 四川) or guesses as unknown (范云, 邱毅): a person is a keyword only when it stays whole.
  ['nr', `杨文科 黄敏惠 饶庆铃 陈光复 陈福海 李四川 范云 姚人多 邱毅 雷倩`],
  // Places and the pairings of a province with Taiwan that name exchange programmes.
  [
    'ns',
    `台湾 台北 新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 屏东 宜兰 花莲 台东 澎湖 金门 马祖 连江 南投 彰化 云林 苗栗
    平潭 厦门 福州 泉州 漳州 莆田 昆山 大湾区 粤港澳大湾区 台海 台湾海峡 台湾岛 台湾地区 台湾省 祖国大陆 闽台 沪台 津台 苏台 琼台 粤台 浙台
    鲁台 川台 湘台 鄂台 赣台 黔台 桂台 渝台 陕台 冀台 豫台 皖台 辽台 吉台 黑台 晋台 京台 宝岛 两马 两门`,
  ],
  // Towns, districts and islands of Taiwan, Kinmen, Matsu and Fujian that its local news names, and the mainland
  // cities its exchange stories travel to, which jieba's dictionary files as common nouns, persons, idioms or even
  // adverbs (龙岩 n, 宁德 nr, 莺歌 i, 大连 d) or cuts apart (乌 + 来, 大 + 嶝). Only names with no everyday sense: 淡水
  // (fresh water), 布袋 (a sack), 北斗 (the satellites), 日照 (sunshine) or 开封 (to unseal) stay as jieba has them.
  [
    'ns',
    `北投 万华 汐止 莺歌 瑞芳 乌来 平镇 芦竹 竹东 头份 通霄 沙鹿 东势 员林 草屯 集集 斗六 西螺 麦寮 朴子 民雄
    奋起湖 麻豆 善化 新化 安平 凤山 旗山 美浓 左营 旗津 恒春 垦丁 小琉球 冬山 太鲁阁 凤林 绿岛 兰屿 马公 七美 烈屿
    小金门 南竿 北竿 集美 翔安 鼓浪屿 五缘湾 曾厝垵 福清 罗源 石狮 惠安 湄洲 南靖 古雷 龙岩 三明 宁德 福鼎 料罗
    大嶝 小嶝 围头 横琴 长泰 武平 古田 寿宁 周宁 建瓯 邵武 尤溪 建宁 明溪 涵江 荔城 秀屿 永泰 仓山 同安 漳州港 政和
    义乌 合肥 大连 银川 拉萨 石家庄 景德镇 南通 嘉兴 金华 桂林 遵义 大理 腾冲 宝鸡 烟台 秦皇岛 保定 雄安 唐山 承德 张家口
    平遥 张家界 西递 宏村 周庄 丁蜀 常熟 张家港 岳阳 常德 怀化 毕节 安顺 曲靖 玉溪 香格里拉 攀枝花 自贡 广元`,
  ],
  // Policy terms, events and people-groups of cross-strait coverage, and the island's own issues as its news names them
  // (少子化, 长照, 缺电, 课纲), which jieba's general dictionary lacks.
  [
    'nz',
    `九二共识 一个中国原则 一中原则 一国两制 和平统一 祖国统一 国家统一 台独 台独分裂势力 分裂势力 外部势力 以武谋独
    倚外谋独 以武拒统 反分裂国家法 联大第2758号决议 两岸一家亲 心灵契合 融合发展 两岸融合发展 应通尽通 惠台 惠台政策
    惠台措施 惠及台胞 同等待遇 台胞证 台湾居民居住证 海峡论坛 海峡青年节 两岸企业家峰会 海峡两岸经贸交易会 海交会 台交会
    文博会 两岸城市论坛 两岸媒体人峰会 海峡两岸媒体人峰会 小三通 大三通 两岸直航 海峡两岸服务贸易协议 服贸协议
    两岸经济合作框架协议 对台军售
    美台关系 台美关系 台海局势 台湾问题 涉台 对台工作 台湾同胞 两岸同胞 台胞 台商 台企 台青 台生 陆生 陆配 陆客
    两岸关系 海峡两岸 两岸交流 两岸合作 两岸青年 两岸经贸 两岸和平发展 台湾青年 台湾居民 台湾民众 大罢免 九合一选举
    中华民族伟大复兴 中华文化 妈祖文化 闽南文化 客家文化 交流基地 海峡两岸交流基地 台湾青年创业基地 融合发展示范区
    少子化 高龄化 长照 健保 缺工 缺电 空污 非核家园 能源转型 反渗透法 两岸条例 抗中保台 去中国化 课纲 绿色恐怖
    非遗 非遗传承人 非物质文化遗产 文旅 文旅融合 康养 蓝营 绿营 白营 核四 年金改革
    倚美谋独 台独顽固分子 联合利剑 青创 台创园 超高龄社会 孤独死 少子女化 新青安 一例一休 全民国防 护国神山
    蓝白合 朝小野大 认知作战 一中各表 早收清单 关税减让 台湾同胞投资保护法 先行先试 团进团出 赴台游 离岛免税 金马澎
    新四通 通水通电通气通桥 太鲁阁族 赛德克族 达悟族`,
  ],
  // The short names of the yearly fairs, meetings and cups its exchange news reports (津台会, 海博会, 海峡杯), which
  // jieba cuts into a province or a character and a verb (津台 + 会, 海 + 博会, 进 + 博会): the event never stood whole.
  [
    'nz',
    `津台会 鲁台会 赣台会 浙台会 海博会 台博会 茶博会 林博会 渔博会 旅博会 数博会 进博会 服贸会 消博会 图交会 厦洽会 台青会 海峡杯`,
  ],
  // 两岸 is "a locality" in jieba's dictionary; on this site it names the subject itself. The second line: common nouns
  // jieba's dictionary lists as names or places (红树林 nr, 嘉宾 ns, 福祉 nr), which a name's weight would lift over the
  // article's real names. The third: words of Taiwan's own news it lacks, which its HMM cut into pieces (在臺移工 as
  // 在 + 臺移 + 工; 電子權值股 as 權值 + 股; 備轉容量率 as 備轉 + 容量 + 率), and terms of the site's regular beats it
  // cuts or files as set phrases (护理师 as 护理 + 师, 物价指数 l, 擂茶 of Hakka culture).
  [
    'n',
    `两岸 大陆 统一 军演 军购 公投 立委 县市长 传承人
    红树林 嘉宾 高峰 银行卡 青少年 寒蝉 福祉 选手 配偶 预算 夏令营
    移工 权值股 台股 托育 劳保 备转容量率 陆资 陆企 统派 独派 护理师 学测 指考 统测 外食费 诈骗集团 电信诈骗 独居老人
    消费者物价指数 物价指数 惩罚性赔偿 移动支付 年宵花 围龙屋 擂茶 托婴 育婴假 育儿津贴 打房 囤房税 社会住宅 社宅 蛋荒
    陆客团 团客 自由行 绿电 再生能源 离岸风电 跳电 劳退 检调 招生缺额 研学营 祖地 宫庙 凤梨酥 高山茶 无铅汽油
    社会新鲜人 云计算 大数据 物联网 区块链 酒驾 学贷 就学贷款 起薪 资安 健保卡 看护工 潜舰 网军 通膨 自贸港`,
  ],
  // Verbs of news prose jieba's dictionary lists as names, places, abbreviations or nouns (扬言 nr, 加密 ns, 深化 j, 同台
  // n), or lacks (收窄, whose HMM guess was a chip): as nouns they would become chips. 加密 is how flight news says “more
  // flights”. The second line: verbs of Taiwan's news prose its dictionary lacks (prices 调涨 and forecasts 下修,
  // offices 停班 in a typhoon, an airline 执飞 a route), whose HMM guesses weighed as unknown nouns and became chips.
  [
    'v',
    `深化 同台 扬言 越冬 出力 能带 加密 赴台 来台 赴陆 收窄
    调涨 调降 下修 上修 停班 停课 执飞 复飞 停飞 办卡 换照 停招 抵港 离港 购武 列册 来袭`,
  ],
  // The rites of the folk beliefs shared across the strait, which it lacks or files as verbs (进香 v, 绕境 x): the
  // activity a temple story is about, weighed as verbal nouns.
  ['vn', `进香 绕境 分灵`],
  // Adverbs and adjectives it lists as nouns (亲身感受, 直观认识).
  ['d', `亲身 直观`],
  // Set phrases of feature prose it lists as names (乐翻天 nr): a name's weight made 游戏乐翻天 a chip. And those of
  // figures its HMM cut into guesses (不减反增 as 不减 + 反增 x).
  ['l', `乐翻天 不减反增 不增反减`],
  // Units of measure jieba's dictionary lists as verbs or places (公升 v, 英里 ns): a price per litre is not a subject.
  ['q', `公升 英里 海里`],
];

/**
 * Verbs, adjectives and plain nouns among the places of jieba's dictionary (上市, 扎根, 美丽, 台风, 海关 ns), read off its
 * most frequent ns entries and the words of news prose. As places they would be keywords with a name's weight, and end
 * a compound where only a place may (badEdges in keyword-candidates.ts). (Nouns of a kind of place, 城市 or 海洋, stay:
 * as the topic nouns they often are, the dev articles' editors took them as often as the place weight ranks them.)
 * Likewise verb + object words it files as nouns (执业, 封顶, 鸣枪), found as wrong chips on the dev articles: what
 * someone does there, not what the story is about. jieba already cuts all of them whole, so unlike SITE_WORDS they are
 * not added to its dictionary: a raised frequency would change its cuts around them (重新建立 as 重 + 新建 + 立).
 */
const RETAG: readonly (readonly [string, string])[] = [
  // Nouns that end the names of structures and districts (厦金大桥, 两江新区): not places of their own, which a name may
  // not end in (badEdges in keyword-candidates.ts keeps 京台高铁 + 福州 out).
  ['n', `大桥 新区 古城 新城 大街`],
  // Common nouns no one would take for a place: as places they would weigh as names and could end compounds.
  ['n', `台风 深度 海关 福利 治安 庆典 东西 哥哥 阿哥 二哥 英雄 入口 长度 日志 青春 契约 江湖 太阳 舞美`],
  // 青年 is a time word (t) in jieba's dictionary: it broke every run of nouns it stands in (青年 + 创业 + 基地). Alone
  // it is a site-wide word (SITE_COMMON_WORDS).
  ['n', `青年`],
  // It files 周恩来 as a time word too.
  ['nr', `周恩来`],
  [
    'v',
    `上市 建国 开国 回国 长大 普及 上马 云集 新建 中断 关联 上山 扎根 上台 安家 渡海 波及 上门 塞车 惠及 上路 登山
    爱国 立国 兴国 攸关`,
  ],
  // Verb + object words filed as nouns, and verbs filed as nouns (卡住, 肇事, 办理 n, 曝光 nz, 共商 n, 回大陆 nz), which
  // joined the nouns around them into chips (台湾居民跨海办理, 事件曝光, 台湾同胞回大陆).
  [
    'v',
    `封顶 鸣枪 执业 办事 圆梦 通水 建厂 卡住 肇事 会见 参赛 新开通 办理 曝光 共商 回大陆 频传 增派 初步判断 踩油门`,
  ],
  // Idioms of news prose filed as nouns (轮番上阵 n, 同场竞技 n, 天经地义 nz), which became chips.
  ['l', `轮番上阵 同场竞技 天经地义`],
  // 占比达 (the share reaches) it cuts 占 + 比达, a transliterated name in its dictionary (nrt): a name's weight made it
  // a chip.
  ['v', `比达`],
  // A set phrase of event prose it files as a name (齐聚一堂 nz), and units of port traffic it files as a person (万标箱
  // nr, ten thousand containers) or a noun (标准箱, the twenty-foot box itself).
  ['l', `齐聚一堂`],
  ['q', `万标箱 标箱 标准箱`],
  // 引发热议 (stirs debate), a verb its HMM leaves as a guess.
  ['v', `热议`],
  // 芮氏 (Richter) of 芮氏规模 5.6, which its HMM leaves as a guess: a scale, like the units above.
  ['q', `芮氏`],
  ['a', `美丽 新鲜 神圣 太平 广义`],
  // Reduplicated measure words it files as nouns, which news writes as adverbs (层层设卡, 步步紧逼).
  ['d', `层层 步步`],
  // 同场 (on the same field: 同场比赛, 同场竞技), which it files as a noun.
  ['d', `同场`],
  // The turn of a season, which it files as places (入夏以来): a time, like 今年.
  ['t', `入春 入夏 入秋 入冬`],
  // Nouns it files as verbs (驾照, 执照, 诊所), as set phrases (人工智慧, Taiwan's word for 人工智能; 基础教育; 民意调查),
  // as a state (湿地 z, the only noun among its frequent state words) or as a name (蕉农 nrt, banana growers, like 果农):
  // as verbs, set phrases or states they were no candidates ('l' and 'z' are no keyword tags), as a name a person.
  ['n', `驾照 执照 签证 诊所 象棋 人工智慧 基础教育 高等教育 义务教育 发明专利 民意调查 总预算 湿地 蕉农`],
  // 对台 (towards Taiwan) opens names (对台小额商品交易市场) and phrases (对台贸易) that jieba's HMM cuts after it; see
  // NAME_OPENERS.
  ['nz', `对台`],
  // Festivals, which it files as time words (春节 t), so that no story could be about one: a festival is a named day,
  // and editors take it as a keyword where the news is the festival (春节包机, 端午 龙舟赛). 重阳节 it already files as n.
  ['nz', `春节 中秋节 中秋 端午节 端午 元宵节 清明节 七夕 中元节 除夕 冬至`],
  // A thing and the locative after it, which it files as nouns or places (店里 n, 馆内 ns, 镇里 ns): where something
  // happens, never what a story is about (店里 was a chip of a dev feature). It files the like (家里, 园内, 车上) as place
  // words (s) itself.
  ['s', `店里 馆里 馆内 厂里 河里 县里 镇里 书架上`],
];

function parseEntries(table: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const entries = new Map<string, string>();
  for (const [tag, words] of table) {
    for (const word of words.split(/\s+/)) if (word) entries.set(word, tag);
  }
  return entries;
}

/** word (simplified) -> part-of-speech tag to report for it. */
export const SITE_WORDS: ReadonlyMap<string, string> = parseEntries(BY_TAG);

/** word (simplified) -> the tag to report for it instead of the one jieba's dictionary gives; not added to jieba. */
export const RETAGGED: ReadonlyMap<string, string> = parseEntries(RETAG);

/**
 * The groups of people the site writes about and for (台胞, 台湾青年, 陆生): kept whole and tagged nz like the other
 * cross-strait terms, so that they lend a name's weight to the names they open (台商子女夏令营, 台胞台企). Alone they weigh
 * as the common nouns they are: the site's standing audience, which an editor names only when a story is about them (of
 * 30 times 台胞 or 台湾青年 ranked in a dev article's first five as a name, 15 were gold).
 */
export const PEOPLE_GROUPS: ReadonlySet<string> = new Set(
  '台湾同胞 两岸同胞 台胞 台商 台企 台青 台生 陆生 陆配 陆客 台湾青年 台湾居民 台湾民众 两岸青年'.split(' '),
);

/**
 * Words that open names and phrases (对台小额商品交易市场, 涉台案件) but name nothing alone: “towards Taiwan”,
 * “Taiwan-related”. They join the compounds they open and are never keywords of their own.
 */
export const NAME_OPENERS: ReadonlySet<string> = new Set(['对台', '涉台']);

/**
 * Full names and the short forms editors use for them. Where an article uses both (the title says 国台办, the text
 * 国务院台办), they count as one keyword under the short form.
 */
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['国务院台办', '国台办'],
  ['国务院台湾事务办公室', '国台办'],
  ['中共中央台办', '中台办'],
  ['中共中央台湾工作办公室', '中台办'],
  ['海峡两岸关系协会', '海协会'],
  ['海峡交流基金会', '海基会'],
  ['台湾陆委会', '陆委会'],
  ['中国国民党', '国民党'],
  ['台湾民众党', '民众党'],
  ['海峡两岸经贸交易会', '海交会'],
  ['海峡两岸服务贸易协议', '服贸协议'],
  ['台湾电力公司', '台电'],
  ['台湾中油', '中油'],
  ['中华航空', '华航'],
  ['台湾居民来往大陆通行证', '台胞证'],
]);

/**
 * Clippings of everyday cross-strait phrases (台企, 陆配) and the phrases they clip. Unlike an institution's official
 * short form (国台办, which its own press conferences use), a clipping is newsroom shorthand: where an article writes
 * both, they count as one keyword under the full phrase, which a reader on either side of the strait understands.
 * (sameName in extract-keywords.ts cannot pair them: a clipping need not end in the phrase's last character.) 台企 clips
 * either 台资企业 or 台湾企业: it joins the first of them the article writes. Only clippings jieba keeps as a word of
 * their own: 台青 and 陆生 also turn up inside other words (京台青年, 大陆生产). Not 陆客 either: it is the established
 * name in Taiwan's tourism news, which editors keep (the dev articles' did), and sameName already pairs it with 大陆游客
 * (both end in 客).
 */
export const CLIPPED_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['台企', ['台资企业', '台湾企业']],
  ['陆配', ['大陆配偶']],
]);

/**
 * Words nearly every article of a cross-strait news site carries: true of almost all of them, so they say little about
 * any one. They stay candidates (an editor might still pick one) but rank lower.
 */
export const SITE_COMMON_WORDS: ReadonlySet<string> = new Set([
  '台湾',
  '大陆',
  '两岸',
  '中国',
  '岛内',
  '祖国大陆',
  '台湾地区',
  '台办',
  '全台',
  '全岛',
  '台湾民众',
  '台湾同胞',
  '两岸同胞',
  '海峡两岸',
  '台湾居民',
  '交流',
  '合作',
  '青年',
]);

/**
 * Nouns that every article of the site carries as credit or boilerplate (sources, bylines), never what it is about.
 * They stay in the text and the summary; they just never become keywords.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set(
  `中国台湾网 台湾网 记者 通讯员 新华社 中新社 中新网 新华网 人民网 人民日报 央视 央视网 总台 本报 本网 责任编辑 编辑 来源 图片
   资料图 摄影 消息 报道 讯 电 全文 原标题 客户端 网友 评论 社评 时评 快讯`.split(/\s+/),
);
