/**
 * Match patterns for the hosts the extension reads: taiwan.cn and its alias chinataiwan.cn, with every subdomain
 * (channel hosts, the Big5 gateway, y.). Used by the manifest and the content script; nothing wider is ever requested.
 */
export const SITE_MATCHES = ['*://taiwan.cn/*', '*://*.taiwan.cn/*', '*://chinataiwan.cn/*', '*://*.chinataiwan.cn/*'];
