// @vitest-environment jsdom
/**
 * The popup's first script (entrypoints/popup-early.ts) when the app it starts cannot load: the popup says so in the
 * UI's language instead of staying a card whose buttons never come.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import popupEarly from '../../../entrypoints/popup-early';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("the popup's first script", () => {
  it('shows why the popup could not start when popup-app.js fails to load', async () => {
    const root = document.createElement('main');
    root.id = 'app';
    document.body.append(root);
    // The extension's `browser` global (WXT's fake in unit tests) with the UI strings of the extension.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      key === 'popupStartFailed' ? `弹窗未能启动：${[subs].flat()[0]}` : '',
    );

    popupEarly.main();
    // No tab in the address, so no preview to paint: the app is started at once.
    const script = document.querySelector<HTMLScriptElement>('script[src="/popup-app.js"]');
    expect(script).not.toBeNull();
    script!.dispatchEvent(new Event('error'));

    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe('弹窗未能启动：could not load /popup-app.js'),
    );
  });
});
