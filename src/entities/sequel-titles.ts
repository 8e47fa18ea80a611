// “Lantern Hollow 2” in an article that names “Lantern Hollow”: a title with a sequel's number after a title the
// article puts in quotation marks elsewhere is the next film of that work. Reported words keep such a title
// ("told Variety she was offered more for “Lantern Hollow 2.”"): the number says a work is meant, not a phrase
// the speaker said.

// A title, a space and a sequel's number: "2", "III", "Part Two".
const NUMBERED = /^(.+?)[ \t]*(?::[ \t]*)?[ \t](?:\d{1,2}|II|III|IV|V|VI|Part[ \t]+(?:\d{1,2}|Two|Three|Four|II|III))$/u;

/** Whether `inner` is a numbered sequel of one of `otherTitles` (texts in quotation marks elsewhere, compared by `key`). */
export function isNumberedSequelOf(inner: string, otherTitles: ReadonlySet<string>, key: (s: string) => string): boolean {
  const base = NUMBERED.exec(inner)?.[1];
  return !!base && otherTitles.has(key(base));
}
