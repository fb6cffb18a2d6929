/**
 * 简/繁 conversion for reading, with opencc-js: simplified → traditional in Taiwan forms (with Taiwan phrases, e.g.
 * 软件 → 軟體), and back. Converters build large tries, so each is made once, on first use.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from './article';

type Convert = (text: string) => string;
const cache = new Map<string, Convert>();

function converter(from: 'cn' | 'twp', to: 'cn' | 'twp'): Convert {
  const key = `${from}>${to}`;
  let convert = cache.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    cache.set(key, convert);
  }
  return convert;
}

/** A function that turns text written in `from` into `to`; the identity when they are the same. */
export function scriptConverter(from: Script, to: Script): Convert {
  if (from === to) return (text) => text;
  return from === 'Hans' ? converter('cn', 'twp') : converter('twp', 'cn');
}
