/**
 * Which hosts are taiwan.cn, and where a Big5 gateway copy really lives. Host rules only: mirror sites copy the
 * paths and ids of taiwan.cn pages (taiwan-cn-pages.md, Hosts and URLs), so a path alone never makes a page ours.
 */

/** taiwan.cn and its alias chinataiwan.cn, bare or with any of the channel subdomains the CMS serves. */
const SITE_HOST = /^(?:[a-z0-9-]+\.)*(?:taiwan|chinataiwan)\.cn$/i;
const BIG5_HOST = /^big5\.(?:chinataiwan|taiwan)\.cn$/i;
/** `big5.taiwan.cn/gate/big5/<host>/<path>`: the gateway form for channel hosts. */
const GATE_PATH = /^\/gate\/big5\/([a-z0-9.-]+)(\/.*)?$/i;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isSiteHost(host: string): boolean {
  return SITE_HOST.test(host);
}

export function isSiteUrl(url: string): boolean {
  const u = parseUrl(url);
  return !!u && (u.protocol === 'http:' || u.protocol === 'https:') && isSiteHost(u.hostname);
}

export function isBig5GatewayHost(host: string): boolean {
  return BIG5_HOST.test(host);
}

/**
 * The address a page mirrors: Big5 gateway copies map to the www (or channel host) page, whose simplified text is the
 * original. Query and fragment are dropped: TRS article URLs never carry meaningful ones.
 */
export function canonicalUrl(url: string): string {
  const u = parseUrl(url);
  if (!u) return url;
  const out = new URL(u.href);
  out.search = '';
  out.hash = '';
  if (isBig5GatewayHost(u.hostname)) {
    const gate = GATE_PATH.exec(u.pathname);
    if (gate?.[1] && isSiteHost(gate[1])) {
      out.hostname = gate[1];
      out.pathname = gate[2] ?? '/';
    } else {
      out.hostname = u.hostname.replace(/^big5\./i, 'www.');
    }
  }
  return out.href;
}
