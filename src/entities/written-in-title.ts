// "In “Off the Record,” due out in May, Hale writes about …": a title someone writes in is a book or an essay.

/**
 * After the title: its comma, maybe an aside set off by commas ("due out in May,"), then the author, a name or a
 * pronoun, and a verb of writing; a film's maker directs or shows, so none of these points to a screen work.
 */
const AUTHOR_WRITES = /^[,”"’\s]*(?:[^,.!?\n]{1,80},\s*)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:also\s+)?(?:writes|wrote|has\s+written)\b/u;

/**
 * Whether the title opened at `open` is what its writer writes in: "In" right before it and the author and a
 * writing verb as the sentence's subject and verb ("In “Off the Record,” Hale writes that …"). Not "In “Salt
 * Line,” Hale plays a nurse who writes letters home".
 */
export function writtenInTitle(text: string, open: number, after: number): boolean {
  if (!/(?:^|[\s(])In\s*$/u.test(text.slice(Math.max(0, open - 4), open))) return false;
  return AUTHOR_WRITES.test(text.slice(after, after + 160));
}
