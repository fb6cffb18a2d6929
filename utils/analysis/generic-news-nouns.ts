/**
 * How news names a person it does not name (蔡小姐, 陈先生, 王阿姨): never a keyword, alone or after a surname.
 */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set('先生 小姐 女士 太太 阿姨 大姐 大哥 师傅'.split(' '));

// 陈某, 林姓 (of 林姓照服员): how reports keep a private person's name out of print.
const WITHHELD_NAME = /^\p{Script=Han}{1,2}(?:某+|姓)$/u;

/**
 * A person the article does not name: a surname and a form of address, which jieba may keep as one word (陈先生, 欧阳女士),
 * or a name withheld (陈某). Never a keyword, and never the start of an institution's name (吴先生 + 计划).
 */
export function unnamedPerson(key: string): boolean {
  const length = [...key].length;
  return (
    WITHHELD_NAME.test(key) || [...FORMS_OF_ADDRESS].some((form) => key.endsWith(form) && length - form.length <= 2)
  );
}

/**
 * Nouns that newswire prose of any subject uses to carry its figures and its reporting (同比, 总额, 发布会, 负责人),
 * written from common knowledge of Chinese news style. 业者, 双方 and 两地, which refer to whoever or wherever the story
 * is about without naming them, and 媒体报道 (of 据台湾媒体报道) were added when they showed up as chips on dev
 * articles, and so were the measures 产值, 出口值, 吞吐量, 班次, 纪录, 成绩 and the people 长者 (14 times among a dev
 * article's first eight chips, never an editor's keyword); 新闻, 话题, 主办方, 管理方, 个数 and 访问量 when they did on
 * the fixture pages; the praise words of event prose (机遇, 新机遇, 硕果, 新天地, 高质量, 嘉宾) and 符合要求 when they
 * did on dev 01-309; and 队伍 (the teams of a contest) when it did on 310-333. jieba's IDF table does not catch these nouns: they are rare in its general corpus (人数, 同比
 * sit well above the damping threshold) but frequent in news, where they frame a subject without naming it. They never
 * become keywords, and a run of nouns stops at one (两岸 + 民众, 进出口 + 总额 stay apart): letting them close compounds
 * changed no chip on the dev articles or the fixtures.
 */
export const GENERIC_NEWS_NOUNS: ReadonlySet<string> = new Set(
  // Statistics and periods: what a figure measures or when, not what it is about. Then events and speakers of the
  // reporting itself, vague heads, and 面向 (a preposition jieba's dictionary lists as a noun).
  `同比 环比 总额 总值 总量 金额 数额 数量 个数 人数 人次 访问量 比例 比重 占比 增幅 增速 涨幅 跌幅 幅度 规模 数据 数字
   指标 均值 平均 产值 出口值 吞吐量 班次 纪录 成绩
   上半年 下半年 全年 年度 季度 同期 去年同期
   发布会 新闻发布会 记者会 座谈会 会议 仪式 开幕式 闭幕式 现场 活动 议程 新闻 媒体报道 话题 主办方 管理方
   负责人 发言人 人士 业内人士 分析人士 业者 双方 两地 有关部门 相关部门 官员 民众 群众 市民 网民 媒体 外界 各界 各方
   当地 全市 全省 全国 长者 队伍
   机遇 新机遇 硕果 新天地 高质量 嘉宾 符合要求
   情况 问题 方面 工作 措施 形势 领域 方式 过程 期间 时间 目前 近日 日前 当天 今年 去年 近年 近年来 部分 地区 地方 园区 水平
   面向`
    .split(/\s+/)
    .filter(Boolean),
);
