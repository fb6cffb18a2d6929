/** The context-menu entries and keyboard commands: both open the reading view, or save a copy, for the current tab. */
import browser from 'webextension-polyfill';
import { SITE_MATCHES } from '../../utils/site-matches';

type Action = 'open-reader' | 'save-article';

function readerUrl(tabId: number, action: Action): string {
  const params = new URLSearchParams({ tabId: String(tabId) });
  // The save itself happens in the reading view: object URLs for downloads must come from an extension page.
  if (action === 'save-article') params.set('save', 'md');
  return browser.runtime.getURL(`/reader.html?${params.toString()}`);
}

async function run(action: Action, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await browser.tabs.create({ url: readerUrl(tabId, action) });
}

export function registerShortcuts(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: 'open-reader',
        title: browser.i18n.getMessage('menuOpenReader'),
        contexts: ['page'],
        documentUrlPatterns: SITE_MATCHES,
      });
      browser.contextMenus.create({
        id: 'save-article',
        title: browser.i18n.getMessage('menuSave'),
        contexts: ['page'],
        documentUrlPatterns: SITE_MATCHES,
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'open-reader' || info.menuItemId === 'save-article') void run(info.menuItemId, tab?.id);
  });
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'open-reader' && command !== 'save-article') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => run(command, tabs[0]?.id));
  });
}
