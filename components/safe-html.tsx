/** Renders page-derived HTML, always through the one sanitizer module, never by assigning markup directly. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { renderSanitizedHtml } from '../utils/sanitize-html';

export function SafeHtml(props: { html: string; class?: string; testId?: string; lang?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) renderSanitizedHtml(ref.current, props.html);
  }, [props.html]);
  return <div ref={ref} class={props.class} data-testid={props.testId} lang={props.lang} />;
}
