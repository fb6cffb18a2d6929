/**
 * The credit lines taiwan.cn keeps inside the body text: a dateline in front of the lead ("中国台湾网6月12日福州讯
 * （记者 张明）", "新华社北京3月5日电（记者 李华）") and bylines in brackets at the end ("（中国台湾网 王思羽）",
 * "（记者 陈佳 摄）", "（完）"). They name who reported, not what happened, so keywords and summaries skip them.
 */

const DATELINE =
  /^[^\s，。：“”]{0,16}?\d{1,2}月\d{1,2}日[^\s，。：“”]{0,8}?[讯訊电電]\s*(?:[（(][^（）()]{0,30}[）)])?\s*/u;
const TRAILING_CREDIT =
  /\s*[（(](?:完|中国台湾网|中國臺灣網|中国台湾网记者|中國臺灣網記者|记者|記者|通讯员|通訊員|文|图|圖|编辑|編輯)[^（）()]{0,30}[）)]\s*$/u;

export function stripCredits(paragraph: string): string {
  let text = paragraph.replace(DATELINE, '');
  // A paragraph may end with two credits, e.g. "……。（记者 陈佳）（完）".
  for (let guard = 0; guard < 3 && TRAILING_CREDIT.test(text); guard += 1) text = text.replace(TRAILING_CREDIT, '');
  return text.trim();
}
