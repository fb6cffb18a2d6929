/**
 * Fetch an article's images for the HTML copy and turn them into data URIs. The network is injected (the extension
 * passes its own fetch, tests pass a fake), images are fetched a few at a time, and anything too big, not a raster
 * image, or unreachable is reported as failed so the copy can keep its link and say so.
 */

/** Per image: a news photo is rarely over 1 MB; 3 MB keeps big panoramas while stopping a runaway file. */
export const DEFAULT_MAX_IMAGE_BYTES = 3 * 1024 * 1024;
const CONCURRENCY = 3;

export type FetchBytes = (url: string) => Promise<{ bytes: ArrayBuffer; type: string }>;

// The sanitizer's data: allowlist. SVG is refused: it can carry script.
const SIGNATURES: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: 'image/gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  { type: 'image/webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { type: 'image/avif', test: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)) },
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The type the bytes say they are: servers label images wrongly (octet-stream, text/html) often enough. */
export function sniffImageType(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.type ?? null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Plain base64 without `btoa` or `Buffer`, so the same code runs in the page, the worker and Node. */
export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(
      ALPHABET[(n >> 18) & 63]! +
        ALPHABET[(n >> 12) & 63]! +
        (b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!) +
        (c === undefined ? '=' : ALPHABET[n & 63]!),
    );
  }
  return out.join('');
}

async function toDataUri(url: string, fetchBytes: FetchBytes, maxBytes: number): Promise<string> {
  const { bytes: buffer } = await fetchBytes(url);
  if (buffer.byteLength > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
  const bytes = new Uint8Array(buffer);
  const type = sniffImageType(bytes);
  if (!type) throw new Error('not a PNG, JPEG, GIF, WebP or AVIF image');
  return `data:${type};base64,${base64(bytes)}`;
}

export async function fetchImagesAsDataUris(
  srcs: string[],
  fetchBytes: FetchBytes,
  maxBytes: number = DEFAULT_MAX_IMAGE_BYTES,
): Promise<{ images: Map<string, string>; failed: string[] }> {
  const queue = [...new Set(srcs.filter((src) => /^https?:\/\//i.test(src)))];
  const failed = srcs.filter((src) => !/^https?:\/\//i.test(src));
  const images = new Map<string, string>();
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        images.set(url, await toDataUri(url, fetchBytes, maxBytes));
      } catch {
        failed.push(url);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { images, failed: [...new Set(failed)] };
}
