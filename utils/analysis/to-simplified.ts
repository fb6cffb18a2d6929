/**
 * Traditional -> simplified conversion that keeps every offset: the output has the same UTF-16 length as the input, so a
 * word jieba finds at [start, end) in the simplified text is the slice [start, end) of the original. That is how
 * keywords and summaries of a traditional-script article come out in its own script.
 */
import { Trie } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

// The smallest OpenCC tables that do the job (about 40 kB): Taiwan variant forms to OpenCC's standard ones (裡 -> 裏),
// then traditional to simplified, characters plus the few phrases that disambiguate (乾隆 stays, 乾淨 -> 干净). The
// 1 MB simplified->traditional phrase table is not needed in this direction.
function trieOf(...tables: string[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(tables);
  return trie;
}

function convertSameLength(trie: Trie, text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const match = trie.matchPrefix(text, i);
    // A mapping that would change the length (a few rare characters outside the BMP) is skipped, not applied.
    if (match && match.value.length === match.end - i) {
      out += match.value;
      i = match.end;
    } else {
      const step = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      out += text.slice(i, i + step);
      i += step;
    }
  }
  return out;
}

export type ToSimplified = (text: string) => string;

export function createToSimplified(): ToSimplified {
  const variants = trieOf(TWVariantsRev);
  const simplify = trieOf(TSPhrases, TSCharacters);
  return (text) => convertSameLength(simplify, convertSameLength(variants, text));
}
