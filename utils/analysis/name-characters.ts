/**
 * The characters that tell a Chinese personal name from the words around it, shared by the corrections that mend the
 * persons jieba cuts wrong (tag-corrections.ts, recurring-persons.ts).
 */

export const HAN_CHAR = /^\p{Script=Han}$/u;

// The surnames that open nearly all Chinese personal names in the news (the hundred most common and the rarer ones of
// public figures on both sides of the strait).
export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤洪游詹庄柯赖翁颜温简纪连施涂阮甘柳童卓凌邢骆岳安康廉殷尤宁欧司诸上皇尉慕令西南端轩呼关郁左辜粘巫',
]);

// Two-character surnames: after one of these a Chinese name may run to four characters (欧阳明辉).
export const COMPOUND_SURNAME =
  /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|夏侯|长孙|令狐|司徒|宇文|西门|南宫|独孤|端木|轩辕|呼延)/u;

// The heads of machines, bodies, places, events and rules (无人机, 合作社, 自贸区): a word ending in one names a thing.
export const THING_HEADS = new Set(
  '机器船舰产社站馆院厂园港桥线场区村镇岛所局署团队店楼塔寺庙宫节祭展赛奖证卡税制菌业员',
);

// Heads of places and events that no given name ends in: narrower than THING_HEADS, whose 业 and 员 do (张建业).
export const PLACE_OR_EVENT_HEADS = new Set('区镇村乡路街馆院赛园港桥楼塔寺庙宫岛');
// What a guess of jieba's HMM ends in when it ran on past a name into the sentence (林志宏说, 王伟称, 黄岐至) or names a
// group (高雄人, 孙辈们).
export const RAN_ON = new Set('的了在是和与及等说称问答笑到至着过将也都就人们');

// Characters that end a place or a thing rather than a given name (马栏 + 山, 石种 + 经): with the heads above, a
// guess followed by one of these stays apart.
export const NOT_GIVEN_NAME_END = new Set('山江河湖海溪峰岭县市省经');
// Tags of a lone character that cannot close a name: particles, prepositions, conjunctions, adverbs, numerals, pronouns.
export const FUNCTION_TAG = /^(?:u|p|c|d|m|q|r|y|e|o)/;
