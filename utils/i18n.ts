/**
 * UI strings. In the extension they come from `public/_locales` through `browser.i18n` (the browser picks zh_CN,
 * zh_TW or en); outside it (unit tests, the command line) the zh_CN table is the fallback, so no UI ever shows a key.
 */
import browser from 'webextension-polyfill';
import zhCN from '../public/_locales/zh_CN/messages.json';

type Messages = Record<string, { message: string }>;

function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function t(key: string, ...subs: string[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, subs);
  } catch {
    // Not inside an extension: use the bundled default locale.
  }
  if (message) return message;
  const fallback = (zhCN as Messages)[key]?.message;
  return fallback ? substitute(fallback, subs) : key;
}

/** The UI language the browser chose, for `lang` attributes. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'zh-CN';
  }
}
