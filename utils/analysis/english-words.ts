/**
 * Words and sentences of English text, for the site's English edition (eng.taiwan.cn): jieba and its Chinese IDF table
 * have nothing to say about English, where they ranked "the", "and" and "on" as keywords.
 */

/**
 * Function words, reporting and headline verbs, common adjectives and the calendar: they frame a news story in any
 * subject and never name one (there is no English tagger to tell verbs from nouns). Written for this module from
 * common knowledge of English grammar and newswire style.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet if then than that this these those there here where when while whom whose which who
   what why how as at by for from in into of off on onto out over to up upon with within without about above across
   after against along among around before behind below beneath beside besides between beyond during except inside
   near since through throughout toward towards under until unlike via per
   is am are was were be been being has have had having do does did doing will would shall should can could may might
   must ought not no nor only also just very too more most less least much many such same other another each every
   either neither both all any some few several own its it it's itself he him his himself she her hers herself they
   them their theirs themselves we us our ours ourselves you your yours yourself yourselves i me my mine myself one ones
   said says say saying told tells according added adds noted notes stressed expressed stated reported urged called
   year years month months week weeks day days today yesterday tomorrow time times people part parts way ways lot lots
   monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
   september october november december jan feb mar apr jun jul aug sep sept oct nov dec
   mr mrs ms dr percent per cent first second third new well even still already however although though because
   including include includes included further far again ever never now then soon later earlier recent recently
   open opens opened opening hold holds held kick kicks kicked launch launches launched sign signs signed visit visits
   visited meet meets met attend attends attended gather gathers gathered start starts started begin begins began end
   ends ended close closes closed host hosts hosted join joins joined mark marks marked set sets see sees seen saw make
   makes made take takes took give gives gave get gets got go goes went come comes came show shows showed shown become
   becomes became keep keeps kept rise rises rose fall falls fell grow grows grew reach reaches reached help helps
   helped run runs ran learn learns learned want wants wanted hope hopes hoped slam slams slammed urge urges urged vow
   vows vowed hail hails hailed warn warns warned denounce denounces denounced criticize criticizes criticized criticise
   criticises criticised condemn condemns condemned welcome welcomes welcomed require requires required announce
   announces announced implement implements implemented continue continues continued aim aims aimed
   good great big small large high low major key main local important various different young old long short next
   last full whole
   province city county district region area side sides number numbers`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words nearly every report of the English edition carries, like SITE_COMMON_WORDS in Chinese: they stay candidates
 * but rank lower.
 */
export const ENGLISH_SITE_COMMON: ReadonlySet<string> = new Set(
  `taiwan mainland china chinese cross-straits cross-strait straits strait island compatriots`.split(/\s+/),
);

/** A word as the text wrote it, where it starts, and whether a sentence starts with it. */
export interface EnglishToken {
  text: string;
  /** Lower case, possessive 's dropped: what counts as the same word. */
  key: string;
  sentenceStart: boolean;
}

// Words with inner hyphens, apostrophes and dots (start-up, Taiwan's, U.S.), or numbers.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?\.?/gu;
// Abbreviations whose dot does not end a sentence.
const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|vs|etc|[A-Z])\.$/;

/**
 * Sentences of one paragraph: a stop, question or exclamation mark (and any closing quote) followed by a space and a
 * capital, digit or opening quote, except after a title or initial (Mr. Lin, U.S. officials).
 */
export function englishSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index! + match[0].trimEnd().length;
    const candidate = paragraph.slice(start, end);
    if (ABBREVIATION.test(candidate)) continue;
    sentences.push(candidate.trim());
    start = match.index! + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * The words of one sentence, split into runs at punctuation: a keyword phrase never spans a comma or a bracket
 * ("Xiamen, Fujian province" is two places, not one name).
 */
export function englishClauses(sentence: string): EnglishToken[][] {
  const clauses: EnglishToken[][] = [];
  let first = true;
  for (const part of sentence.split(/[,;:()"“”‘’!?–—]|\s-\s|\.(?=\s|$)/u)) {
    const tokens: EnglishToken[] = [];
    for (const match of part.matchAll(WORD)) {
      const text = match[0].replace(/\.$/, (dot) => (/^(?:[A-Za-z]\.)+$/.test(match[0]) ? dot : ''));
      tokens.push({ text, key: text.toLowerCase().replace(/['’]s$/, ''), sentenceStart: first });
      first = false;
    }
    if (tokens.length) clauses.push(tokens);
  }
  return clauses;
}

/** Whether a letter-bearing text is English (or another Latin-script language) rather than Chinese. */
export function isLatinText(text: string): boolean {
  // Runs on every analysis: char codes, not a regular expression per character.
  let latin = 0;
  let han = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code | 32) >= 97 && (code | 32) <= 122) latin += 1;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han += 1;
  }
  // Under one Han character per 10 Latin letters (about two English words): Chinese text that names things in
  // English (PM2.5, AI, TSMC) has several Han characters per letter, an English report quoting a Chinese name a few
  // in hundreds of letters.
  return latin > 0 && han * 10 < latin;
}
