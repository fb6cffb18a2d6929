import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFileName, MAX_FILE_NAME_BYTES, uniqueFileName } from '../../../utils/export/file-name';
import { hansArticle } from './sample-articles';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const nameFor = (title: string | null, publishedAt: string | null = '2017-02-23T16:43:57+08:00') =>
  articleFileName(hansArticle({ title, publishedAt }), 'md');

/** What every produced name must satisfy, on every desktop system. */
function assertSafe(name: string, ext: string): void {
  expect(name.endsWith(`.${ext}`)).toBe(true);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  expect(name).not.toMatch(/[<>:"/\\|?*~]/);
  expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Cn}]/u);
  expect(name).not.toMatch(/^[\s.]/);
  const stem = name.slice(0, -(ext.length + 1));
  expect(stem.length).toBeGreaterThan(0);
  expect(stem).not.toMatch(/[\s.]$/);
  expect(stem.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
  // Well-formed UTF-16: encoding and decoding gives the same string back (no half surrogate pair).
  expect(new TextDecoder().decode(new TextEncoder().encode(name))).toBe(name);
}

describe('articleFileName', () => {
  it('names the seed article YYYY-MM-DD title.ext', () => {
    expect(articleFileName(hansArticle(), 'html')).toBe('2017-02-23 干部“新春走基层”关键要“走心”.html');
  });

  it.each([
    ['a slash in the title', '两岸/台湾 观察', '2017-02-23 两岸 台湾 观察.md'],
    ['Windows-reserved punctuation', 'Q&A: 台湾? <图> "引" a|b *c* d\\e', '2017-02-23 Q&A 台湾 图 引 a b c d e.md'],
    ['a tilde, which Chrome refuses', '两岸~交流', '2017-02-23 两岸 交流.md'],
    ['noncharacters', '标\uffff题\ufdd0', '2017-02-23 标题.md'],
    ['control characters and newlines', '第一行\n第二行\t\u0007铃', '2017-02-23 第一行 第二行 铃.md'],
    ['zero-width and bidi characters', '台\u200b湾\u200d网\u202egpj.exe\ufeff', '2017-02-23 台湾网gpj.exe.md'],
    ['only dots and spaces (the URL id stands in)', ' . .. ', '2017-02-23 t20170223_11709385.md'],
    ['ideographic and no-break spaces', '\u3000\u3000标题\u00a0正文\u3000', '2017-02-23 标题 正文.md'],
  ])('handles %s', (_what, title, expected) => {
    expect(nameFor(title)).toBe(expected);
    assertSafe(nameFor(title), 'md');
  });

  it.each(['CON', 'nul', 'Com1', 'LPT9', 'aux.tar', 'PRN '])('never yields the device name %s', (title) => {
    const name = nameFor(title, null);
    assertSafe(name, 'md');
    expect(name.startsWith('_')).toBe(true);
  });

  it('drops leading dots so a copy is never hidden on macOS or Linux', () => {
    expect(nameFor('...bashrc', null)).toBe('bashrc.md');
  });

  it('falls back to the URL id when the page had no title', () => {
    expect(nameFor(null)).toBe('2017-02-23 t20170223_11709385.md');
  });

  it('cuts a long Chinese title to 150 bytes on a character boundary', () => {
    const name = nameFor('两岸'.repeat(100));
    assertSafe(name, 'md');
    expect(bytes(name)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 3);
    expect(name).toMatch(/^2017-02-23 (两岸)+两?\.md$/);
  });

  it('never splits an emoji: surrogate pairs and joined sequences stay whole or go whole', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const name = nameFor(`${'界'.repeat(43)}${family}${family}`);
    assertSafe(name, 'md');
    expect(name).not.toContain('\u{1F468}\u{1F469}');
  });

  it('keeps every name safe for arbitrary titles (property)', () => {
    const ext = fc.constantFrom('html', 'md', 'txt', 'json') as fc.Arbitrary<'html' | 'md' | 'txt' | 'json'>;
    const title = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom('.', ' ', '/', ':', '\u200b', '\u0000', '台', 'A', '\ud83d', '\ude00'),
        maxLength: 200,
      }),
      fc.constantFrom('CON', 'con.txt', 'NUL', 'COM3', 'lpt1', '.', '..', '...'),
    );
    fc.assert(
      fc.property(title, ext, fc.option(fc.constant('2020-01-31T08:00:00+08:00')), (t, e, published) => {
        assertSafe(articleFileName(hansArticle({ title: t, publishedAt: published }), e), e);
      }),
      { numRuns: 500 },
    );
  });
});

describe('uniqueFileName', () => {
  it('numbers repeats, ignoring case as Windows and macOS do', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('2017-02-23 标题.md', taken)).toBe('2017-02-23 标题.md');
    expect(uniqueFileName('2017-02-23 标题.md', taken)).toBe('2017-02-23 标题 (2).md');
    expect(uniqueFileName('A.md', taken)).toBe('A.md');
    expect(uniqueFileName('a.md', taken)).toBe('a (2).md');
  });

  it('stays within 150 bytes when the numbered name would be longer', () => {
    const long = nameFor('两岸'.repeat(100));
    const taken = new Set<string>([long.toLowerCase()]);
    const second = uniqueFileName(long, taken);
    expect(second).toMatch(/ \(2\)\.md$/);
    assertSafe(second, 'md');
  });
});
