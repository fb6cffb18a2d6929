/**
 * Simplified or traditional: the Big5 gateway always serves traditional characters; elsewhere count characters that
 * exist in only one of the two scripts. A short list of very frequent pairs is enough for news text.
 */
const HANS_ONLY = '这们为与时来说会国台湾对发经关岁后开学实记两岸华进总统选议应业动员义区长问题报称';
const HANT_ONLY = '這們為與時來說會國臺灣對發經關歲後開學實記兩岸華進總統選議應業動員義區長問題報稱';

const hans = new Set(Array.from(HANS_ONLY).filter((c) => !HANT_ONLY.includes(c)));
const hant = new Set(Array.from(HANT_ONLY).filter((c) => !HANS_ONLY.includes(c)));

export function detectScript(text: string, big5Gateway: boolean): 'Hans' | 'Hant' {
  if (big5Gateway) return 'Hant';
  let s = 0;
  let t = 0;
  // Both lists are BMP characters, so UTF-16 units can be compared one at a time; 2000 of them settle it.
  for (let i = 0, n = Math.min(text.length, 2000); i < n; i++) {
    const c = text[i] as string;
    if (hans.has(c)) s++;
    else if (hant.has(c)) t++;
  }
  return t > s ? 'Hant' : 'Hans';
}
