// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../../components/library/library-page';
import { openLibrary, type Library } from '../../../utils/library/library-db';
import { hansArticle, hantArticle, SEED_URL } from '../export/sample-articles';

let counter = 0;
let root: HTMLElement | null = null;

async function setUp(download = vi.fn(async (_blob: Blob, _name: string) => undefined)) {
  counter += 1;
  const library = await openLibrary(`library-page-test-${counter}`);
  await library.put(hansArticle(), new Date('2024-01-01T00:00:00Z'));
  await library.put(hantArticle(), new Date('2024-01-02T00:00:00Z'));
  root = document.createElement('div');
  document.body.append(root);
  render(<LibraryPage library={library} download={download} now={() => new Date('2024-05-06T10:00:00Z')} />, root);
  await waitFor(() => titles().length === 2);
  return { library, download };
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function waitFor(condition: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting for the page');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const $ = (testId: string) => root!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const titles = () => Array.from(root!.querySelectorAll('[data-testid="library-open"]'), (a) => a.textContent);

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('library page', () => {
  it('lists saved articles newest first, each opening the reading view by its address', async () => {
    await setUp();
    expect(titles()).toEqual(['兩岸青年在廈門交流創業經驗', '干部“新春走基层”关键要“走心”']);
    const open = root!.querySelectorAll<HTMLAnchorElement>('[data-testid="library-open"]')[1]!;
    expect(open.getAttribute('href')).toBe(
      `/reader.html?url=${encodeURIComponent(SEED_URL.replace('http:', 'https:'))}`,
    );
  });

  it('finds the traditional article with a simplified query, and filters by month', async () => {
    await setUp();
    type($('library-search') as HTMLInputElement, '创业');
    await waitFor(() => titles().length === 1);
    expect(titles()).toEqual(['兩岸青年在廈門交流創業經驗']);
    type($('library-search') as HTMLInputElement, '');
    await waitFor(() => titles().length === 2);
    const month = $('library-month') as HTMLSelectElement;
    expect(Array.from(month.options, (o) => o.value)).toEqual(['', '2019-03', '2017-02']);
    month.value = '2017-02';
    month.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => titles().length === 1);
    expect(titles()).toEqual(['干部“新春走基层”关键要“走心”']);
  });

  it('deletes an article and brings it back with undo', async () => {
    const { library } = await setUp();
    root!.querySelectorAll<HTMLButtonElement>('[data-testid="library-delete"]')[0]!.click();
    await waitFor(() => titles().length === 1 && $('library-undo') !== null);
    expect(await library.get(hantArticle().url)).toBeUndefined();
    $('library-undo')!.click();
    await waitFor(() => titles().length === 2);
    expect((await library.get(hantArticle().url))?.savedAt).toBe('2024-01-02T00:00:00.000Z');
  });

  it('exports JSON Lines through the download it was given', async () => {
    const { library, download } = await setUp();
    $('library-export-jsonl')!.click();
    await waitFor(() => download.mock.calls.length === 1);
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toBe('taiwan-cn-library 2024-05-06.jsonl');
    expect(await blob.text()).toBe(await library.exportJsonl());
  });

  it('reports a refused or cancelled download as an error, never silently', async () => {
    await setUp(vi.fn(async () => Promise.reject(new Error('cancelled'))));
    $('library-export-zip')!.click();
    await waitFor(() => $('status')!.classList.contains('error'));
    expect($('status')!.textContent).not.toBe('');
  });

  it('imports a file, shows the report with the rejected line, and lists the new article', async () => {
    const { library } = await setUp();
    const extra = hansArticle({
      url: 'http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
      title: '新导入的文章',
    });
    const text = `${JSON.stringify({ article: extra, savedAt: '2024-04-01T00:00:00Z' })}\nnot json\n`;
    const input = $('library-import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'export.jsonl')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $('library-report') !== null && titles().length === 3);
    expect(titles()[0]).toBe('新导入的文章');
    expect(root!.querySelectorAll('[data-testid="library-report"] .rejected li')).toHaveLength(1);
    expect(await library.count()).toBe(3);
  });

  it('says so when the library is empty', async () => {
    const library: Library = await openLibrary('library-page-empty');
    root = document.createElement('div');
    document.body.append(root);
    render(<LibraryPage library={library} download={async () => undefined} />, root);
    await waitFor(() => $('library-empty') !== null);
    expect($('library-list')).toBeNull();
  });
});
