// @vitest-environment jsdom
/** Every popup state, rendered as the popup renders it, checked by what a reader sees. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../../components/popup/popup-view';
import type { PopupActions } from '../../../components/popup/popup-actions';
import type { Analysis, Article } from '../../../utils/article';
import { newTabState, type TabState } from '../../../utils/tab-state';

const expected = JSON.parse(readFileSync('../shared/fixtures/seed-2017/expected.json', 'utf8')) as Article;
const article: Article = {
  ...expected,
  template: 'www-2013',
  reporters: [],
  description: null,
  lang: 'zh-CN',
  html: '<p>x</p>',
  warnings: [],
};
const analysis: Analysis = {
  summary: ['一年之计在于春。', '干部“新春走基层”要想取得实实在在的效果，必须坚持走心不走神。'],
  keywords: [
    { word: '基层', score: 0.9 },
    { word: '干部', score: 0.8 },
  ],
  charCount: 1745,
  readingMinutes: 6,
  warnings: [],
};

function actions(overrides: Partial<PopupActions> = {}): PopupActions {
  const ok = async () => 'ok';
  return {
    openReader: vi.fn(async () => {}),
    openPage: vi.fn(async () => {}),
    openLibrary: vi.fn(async () => {}),
    saveAll: vi.fn(async () => {}),
    save: vi.fn(ok),
    copyMarkdown: vi.fn(ok),
    copyCitation: vi.fn(ok),
    addToLibrary: vi.fn(ok),
    saveDiagnostic: vi.fn(ok),
    retry: vi.fn(async () => {}),
    ...overrides,
  };
}

function state(patch: Partial<TabState>): TabState {
  return { ...newTabState(3, expected.url, 'article', 'www-2013'), status: 'ready', ...patch };
}

let root: HTMLElement;
function show(s: TabState | null, a = actions(), error: string | null = null) {
  root = document.createElement('main');
  document.body.append(root);
  act(() => render(<PopupView state={s} error={error} actions={a} />, root));
  return (id: string) => root.querySelector(`[data-testid="${id}"]`);
}

/** Click, then let the action's promise settle and Preact re-render. */
async function click(el: Element | null) {
  await act(async () => {
    (el as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup states', () => {
  it('shows a skeleton while the page is read, never a blank box', () => {
    const get = show(state({ status: 'extracting' }));
    expect(get('status')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelectorAll('.skeleton span').length).toBeGreaterThan(2);
  });

  it('shows title, meta line, summary, keywords and every action for an article', () => {
    const get = show(state({ article, analysis, analysisStatus: 'done' }));
    expect(get('title')?.textContent).toBe(expected.title);
    expect(get('meta')?.textContent).toBe('2017-02-23 16:43 · 来源：东方网 · 责任编辑：李帅');
    expect(get('summary')?.textContent).toBe(analysis.summary.join(''));
    expect(Array.from(get('keywords')!.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['基层', '干部']);
    for (const id of [
      'open-reader',
      'save-html',
      'save-md',
      'save-txt',
      'save-json',
      'copy-md',
      'copy-citation',
      'add-library',
    ]) {
      expect(get(id), id).not.toBeNull();
    }
    expect(root.textContent).toContain('新闻中心 › 时政新闻');
  });

  it('keeps title and actions usable while the summary is still being prepared', () => {
    const get = show(state({ article, analysisStatus: 'pending' }));
    expect(get('title')?.textContent).toBe(expected.title);
    expect(get('summary')).toBeNull();
    expect(root.querySelector('.analysis .skeleton')).not.toBeNull();
    expect(get('save-md')?.hasAttribute('disabled')).toBe(false);
  });

  it('says why there is no summary when analysis failed', () => {
    show(state({ article, analysisStatus: 'failed', error: 'wasm blocked' }));
    expect(root.textContent).toContain('wasm blocked');
  });

  it('reports what a button did in the status line', async () => {
    const a = actions({ save: vi.fn(async () => '已保存：2017-02-23 干部.md') });
    const get = show(state({ article, analysis, analysisStatus: 'done' }), a);
    await click(get('save-md'));
    expect(a.save).toHaveBeenCalledWith('md');
    expect(get('status')?.textContent).toBe('已保存：2017-02-23 干部.md');
  });

  it('shows the failure message of a refused download instead of staying silent', async () => {
    const a = actions({ save: vi.fn(async () => Promise.reject(new Error('下载已取消，未保存文件'))) });
    const get = show(state({ article, analysis, analysisStatus: 'done' }), a);
    await click(get('save-html'));
    expect(get('status')?.textContent).toBe('下载已取消，未保存文件');
  });

  it('lists the articles of a list page, newest first as given, each opening its page', async () => {
    const links = [
      { url: 'http://www.taiwan.cn/xwzx/la/202607/t20260715_1.htm', title: '新闻二', date: '2026-07-15' },
      { url: 'http://www.taiwan.cn/xwzx/la/202607/t20260701_2.htm', title: '新闻一', date: '2026-07-01' },
    ];
    const a = actions();
    const get = show(state({ kind: 'list', article: { ...article, kind: 'list' }, links }), a);
    expect(get('status')?.textContent).toContain('列表');
    const anchors = root.querySelectorAll('ol.links a');
    expect(Array.from(anchors).map((x) => x.textContent)).toEqual(['新闻二', '新闻一']);
    await click(anchors[1] ?? null);
    expect(a.openPage).toHaveBeenCalledWith(links[1]!.url);
    await click(get('save-all'));
    expect(a.saveAll).toHaveBeenCalled();
  });

  it('says what a topic page is', () => {
    const get = show(state({ kind: 'topic', article: { ...article, kind: 'topic' }, links: [] }));
    expect(get('status')?.textContent).toContain('专题');
    expect(root.textContent).toContain('没有找到文章链接');
  });

  it('explains itself in one line on a page that is not taiwan.cn', () => {
    const get = show(state({ status: 'not-site', kind: 'other' }));
    expect(get('status')?.textContent).toContain('taiwan.cn');
    expect(get('title')).toBeNull();
  });

  it('says a taiwan.cn page that is not an article is not one', () => {
    const get = show(state({ kind: 'other', article: { ...article, kind: 'other' } }));
    expect(get('status')?.textContent).toContain('不是文章');
  });

  it('shows what failed and offers a diagnostic copy when reading fails', async () => {
    const a = actions();
    const get = show(state({ status: 'error', error: 'The page could not be read' }), a);
    expect(get('status')?.textContent).toContain('The page could not be read');
    await click(get('save-diagnostic'));
    expect(a.saveDiagnostic).toHaveBeenCalled();
  });

  it('shows a messaging failure as an error too', () => {
    const get = show(null, actions(), 'No answer to "get-tab-state" within 8000 ms.');
    expect(get('status')?.textContent).toContain('No answer');
  });
});

describe('popup notices', () => {
  it('says in the UI language what the copy lacks, from the article and from the analysis', () => {
    const incomplete: Article = {
      ...article,
      pages: 3,
      warnings: [
        'Could not read page 3 of 3 (http://www.taiwan.cn/a_2.htm): HTTP 404.',
        'A note this build never wrote.',
      ],
    };
    const rough: Analysis = {
      ...analysis,
      warnings: [
        'analysis: WebAssembly unavailable (CompileError); words were split by Intl.Segmenter, keywords are rougher',
      ],
    };
    const get = show(state({ article: incomplete, analysis: rough, analysisStatus: 'done' }));
    const notes = Array.from(get('notices')!.querySelectorAll('li')).map((li) => li.textContent);
    expect(notes).toEqual([
      '第 3 页（共 3 页）未能读取（HTTP 404），本文缺少这一页。',
      'A note this build never wrote.',
      '此浏览器不能运行 jieba 分词，关键词由浏览器自带的分词得出，较粗略。',
    ]);
  });

  it('shows no notice box for a clean article', () => {
    const get = show(state({ article, analysis, analysisStatus: 'done' }));
    expect(get('notices')).toBeNull();
  });
});
