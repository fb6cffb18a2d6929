import browser from 'webextension-polyfill';
import type { PageKind } from '../../utils/article';

// 文 marks an article, 列 a list page; a deep red that keeps white text readable on light and dark toolbars.
const BADGE: Partial<Record<PageKind, string>> = { article: '文', list: '列', topic: '题' };
const BADGE_COLOR = '#b3261e';

export async function setBadge(tabId: number, kind: PageKind | null): Promise<void> {
  const text = kind ? (BADGE[kind] ?? '') : '';
  // MV3 has `action`; an MV2 build (older Firefox) only `browserAction`, with the same badge calls.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed between the message and the badge update: nothing to show.
  }
}
