/**
 * 简/繁 conversion for reading, with opencc-js: simplified → traditional in Taiwan forms (with Taiwan phrases, e.g.
 * 软件 → 軟體), and back. The dictionaries are a large chunk (over 1 MB), so they are loaded only when a reader
 * first asks for a conversion, and each converter's tries are built once.
 */
import type { Script } from './article';

type Convert = (text: string) => string;
type OpenCC = typeof import('opencc-js');

let opencc: OpenCC | null = null;
let loading: Promise<void> | null = null;
const cache = new Map<string, Convert>();
const identity: Convert = (text) => text;

/** Load the dictionaries; resolves at once when they are already there. */
export function loadScriptConversion(): Promise<void> {
  loading ??= import('opencc-js').then(
    (module) => void (opencc = module),
    (error: unknown) => {
      loading = null; // let a later request try again
      throw error;
    },
  );
  return loading;
}

/** True when `scriptConverter(from, to)` can be called now. */
export function canConvert(from: Script, to: Script): boolean {
  return from === to || opencc !== null;
}

/** A function that turns text written in `from` into `to`; the identity when they are the same. */
export function scriptConverter(from: Script, to: Script): Convert {
  if (from === to) return identity;
  if (!opencc) throw new Error('Script conversion is not loaded yet: await loadScriptConversion() first.');
  const [src, dst] = from === 'Hans' ? (['cn', 'twp'] as const) : (['twp', 'cn'] as const);
  const key = `${src}>${dst}`;
  let convert = cache.get(key);
  if (!convert) {
    convert = opencc.Converter({ from: src, to: dst });
    cache.set(key, convert);
  }
  return convert;
}
