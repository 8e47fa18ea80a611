// A protest sign's or a banner's words, quoted: "a sign reading “Let Ruthie Rest.”", "banners that said “Free
// Harbour Street”". The capitalised words there are a slogan's, so a run named only there is nobody in the news
// ("Free Tom Varga" on a sign, with Varga in the story around it, still names him).

const SIGN_THEN_MARK = /\b(?:signs?|placards?|banners?|posters?|T-shirts?|shirts?|billboards?)[ \t]+(?:(?:that|which)[ \t]+)?(?:reading|read|reads|saying|said|says|declaring|declared|proclaiming)[ \t]*:?[ \t]*[“"]$/i;

/** Whether text[at] lies inside quotation marks opened right after "a sign reading" (within 60 characters, no mark closed since). */
export function insideSignWords(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || before.slice(open + 1).includes('”')) return false;
  return SIGN_THEN_MARK.test(text.slice(Math.max(0, at - 60 - 60), at - before.length + open + 1));
}

/** Whether every mention of the word (a name's last) lies inside a sign's quoted words. */
export function namedOnlyOnSigns(text: string, word: string): boolean {
  let seen = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const whole = !/[\p{L}]/u.test(text[at - 1] ?? '') && !/[\p{L}]/u.test(text[at + word.length] ?? '');
    if (!whole) continue;
    if (!insideSignWords(text, at)) return false;
    seen = true;
  }
  return seen;
}
