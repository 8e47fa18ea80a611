import type { Token } from '../types.js';

/**
 * "The cycling website VeloPlus first reported … . “…,” he told the cycling website.": the words after "the"
 * at tokens[s], one or two small-letter modifiers and a kind of outlet (`isKind`), repeat the phrase that
 * introduced an outlet by name a little earlier; that outlet is meant, whether or not the gazetteer knows it.
 * Returns its name as written, or null.
 */
export function outletIntroducedByPhrase(tokens: readonly Token[], s: number, before: number, isKind: (word: string) => boolean): string | null {
  // (The modifier words and the kind word: "cycling website", "business daily"; not the kind alone, read elsewhere.)
  let noun = s;
  while (noun < s + 2 && /^\p{Ll}+$/u.test(tokens[noun]?.text ?? '') && !isKind(tokens[noun]!.normal)) noun++;
  if (noun === s || !isKind(tokens[noun]?.normal ?? '')) return null;
  const phrase = tokens.slice(s, noun + 1).map((t) => t.normal);
  for (let at = before - phrase.length - 1; at >= 0 && at > before - 400; at--) {
    if (!phrase.every((w, k) => tokens[at + k]!.normal === w)) continue;
    const name: string[] = [];
    for (let k = at + phrase.length; /^\p{Lu}/u.test(tokens[k]?.text ?? '') && name.length < 4; k++) name.push(tokens[k]!.text);
    if (name.length > 0) return name.join(' ');
  }
  return null;
}
