/** The article body: sanitized page HTML, then script conversion and keyword marks applied to its text. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Script } from '../../utils/article';
import { scriptConverter } from '../../utils/convert-script';
import { renderSanitizedHtml } from '../../utils/sanitize-html';
import { convertText, highlightKeywords } from './transform-body';

interface Props {
  html: string;
  from: Script;
  to: Script;
  keywords: string[];
  highlight: boolean;
  lang: string;
}

export function ReaderBody({ html, from, to, keywords, highlight, lang }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    renderSanitizedHtml(el, html);
    const convert = scriptConverter(from, to);
    if (from !== to) convertText(el, convert);
    if (highlight) highlightKeywords(el, keywords.map(convert));
  }, [html, from, to, highlight, keywords.join('\u0000')]);
  return <div ref={ref} class="body" data-testid="article" lang={lang} />;
}
