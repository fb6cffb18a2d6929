/**
 * Saving bad input: images that cannot be inlined, titles no file system accepts, a full disk, a corrupt import.
 * Each ends in a clear state (a note in the copy, a legal name, a typed error, a rejection report), and nothing the
 * library already held is lost or changed.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFileName } from '../../../utils/export/file-name';
import { fetchImagesAsDataUris } from '../../../utils/export/inline-images';
import { articleToHtml } from '../../../utils/export/to-html';
import { LibraryQuotaError, openLibrary } from '../../../utils/library/library-db';
import { hansArticle, hantArticle } from '../export/sample-articles';
import { isLegalFileName } from './legal-file-name';
import { bytesOf, domOf } from './page-builder';

describe('saving: images, names, quota, corrupt imports', () => {
  const realPut = IDBObjectStore.prototype.put;
  afterEach(() => {
    IDBObjectStore.prototype.put = realPut;
  });

  it('images that fail (404, not an image, too big, network error) are listed and noted in the HTML copy', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    const srcs = [
      'http://www.taiwan.cn/a/W0.jpg',
      'http://www.taiwan.cn/a/W1.jpg',
      'http://www.taiwan.cn/a/W2.jpg',
      'http://www.taiwan.cn/a/W3.png',
    ];
    const { images, failed } = await fetchImagesAsDataUris(
      srcs,
      async (url) => {
        if (url.endsWith('W0.jpg')) throw new Error('HTTP 404');
        if (url.endsWith('W1.jpg')) return { bytes: bytesOf(new TextEncoder().encode('<html>')), type: 'image/jpeg' };
        if (url.endsWith('W2.jpg')) return { bytes: new ArrayBuffer(64), type: 'image/jpeg' };
        return { bytes: bytesOf(png), type: 'image/png' };
      },
      32,
    );
    expect(failed.sort()).toEqual(srcs.slice(0, 3));
    const html = srcs.map((src) => `<p><img src="${src}" alt="图"></p>`).join('') + '<p>正文</p>';
    const window = domOf('').window;
    const copy = articleToHtml(
      hansArticle({ html }),
      new Date('2024-01-01T00:00:00Z'),
      images,
      window as unknown as Window,
    );
    const doc = domOf(copy).window.document;
    expect(Array.from(doc.querySelectorAll('img'), (i) => i.getAttribute('src')?.slice(0, 15))).toEqual([
      'data:image/png;',
    ]);
    expect(Array.from(doc.querySelectorAll('.body a'), (a) => a.getAttribute('href'))).toEqual(srcs.slice(0, 3));
  });

  it.each([
    'CON',
    '..',
    '<>:"/\\|?*',
    '标题\u202Egpj.exe',
    'a\u0000b\u0007c',
    '   ',
    `${'很长的标题'.repeat(40)}`,
    'COM1.txt',
    '\uD800孤',
  ])('a title like %j gives a file name legal everywhere', (title) => {
    const name = articleFileName(hansArticle({ title }), 'html');
    expect(isLegalFileName(name), name).toBe(true);
    expect(name.endsWith('.html')).toBe(true);
  });

  it('a quota error on saving a new article is typed, and the library keeps every earlier entry', async () => {
    const library = await openLibrary('bad-input-quota');
    await library.put(hansArticle(), new Date('2024-01-01T00:00:00Z'));
    await library.put(hantArticle(), new Date('2024-01-02T00:00:00Z'));
    const before = await library.exportJsonl();
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const third = hansArticle({ url: 'http://www.taiwan.cn/xwzx/la/201805/t20180514_11955001.htm', title: '第三篇' });
    await expect(library.put(third)).rejects.toBeInstanceOf(LibraryQuotaError);
    IDBObjectStore.prototype.put = realPut;
    expect(await library.exportJsonl()).toBe(before);
    library.close();
  });

  it('a corrupt import file (binary, truncated, hostile keys) is rejected line by line and changes nothing', async () => {
    const library = await openLibrary('bad-input-import');
    await library.put(hansArticle(), new Date('2024-01-01T00:00:00Z'));
    const before = await library.exportJsonl();
    const corrupt = [
      '\u0000PK\u0003\u0004\uFFFD\uFFFD', // a zip opened as text
      before.slice(0, 40), // a truncated export line
      '{"__proto__": {"polluted": true}, "article": {"kind": "article"}}',
      JSON.stringify({
        url: 'javascript:alert(1)',
        article: { ...hansArticle(), url: 'javascript:alert(1)' },
        savedAt: '2024-01-01',
      }),
      JSON.stringify({ article: hansArticle({ editor: '冒名' }), savedAt: 'yesterday' }),
    ].join('\n');
    const report = await library.importJsonl(corrupt);
    expect(report.rejected.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(report.added.length + report.updated.length).toBe(0);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(await library.exportJsonl()).toBe(before);
    library.close();
  });
});
