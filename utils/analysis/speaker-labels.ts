/**
 * Press-conference transcripts label their paragraphs: "问：" / "记者：" for questions, "答：" or the speaker's name
 * ("朱凤莲：") for answers. The summary leaves questions out and keeps answers attributed, so it stays readable.
 */
import type { Sentence } from './segment-article';

export interface SpeakerLabel {
  name: string;
  /** Characters the label takes at the start of its paragraph, colon and spaces included. */
  length: number;
  /** A bare 答： that says nothing about who answered. */
  anonymous: boolean;
  /** The paragraph is a question. */
  asks: boolean;
}

const LABEL = /^([^\s，。：:“”「」（）()、]{1,8})[：:]\s*/u;
const ASKING = /^(?:问|問|提问|提問|记者|記者|记者问|記者問|主持人)$/u;
const ANSWERING = /^(?:答|回答)$/u;
const REPORTED_QUESTION = /^(?:有|另有|还有|還有)?(?:记者|記者)(?:问|問|提问|提問)/u;
const QUESTION_MARK = /[？?][”’」』）)]*$/u;

/** A question, asked in a transcript (有记者问，……？) or in prose: it raises the subject but says nothing about it. */
export function isQuestion(sentence: Pick<Sentence, 'text'>): boolean {
  return QUESTION_MARK.test(sentence.text) || REPORTED_QUESTION.test(sentence.text);
}

export function speakerLabels(sentences: readonly Sentence[]): Map<number, SpeakerLabel> {
  const found = new Map<number, { name: string; length: number }>();
  const uses = new Map<string, number>();
  for (const s of sentences) {
    if (!s.opensParagraph) continue;
    const match = LABEL.exec(s.text);
    if (!match) continue;
    const name = match[1]!;
    found.set(s.paragraph, { name, length: match[0].length });
    uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const labels = new Map<number, SpeakerLabel>();
  for (const [paragraph, { name, length }] of found) {
    const asks = ASKING.test(name);
    const anonymous = ANSWERING.test(name);
    // A name followed by a colon once is ordinary prose ("他强调：…"); a transcript repeats its speakers.
    if (asks || anonymous || (uses.get(name) ?? 0) >= 2) labels.set(paragraph, { name, length, anonymous, asks });
  }
  return labels;
}
