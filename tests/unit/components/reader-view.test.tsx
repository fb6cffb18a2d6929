// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadScriptConversion } from '../../../utils/convert-script';
import { ReaderView } from '../../../components/reader/reader-view';
import type { Article } from '../../../utils/article';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../../utils/reader-settings';

const article: Article = {
  kind: 'article',
  template: 'www-2013',
  url: 'http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
  title: '两岸青年交流活动在厦门举行',
  publishedAt: '2016-07-23T10:05:00+08:00',
  source: '中国台湾网',
  author: null,
  reporters: ['张明'],
  editor: '王思羽',
  category: ['新闻中心', '两岸'],
  pageKeywords: [],
  description: null,
  script: 'Hans',
  lang: 'zh-CN',
  paragraphs: ['两岸青年在厦门交流。', '活动为期三天。'],
  html: '<p>两岸青年在厦门交流。</p><p>活动为期三天。</p><script>window.pwned = 1</script>',
  images: [],
  pages: 1,
  warnings: [],
};
const analysis = {
  summary: ['两岸青年在厦门交流。'],
  keywords: [{ word: '青年', score: 1 }],
  charCount: 17,
  readingMinutes: 1,
  warnings: [],
};

let root: HTMLElement;
function show(settings: Partial<ReaderSettings> = {}, shown: Article = article) {
  root = document.createElement('main');
  document.body.append(root);
  act(() =>
    render(
      <ReaderView
        article={shown}
        analysis={analysis}
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        onSettings={() => {}}
        status=""
      />,
      root,
    ),
  );
  return (id: string) => root.querySelector(`[data-testid="${id}"]`)!;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('reading view', () => {
  // The page loads the dictionaries on demand; here they are loaded up front so rendering is synchronous.
  beforeAll(() => loadScriptConversion());

  it('shows the header facts, a link to the original and the summary', () => {
    const get = show();
    expect(get('title').textContent).toBe(article.title);
    expect(get('meta').textContent).toBe('2016-07-23 10:05 · 来源：中国台湾网 · 责任编辑：王思羽');
    expect(root.querySelector(`a[href="${article.url}"]`)).not.toBeNull();
    expect(get('summary').textContent).toBe('两岸青年在厦门交流。');
    expect(root.textContent).toContain('新闻中心 › 两岸');
  });

  it('says above the text which pages it lacks, and nothing for a whole article', () => {
    expect(show()('notices')).toBeNull();
    render(null, root);
    root.remove();
    const partial = { ...article, pages: 40, warnings: ['Only the first 30 of 40 pages were read.'] };
    expect(show({}, partial)('notices').textContent).toBe('全文共 40 页，只读取了前 30 页。');
  });

  it('renders the body through the sanitizer', () => {
    const get = show();
    expect(get('article').querySelectorAll('p')).toHaveLength(2);
    expect(get('article').querySelector('script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('converts header and body to traditional Taiwan forms on request', () => {
    const get = show({ script: 'Hant' });
    expect(get('title').textContent).toBe('兩岸青年交流活動在廈門舉行');
    expect(get('article').textContent).toContain('兩岸青年在廈門交流。');
    expect(get('article').getAttribute('lang')).toBe('zh-TW');
  });

  it('marks the keywords in the body only when highlighting is on', () => {
    show();
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    render(null, root);
    root.remove();
    show({ highlight: true });
    expect(Array.from(root.querySelectorAll('[data-testid="article"] mark')).map((m) => m.textContent)).toEqual([
      '青年',
    ]);
  });

  it('labels every control', () => {
    show();
    for (const control of Array.from(root.querySelectorAll('.controls select, .controls input'))) {
      expect(control.closest('label')?.textContent?.trim().length, control.outerHTML).toBeGreaterThan(0);
    }
    for (const button of Array.from(root.querySelectorAll('.controls button'))) {
      expect(button.getAttribute('aria-label') ?? button.textContent).toBeTruthy();
    }
  });
});
