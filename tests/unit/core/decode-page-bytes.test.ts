import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePageBytes, normalizeCharsetLabel } from '../../../utils/charset/decode-page-bytes';

const SEED = readFileSync('../shared/fixtures/seed-2017/t20170223_11709385.htm');
const gbk = (s: string) => {
  // GB18030 bytes for a few known characters, written out so the test does not depend on an encoder.
  const table: Record<string, number[]> = { 台: [0xcc, 0xa8], 湾: [0xcd, 0xe5], 网: [0xcd, 0xf8] };
  return [...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]);
};

describe('decodePageBytes', () => {
  it('reads the seed page, served as gb2312, as GB18030 from its meta tag', () => {
    const page = decodePageBytes(SEED);
    expect(page.encoding).toBe('gb18030');
    expect(page.via).toBe('meta');
    expect(page.text).toContain('干部“新春走基层”关键要“走心”');
    expect(page.warnings).toEqual([]);
  });

  it('does not trust a utf-8 label on GBK bytes', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="utf-8"><p>'),
      ...gbk('台湾网'),
      0x3c,
      0x2f,
      0x70,
      0x3e,
    ]);
    const page = decodePageBytes(bytes);
    expect(page.encoding).toBe('gb18030');
    expect(page.text).toContain('台湾网');
    expect(page.warnings[0]).toMatch(/says utf-8/);
  });

  it('honours a BOM before any label', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="gbk">两岸')]);
    const page = decodePageBytes(bytes);
    expect(page.encoding).toBe('utf-8');
    expect(page.text.startsWith('<meta')).toBe(true);
    expect(page.text).toContain('两岸');
  });

  it('reads Big5 bytes on the Big5 gateway host when no label is given', () => {
    // 臺灣 in Big5: D2 4F C6 57
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xbb, 0x4f, 0xc6, 0x57]);
    const page = decodePageBytes(bytes, 'http://big5.taiwan.cn/xwzx/');
    expect(page.encoding).toBe('big5');
    expect(page.via).toBe('host');
    expect(page.text).toBe('<p>臺灣');
  });

  it('takes unlabelled valid UTF-8 as UTF-8 and falls back to GB18030 otherwise', () => {
    expect(decodePageBytes(new TextEncoder().encode('<p>海峡两岸</p>')).encoding).toBe('utf-8');
    const page = decodePageBytes(new Uint8Array(gbk('台湾网')));
    expect(page.encoding).toBe('gb18030');
    expect(page.text).toBe('台湾网');
  });

  it('flags text that is mostly U+FFFD', () => {
    const page = decodePageBytes(new TextEncoder().encode(`<p>${'\uFFFD'.repeat(50)}两岸</p>`));
    expect(page.warnings.join(' ')).toMatch(/unreadable/);
  });

  it('maps every GB label to GB18030 and rejects labels it does not know', () => {
    for (const l of ['GB2312', 'gbk', 'x-gbk', 'GB18030', '"gb2312"']) expect(normalizeCharsetLabel(l)).toBe('gb18030');
    expect(normalizeCharsetLabel('BIG5')).toBe('big5');
    expect(normalizeCharsetLabel('klingon')).toBeNull();
  });
});
