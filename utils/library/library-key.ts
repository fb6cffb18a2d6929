/**
 * The key a library entry is filed under. taiwan.cn served http until about 2023 and https since, with the same paths,
 * so one article saved from both addresses is one entry; the fragment never names a different article.
 */
export function libraryKey(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`Not a web address: ${url}`);
  parsed.hash = '';
  parsed.protocol = 'https:';
  return parsed.href;
}

/** Whether `url` can be a library key at all. */
export function isLibraryUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    libraryKey(url);
    return true;
  } catch {
    return false;
  }
}
