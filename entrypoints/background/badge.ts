import browser from 'webextension-polyfill';
import { cardMeta } from '../../components/popup/card-meta';
import type { Article, PageKind } from '../../utils/article';
import { popupPath, previewOf } from '../../utils/popup-preview';

// 文 marks an article, 列 a list page; a deep red that keeps white text readable on light and dark toolbars.
const BADGE: Partial<Record<PageKind, string>> = { article: '文', list: '列', topic: '题' };
const BADGE_COLOR = '#b3261e';

/** The tab's badge and popup address; with `article`, the address carries the card's head for the popup to paint. */
export async function setBadge(tabId: number, kind: PageKind | null, article?: Article): Promise<void> {
  const text = kind ? (BADGE[kind] ?? '') : '';
  // MV3 has `action`; an MV2 build (older Firefox) only `browserAction`, with the same badge calls.
  const action = browser.action ?? browser.browserAction;
  try {
    // The tab's own popup URL names the tab, so the popup reads its prepared state at once instead of first asking
    // which tab is active (a round trip of 5-30 ms, a third of its time budget), and carries the article's title
    // and meta line, which the popup paints before its app has loaded or any storage read has finished.
    const preview = article ? previewOf(article, cardMeta(article)) : null;
    await action.setPopup({ tabId, popup: popupPath(tabId, preview) });
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed between the message and the badge update: nothing to show.
  }
}
