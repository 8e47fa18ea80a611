/**
 * Words that open with an apostrophe standing for dropped letters, lower case, apostrophe written as ':
 * after a space they look like an opening single quotation mark ("rock 'n' roll", "the '90s", "'em").
 */
const ELIDED_WORDS = new Set(["'n'", "'n", "'em", "'til", "'cause", "'bout", "'tis", "'twas", "'round", "'cos", "'coz"]);

/** The apostrophe at text[i] (' or ’ or ‘) opens an elided word, a decade or a year ("'90s", "’08"), not a quotation. */
export function opensElision(text: string, i: number): boolean {
  const rest = text.slice(i, i + 8).replace(/[‘’]/g, "'");
  // ("'90s", "in '08": a decade or a year.)
  if (/^'\d\d(?:s\b|(?!\d))/.test(rest)) return true;
  const word = /^'[a-z]+'?/i.exec(rest)?.[0].toLowerCase() ?? '';
  // ("'n'" first: it closes on its own apostrophe.)
  return (word.endsWith("'") && ELIDED_WORDS.has(word)) || ELIDED_WORDS.has(word.replace(/'$/, ''));
}
