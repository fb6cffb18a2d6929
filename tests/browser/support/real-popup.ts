/**
 * Opens the extension's real toolbar popup (chrome.action.openPopup from the worker) and evaluates expressions in it
 * over the DevTools protocol: Playwright does not surface action popups as pages, so the test attaches to the target.
 */
import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Reply {
  id?: number;
  result?: { result?: { value?: unknown } };
  error?: unknown;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface RealPopup {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function openRealPopup(browser: ExtensionBrowser, timeoutMs = 15_000): Promise<RealPopup> {
  const cdp: CDPSession = await browser.context.browser()!.newBrowserCDPSession();
  await browser.worker.evaluate(() => chrome.action.openPopup());
  let target: TargetInfo | undefined;
  for (const until = Date.now() + timeoutMs; !target && Date.now() < until;) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.url.includes('/popup.html'));
    if (!target) await new Promise((r) => setTimeout(r, 50));
  }
  if (!target) throw new Error('the toolbar popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  return {
    evaluate: async <T>(expression: string) => {
      const id = nextId++;
      const reply = new Promise<Reply>((resolve) => waiting.set(id, resolve));
      const params = { expression, returnByValue: true, awaitPromise: true };
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
      });
      const answer = await reply;
      if (answer.error) throw new Error(JSON.stringify(answer.error));
      return answer.result?.result?.value as T;
    },
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
