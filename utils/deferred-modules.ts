/**
 * Starts the module scripts that the build listed as `<meta name="deferred-module">` (scripts/defer-page-modules.ts)
 * instead of letting the parser load them: a page's classic script decides when, so the load event, and with it the
 * moment Chromium shows a toolbar popup, need not wait for them.
 */
export const DEFERRED_MODULE = 'meta[name="deferred-module"]';

export function startDeferredModules(doc: Document): number {
  const listed = Array.from(doc.querySelectorAll<HTMLMetaElement>(DEFERRED_MODULE));
  for (const meta of listed) {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = meta.content;
    doc.body.append(script);
    meta.remove();
  }
  return listed.length;
}
