/**
 * Text-pattern rules for the facts around a `div.TRS_Editor` body: they read what the page says, in simplified or
 * traditional characters, half- or full-width colons, wherever the markup put it (taiwan-cn-pages.md, Field rules).
 */

const WS = /[\s\u00a0\u3000]+/g;

export function normalizeText(text: string): string {
  return text.replace(WS, ' ').trim();
}

/** Words that end a source when the line runs on without a space (`来源：东方网作者：张三`). */
const AFTER_SOURCE = /(?:作者|编辑|編輯|责任编辑|責任編輯|字号|字號|时间|時間|发布|發布|点击|點擊|浏览|瀏覽)[:：]?.*$/;

export function parseSource(text: string): string | null {
  const zh = /(?:来源|來源)\s*[:：]\s*([^\s|｜]+)/.exec(text.replace(/\u00a0/g, ' '));
  if (zh?.[1]) return zh[1].replace(AFTER_SOURCE, '').replace(/[\])）】]+$/, '') || null;
  const en = /\bSource\s*:\s*([^|\n]+?)(?:\s{2,}|\s*\||\s+(?:Editor|Updated|Date)\b|$)/i.exec(text);
  return en?.[1]?.trim() || null;
}

/** `[责任编辑:李帅]`, `[责任编辑：X]`, the bare `责任编辑：X` of the youth site, `Editor: X` on eng. */
const EDITOR = /(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*([^\]］】)）\s|]+)/;
const EDITOR_EN = /\bEditor\s*:\s*([^\]\n|]+?)\s*(?:[\])]|$)/i;

export function parseEditor(text: string): string | null {
  const zh = EDITOR.exec(text);
  if (zh?.[1]) return zh[1];
  return EDITOR_EN.exec(text)?.[1]?.trim() || null;
}

/** A whole block that is only an editor line: metadata, not body. */
export const EDITOR_LINE = /^[[［【(（]?\s*(?:责任编辑|責任編輯|Editor)\s*[:：][^\]］】)）]{0,30}[\]］】)）]?$/i;
/** An editor credit at the end of the last paragraph's text. */
export const EDITOR_TAIL = /[[［【]\s*(?:责任编辑|責任編輯)\s*[:：][^\]］】]{0,30}[\]］】]\s*$/;

export function parseAuthor(text: string): string | null {
  const m = /(?:作者|作者)\s*[:：]\s*([^\s|｜]+)/.exec(text) ?? /^\s*([^\s,，;；]{1,30})\s*$/.exec(text);
  return m?.[1] ?? null;
}

const NAME = /^[\u4e00-\u9fff·]{2,5}$/;
/** Words in a credit that are not names. */
const NOT_NAME =
  /^(?:摄|攝|报道|報道|报导|報導|摄影|攝影|通讯员|通訊員|实习生|實習生|见习记者|見習記者|特约记者|特約記者|文|图|圖|综合报道|綜合報道)$/;
const STOP_WORD = /^(?:通讯员|通訊員|实习生|實習生)$/;
const SITE_CREDIT = /^(?:中国台湾网|中國臺灣網|中國台灣網|台湾网|臺灣網)\s+(.+)$/;

function namesAfter(text: string): string[] {
  const names: string[] = [];
  for (const token of text.split(/[\s、，,/]+/)) {
    if (STOP_WORD.test(token)) break;
    const name = token.replace(/(?:摄|攝)$/, '');
    if (NAME.test(name) && !NOT_NAME.test(name)) names.push(name);
  }
  return names;
}

/**
 * Reporter names from credit lines that stay in the text: "中国台湾网6月12日福州讯（记者 张明）",
 * "（中国台湾网 王思羽）", "（中国台湾网记者 陈佳 摄）". Only bracketed credits count: a name in running prose is not one.
 */
export function parseReporters(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/[（(]([^（）()]{2,40})[）)]/g)) {
    const inner = (m[1] ?? '').trim();
    const reporter = /(?:记者|記者)/.exec(inner);
    if (reporter) names.push(...namesAfter(inner.slice(reporter.index + reporter[0].length)));
    else {
      const site = SITE_CREDIT.exec(inner);
      if (site?.[1]) names.push(...namesAfter(site[1]));
    }
  }
  return names;
}

const CRUMB_ROOT = /^(?:中国台湾网|中國臺灣網|中國台灣網|台湾网|臺灣網|首页|首頁|Home|Taiwan\.cn|chinataiwan\.cn)$/i;
const CRUMB_SEPARATOR = /\s*[>＞»›]\s*/;

/** `中国台湾网 > 新闻中心 > 时政新闻` to `['新闻中心', '时政新闻']`: the root is not a category. */
export function parseBreadcrumb(text: string): string[] | null {
  const line = normalizeText(text).replace(/^.*?(?:位置|位置)\s*[:：]/, '');
  if (!CRUMB_SEPARATOR.test(line)) return null;
  const items = line
    .split(CRUMB_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items[0] && CRUMB_ROOT.test(items[0])) items.shift();
  if (items.length && /^(?:正文|正文内容|正文內容)$/.test(items[items.length - 1] ?? '')) items.pop();
  return items.length ? items : null;
}

export function isCrumbRoot(text: string): boolean {
  return CRUMB_ROOT.test(normalizeText(text));
}

const SITE_SUFFIX = /\s*[_\-|－—]\s*(?:中国台湾网|中國臺灣網|中國台灣網|Taiwan\.cn|chinataiwan\.cn)\s*$/i;
/** A channel name between the title and the site name: `标题_台商_中国台湾网`. */
const CHANNEL_SUFFIX = /\s*_\s*[^_]{1,8}$/;

/** The document title without `_中国台湾网` (and the channel name some channels put before it). */
export function stripSiteSuffix(title: string): string {
  const t = normalizeText(title);
  if (!SITE_SUFFIX.test(t)) return t;
  const bare = t.replace(SITE_SUFFIX, '');
  return bare.replace(CHANNEL_SUFFIX, '') || bare;
}
