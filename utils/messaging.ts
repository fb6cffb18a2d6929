/**
 * The typed message protocol: every message the extension's parts exchange is declared here, and this is the one
 * module (with `storage.ts` and the entrypoints) that calls `browser.runtime` messaging.
 */
import browser from 'webextension-polyfill';
import type { PageKind } from './article';
import type { TabState } from './tab-state';

export interface Protocol {
  /** Content script → worker: what the page is, as soon as it has loaded. */
  'page-classified': { req: { url: string; kind: PageKind; template: string | null }; res: { ok: true } };
  /** Popup or reader → worker: the tab's state, extracting (and injecting scripts) first where needed. */
  'get-tab-state': { req: { tabId: number; wait?: 'article' | 'analysis' }; res: TabState };
  /** Popup or reader → worker: forget what is known about the tab and read it again. */
  'refresh-tab': { req: { tabId: number }; res: TabState };
}

export type MessageType = keyof Protocol;
type Envelope<K extends MessageType> = { type: K; data: Protocol[K]['req'] };
type Reply<K extends MessageType> = { ok: true; value: Protocol[K]['res'] } | { ok: false; error: string };

export const DEFAULT_TIMEOUT_MS = 8000;

export class MessageTimeoutError extends Error {
  constructor(type: string, ms: number) {
    super(`No answer to "${type}" within ${ms} ms.`);
    this.name = 'MessageTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, type: string, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MessageTimeoutError(type, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Send a typed message to the extension's worker; rejects with a clear error on failure or timeout. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: Protocol[K]['req'],
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Protocol[K]['res']> {
  const envelope: Envelope<K> = { type, data };
  const reply = (await withTimeout(browser.runtime.sendMessage(envelope), type, timeoutMs)) as Reply<K> | undefined;
  if (!reply) throw new Error(`Nobody answered "${type}".`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type Handlers = {
  [K in MessageType]?: (data: Protocol[K]['req'], sender: browser.Runtime.MessageSender) => Promise<Protocol[K]['res']>;
};

function isEnvelope(message: unknown): message is Envelope<MessageType> {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/** Register the worker's handlers. Unknown messages are left for other listeners; errors travel back as text. */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      ((data: unknown, sender: browser.Runtime.MessageSender) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    return handler(message.data, sender).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
