import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64, fetchImagesAsDataUris, sniffImageType, type FetchBytes } from '../../../utils/export/inline-images';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = new TextEncoder().encode('<!doctype html><title>404</title>');

/** A fake network: a table of URL → bytes (type as the server would label it); anything else is a network error. */
function fakeFetch(table: Record<string, { bytes: Uint8Array; type: string }>, seen: string[] = []): FetchBytes {
  return async (url) => {
    seen.push(url);
    const hit = table[url];
    if (!hit) throw new TypeError('Failed to fetch');
    return { bytes: hit.bytes.slice().buffer, type: hit.type };
  };
}

describe('fetchImagesAsDataUris', () => {
  it('turns fetched images into data URIs by what the bytes are, not the label', async () => {
    const fetchBytes = fakeFetch({
      'http://www.taiwan.cn/a.jpg': { bytes: JPEG, type: 'application/octet-stream' },
      'http://www.taiwan.cn/b.png': { bytes: PNG, type: 'image/png' },
    });
    const { images, failed } = await fetchImagesAsDataUris(
      ['http://www.taiwan.cn/a.jpg', 'http://www.taiwan.cn/b.png'],
      fetchBytes,
    );
    expect(failed).toEqual([]);
    expect(images.get('http://www.taiwan.cn/a.jpg')).toBe(
      `data:image/jpeg;base64,${Buffer.from(JPEG).toString('base64')}`,
    );
    expect(images.get('http://www.taiwan.cn/b.png')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('reports what could not be inlined: network errors, too large, SVG, an HTML error page, non-web URLs', async () => {
    const fetchBytes = fakeFetch({
      'http://www.taiwan.cn/big.jpg': { bytes: new Uint8Array([...JPEG, ...new Uint8Array(2000)]), type: 'image/jpeg' },
      'http://www.taiwan.cn/logo.svg': { bytes: SVG, type: 'image/svg+xml' },
      'http://www.taiwan.cn/gone.jpg': { bytes: HTML, type: 'image/jpeg' },
      'http://www.taiwan.cn/ok.jpg': { bytes: JPEG, type: 'image/jpeg' },
    });
    const srcs = [
      'http://www.taiwan.cn/big.jpg',
      'http://www.taiwan.cn/logo.svg',
      'http://www.taiwan.cn/gone.jpg',
      'http://www.taiwan.cn/missing.jpg',
      'file:///etc/passwd',
      'http://www.taiwan.cn/ok.jpg',
    ];
    const { images, failed } = await fetchImagesAsDataUris(srcs, fetchBytes, 1000);
    expect([...images.keys()]).toEqual(['http://www.taiwan.cn/ok.jpg']);
    expect([...failed].sort()).toEqual(srcs.filter((s) => !s.endsWith('ok.jpg')).sort());
  });

  it('fetches each address once and never more than three at a time', async () => {
    let active = 0;
    let peak = 0;
    const seen: string[] = [];
    const fetchBytes: FetchBytes = async (url) => {
      seen.push(url);
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active -= 1;
      return { bytes: JPEG.slice().buffer, type: 'image/jpeg' };
    };
    const srcs = Array.from({ length: 10 }, (_, i) => `http://www.taiwan.cn/${i % 7}.jpg`);
    const { images } = await fetchImagesAsDataUris(srcs, fetchBytes);
    expect(images.size).toBe(7);
    expect(seen).toHaveLength(7);
    expect(peak).toBe(3);
  });
});

describe('image helpers', () => {
  it('base64 matches the platform encoder for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('recognises GIF, WebP and AVIF and refuses everything else', () => {
    expect(sniffImageType(new TextEncoder().encode('GIF89a...'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('\0\0\0\x1cftypavif'))).toBe('image/avif');
    expect(sniffImageType(SVG)).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});
