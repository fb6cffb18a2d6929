/**
 * Builds taiwan.cn-shaped pages for the hardening suites: the 2013-2018 www layout (breadcrumb, h1, the time and
 * source line, `div.TRS_Editor`, the editor line) around whatever body a test wants to throw at the extractor. The
 * prose is written for these tests; only the skeleton follows taiwan-cn-pages.md.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../../../utils/article';
import { extractArticle, type ExtractOptions } from '../../../utils/extract/extract-article';

export const ARTICLE_URL = 'http://www.taiwan.cn/xwzx/la/201805/t20180514_11955001.htm';
export const LIST_URL = 'http://www.taiwan.cn/xwzx/la/';
export const TOPIC_URL = 'http://www.taiwan.cn/zt/szzt/xsdlhz/index.htm';

export const LEAD = '　　两岸青年交流活动日前在福州举行，来自海峡两岸的一百多名青年参加了为期三天的参访和座谈。';
export const SECOND = '　　参加活动的青年表示，面对面的交流让彼此更加了解，希望今后有更多这样的机会。';

export interface PageParts {
  /** `<title>` text; `null` leaves the element out. */
  docTitle?: string | null;
  /** `h1` text; `null` leaves the heading out. */
  heading?: string | null;
  /** The line under the title; `null` leaves it out. */
  info?: string | null;
  /** Inner HTML of `div.TRS_Editor`. */
  body?: string;
  /** Extra markup at the end of `<head>`. */
  head?: string;
  /** Extra markup after the editor line. */
  tail?: string;
  charset?: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function paragraphs(...texts: string[]): string {
  return texts.map((t) => `<p align="justify">${escapeText(t)}</p>`).join('\n');
}

export function articlePage(parts: PageParts = {}): string {
  const docTitle = parts.docTitle === undefined ? '两岸青年在福州交流_中国台湾网' : parts.docTitle;
  const heading = parts.heading === undefined ? '两岸青年在福州交流' : parts.heading;
  const info = parts.info === undefined ? '2018年05月14日 09:30:00&nbsp;&nbsp;来源:中国台湾网' : parts.info;
  const body = parts.body ?? paragraphs(LEAD, SECOND);
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${parts.charset ?? 'utf-8'}">
${docTitle === null ? '' : `<title>${escapeText(docTitle)}</title>`}
<meta name="pagetype" content="1">${parts.head ?? ''}
</head><body>
<div class="crumb"><a href="http://www.taiwan.cn/">中国台湾网</a> &gt; <a href="../">新闻中心</a> &gt; <a href="./">两岸</a></div>
<div class="leftBox">
${heading === null ? '' : `<div class="tit"><h1>${escapeText(heading)}</h1></div>`}
${info === null ? '' : `<div class="info">${info}</div>`}
<div class="con"><div class=TRS_Editor>
${body}
</div>
<p>[责任编辑:王明]</p></div>
${parts.tail ?? ''}
</div></body></html>`;
}

/** A parsed page; jsdom's complaints about the junk CSS hostile pages carry are dropped (no script runs anyway). */
export function domOf(html: string, url = ARTICLE_URL): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/** Extract from markup the way the content script does: a parsed document, no scripts run. */
export async function extractHtml(html: string, url = ARTICLE_URL, options: ExtractOptions = {}): Promise<Article> {
  const dom = domOf(html, url);
  try {
    return await extractArticle(dom.window.document, url, options);
  } finally {
    dom.window.close();
  }
}

export function bytesOf(buffer: Buffer | Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return copy.buffer;
}
