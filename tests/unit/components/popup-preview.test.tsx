// @vitest-environment jsdom
/**
 * The card's head carried in the popup's address: how the worker writes it, how the popup reads it back, and that the
 * early script paints exactly the markup Preact renders for it, so Preact takes the painted nodes over unchanged.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleCard } from '../../../components/popup/article-card';
import { PreviewCard } from '../../../components/popup/card-head';
import { cardMeta } from '../../../components/popup/card-meta';
import type { PopupActions } from '../../../components/popup/popup-actions';
import { PopupView } from '../../../components/popup/popup-view';
import { t } from '../../../utils/i18n';
import { paintPreview, popupPath, previewOf, readPopupPreview } from '../../../utils/popup-preview';
import { hansArticle, hantArticle } from '../export/sample-articles';

const search = (path: string) => path.slice(path.indexOf('?'));
const noActions = {} as PopupActions;
const roots: HTMLElement[] = [];
function box(): HTMLElement {
  const root = document.createElement('main');
  document.body.append(root);
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

describe('the popup preview in the popup address', () => {
  it('round-trips title, meta line, category and language through the address', () => {
    const article = hansArticle();
    const preview = previewOf(article, cardMeta(article))!;
    expect(preview).toEqual({
      title: '干部“新春走基层”关键要“走心”',
      meta: '2017-02-23 16:43 · 来源：东方网 · 责任编辑：李帅',
      category: '新闻中心 › 时政新闻',
      lang: 'zh-CN',
    });
    const path = popupPath(7, preview);
    expect(path.startsWith('popup.html?tabId=7&title=')).toBe(true);
    expect(new URLSearchParams(search(path)).get('tabId')).toBe('7');
    expect(readPopupPreview(search(path))).toEqual(preview);
    const hant = hantArticle();
    expect(readPopupPreview(search(popupPath(8, previewOf(hant, cardMeta(hant)))))?.lang).toBe('zh-TW');
    // The article's own language (the English channel's pages say en), not one guessed from its script.
    const english = hansArticle({ lang: 'en' });
    expect(readPopupPreview(search(popupPath(9, previewOf(english, cardMeta(english)))))?.lang).toBe('en');
  });

  it('carries nothing but the tab for pages without an article title, and reads nothing from a bare address', () => {
    expect(popupPath(7, null)).toBe('popup.html?tabId=7');
    expect(previewOf(hansArticle({ title: null }), 'x')).toBeNull();
    expect(previewOf(hansArticle({ kind: 'list' }), 'x')).toBeNull();
    for (const bare of ['', '?tabId=7', '?tabId=7&title=', '?meta=x']) expect(readPopupPreview(bare)).toBeNull();
  });

  it('bounds what a page can put in the address, and takes only a language tag as its language', () => {
    const long = hansArticle({ title: '长'.repeat(5000), category: Array(100).fill('栏目') });
    const preview = previewOf(long, '时'.repeat(900))!;
    expect(preview.title.length).toBe(200);
    expect(preview.meta.length).toBe(200);
    expect(preview.category.length).toBe(100);
    const forged = readPopupPreview(`?tabId=1&title=${'x'.repeat(900)}&lang=en"><script>`)!;
    expect(forged.title.length).toBe(200);
    expect(forged.lang).toBe('zh-CN');
  });

  it('paints markup from the page as text, never as elements', () => {
    const root = box();
    const hostile = '<img src=x onerror="window.__pwned=1">标题';
    paintPreview(root, { title: hostile, meta: '<b>meta</b>', category: '<i>c</i>', lang: 'zh-CN' }, '分析中');
    expect(root.querySelector('[data-testid="title"]')!.textContent).toBe(hostile);
    expect(root.querySelectorAll('img, b, i, script')).toHaveLength(0);
  });
});

describe('the painted preview and the Preact popup', () => {
  const article = hansArticle();
  const preview = previewOf(article, cardMeta(article))!;

  it('paint the same markup, so Preact takes the painted nodes over', () => {
    const painted = box();
    paintPreview(painted, preview, t('popupAnalysing'));
    const rendered = box();
    act(() => render(<PreviewCard preview={preview} />, rendered));
    expect(painted.innerHTML).toBe(rendered.innerHTML);
    const noCategory = { ...preview, category: '' };
    paintPreview(painted, noCategory, t('popupAnalysing'));
    act(() => render(<PreviewCard preview={noCategory} />, rendered));
    expect(painted.innerHTML).toBe(rendered.innerHTML);
  });

  it('begin the article card: its head and analysis skeleton are the preview, so nothing moves when it arrives', () => {
    const card = box();
    act(() =>
      render(
        <ArticleCard
          article={article}
          analysis={null}
          analysisStatus="pending"
          analysisError={null}
          actions={noActions}
        />,
        card,
      ),
    );
    const painted = box();
    paintPreview(painted, preview, t('popupAnalysing'));
    const head = Array.from(card.querySelector('article')!.children)
      .slice(0, painted.querySelector('article')!.children.length)
      .map((el) => el.outerHTML);
    expect(head).toEqual(Array.from(painted.querySelector('article')!.children, (el) => el.outerHTML));
    expect(card.querySelector('article')!.getAttribute('lang')).toBe(preview.lang);
  });

  it('keeps the painted preview until the tab state is read, instead of a blank skeleton', () => {
    const root = box();
    paintPreview(root, preview, t('popupAnalysing'));
    const title = root.querySelector('[data-testid="title"]');
    act(() => render(<PopupView state={null} error={null} actions={noActions} preview={preview} />, root));
    expect(root.querySelector('[data-testid="title"]')).toBe(title);
    expect(root.querySelector('[data-testid="title"]')!.textContent).toBe(article.title);
    expect(root.querySelector('.skeleton.page')).toBeNull();
  });
});
