/**
 * `work` with its answer for the text asked about last kept. The stages ask the same question of one article
 * several times in a row, articles are processed one at a time, and the answer depends on the text alone (an
 * equal text gets the same answer whichever article it is), so one entry is enough; it holds at most one text.
 */
export function rememberLastText<T>(work: (text: string) => T): (text: string) => T {
  let last: { text: string; answer: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, answer: work(text) };
    return last.answer;
  };
}
