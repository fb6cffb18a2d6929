/**
 * The worker's context-menu entries and keyboard commands (Chromium cannot trigger either from a test): what they
 * register, and which page each opens for which tab. contextMenus and commands are not in WXT's fake browser, so
 * this test records their calls itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerShortcuts } from '../../../entrypoints/background/shortcuts';
import { SITE_MATCHES } from '../../../utils/site-matches';

type Listener = (...args: unknown[]) => unknown;

interface Recorded {
  menus: { id: string; contexts: string[]; documentUrlPatterns: string[] }[];
  onMenuClick?: Listener;
  onCommand?: Listener;
}

function recordMenusAndCommands(): Recorded {
  const recorded: Recorded = { menus: [] };
  const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  browser.contextMenus = {
    removeAll: async () => void (recorded.menus = []),
    create: (item: Recorded['menus'][number]) => void recorded.menus.push(item),
    onClicked: { addListener: (fn: Listener) => void (recorded.onMenuClick = fn) },
  };
  browser.commands = { onCommand: { addListener: (fn: Listener) => void (recorded.onCommand = fn) } };
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `[${name}]`);
  return recorded;
}

/** Let the listeners' promise chains settle, then the URLs of every tab opened so far. */
async function openedUrls(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '');
}

describe('context menu and keyboard commands', () => {
  let recorded: Recorded;

  beforeEach(() => {
    fakeBrowser.reset();
    recorded = recordMenusAndCommands();
    registerShortcuts();
  });
  afterEach(() => vi.restoreAllMocks());

  it('add two page menu entries, on taiwan.cn pages only, when the extension is installed', async () => {
    expect(recorded.menus).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(recorded.menus.map((m) => m.id)).toEqual(['open-reader', 'save-article']);
    for (const menu of recorded.menus) {
      expect(menu.contexts).toEqual(['page']);
      expect(menu.documentUrlPatterns).toEqual(SITE_MATCHES);
    }
  });

  it('open the reading view of the clicked tab, and for "save" ask it to save the Markdown copy', async () => {
    recorded.onMenuClick!({ menuItemId: 'open-reader' }, { id: 41 });
    recorded.onMenuClick!({ menuItemId: 'save-article' }, { id: 42 });
    const urls = await openedUrls();
    expect(urls).toContain(fakeBrowser.runtime.getURL('/reader.html?tabId=41'));
    expect(urls).toContain(fakeBrowser.runtime.getURL('/reader.html?tabId=42&save=md'));
  });

  it('ignore menu entries of others and clicks without a tab', async () => {
    const before = (await openedUrls()).length;
    recorded.onMenuClick!({ menuItemId: 'something-else' }, { id: 41 });
    recorded.onMenuClick!({ menuItemId: 'open-reader' }, undefined);
    expect((await openedUrls()).length).toBe(before);
  });

  it('run a keyboard command on the active tab of the current window', async () => {
    // The fake browser keeps no focused window: answer the one question the command asks, and check it was that one.
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    query.mockImplementationOnce(async () => [{ id: 77 } as never]);
    recorded.onCommand!('save-article');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    await vi.waitFor(async () =>
      expect(await openedUrls()).toContain(fakeBrowser.runtime.getURL(`/reader.html?tabId=77&save=md`)),
    );
    const before = (await openedUrls()).length;
    recorded.onCommand!('_execute_action');
    expect((await openedUrls()).length).toBe(before);
  });
});
