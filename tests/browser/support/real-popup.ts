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

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The open popup's target, if any. */
async function popupTarget(cdp: CDPSession): Promise<TargetInfo | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.find((t) => t.url.includes('/popup.html'));
}

// Chromium refuses openPopup() now and then while a popup it was just asked to close is still going, or while no
// window holds the focus (CI saw both). These two refusals are about the browser's state, not about the extension,
// so they are retried; any other error is the extension's and fails the test at once.
const TRANSIENT = /Failed to open popup|Could not find an active browser window/;

async function askForPopup(browser: ExtensionBrowser): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await browser.worker.evaluate(() => chrome.action.openPopup());
      return;
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      if (attempt >= 5 || !TRANSIENT.test(message)) throw error;
      if (/active browser window/.test(message)) {
        // Give the focus back to the window the test was driving, which openPopup() needs.
        await browser.worker.evaluate(async () => {
          const last = await chrome.windows.getLastFocused();
          if (last?.id !== undefined) await chrome.windows.update(last.id, { focused: true });
        });
      }
      await pause(100 * attempt);
    }
  }
}

export async function openRealPopup(browser: ExtensionBrowser, timeoutMs = 15_000): Promise<RealPopup> {
  const cdp: CDPSession = await browser.context.browser()!.newBrowserCDPSession();
  await askForPopup(browser);
  let target: TargetInfo | undefined;
  for (const until = Date.now() + timeoutMs; !target && Date.now() < until;) {
    target = await popupTarget(cdp);
    if (!target) await pause(50);
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
      // Return only once the popup is gone, so the next opening neither finds this one nor races its closing.
      for (const until = Date.now() + 5_000; Date.now() < until;) {
        const open = await popupTarget(cdp).catch(() => undefined);
        if (open?.targetId !== target.targetId) break;
        await pause(25);
      }
      await cdp.detach().catch(() => undefined);
    },
  };
}
