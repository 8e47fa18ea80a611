// Where a sentence ends for readers that look only a sentence ahead (a cast list, a synopsis). A stop after a
// title ("as Dr. Aske", "Gen. Hale", "St. Ives") ends no sentence; any other ".", "!" or "?" does when a space,
// a closing quotation mark or the end of the text follows.
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Capt|Sgt|Lt|Col|Gen|Rev|St))[.!?](?=["”’]?(?:\s|$))/g;

/** The index of the first sentence-ending stop at or after `from`, or the text's length when none follows. */
export function sentenceEndFrom(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(text)?.index ?? text.length;
}
