import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { MessageTimeoutError, onMessages, sendMessage } from '../../../utils/messaging';

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a request to its handler and returns the typed answer', async () => {
    onMessages({ 'page-classified': async ({ kind }) => ({ ok: kind === 'article' }) as { ok: true } });
    await expect(
      sendMessage('page-classified', { url: 'http://www.taiwan.cn/', kind: 'article', template: null }),
    ).resolves.toEqual({
      ok: true,
    });
  });

  it('carries a handler error back as a readable message', async () => {
    onMessages({
      'get-tab-state': async () => {
        throw new Error('tab 7 is gone');
      },
    });
    await expect(sendMessage('get-tab-state', { tabId: 7 })).rejects.toThrow('tab 7 is gone');
  });

  it('times out a request nobody answers in time', async () => {
    onMessages({ 'get-tab-state': () => new Promise(() => {}) });
    await expect(sendMessage('get-tab-state', { tabId: 1 }, 50)).rejects.toBeInstanceOf(MessageTimeoutError);
  });

  it('ignores messages that are not part of the protocol', async () => {
    onMessages({ 'refresh-tab': async () => ({}) as never });
    const answers = await fakeBrowser.runtime.sendMessage('hello').catch(() => undefined);
    expect(answers).toBeUndefined();
  });
});
