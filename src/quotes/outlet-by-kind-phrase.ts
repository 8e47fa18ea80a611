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

/** Kinds of outlet whose name may follow them right away: "the cycling website VeloPlus", "the newspaper Kvällsbladet". */
const NAMED_AFTER_KINDS: ReadonlySet<string> = new Set(['magazine', 'newspaper', 'paper', 'publication', 'outlet', 'network', 'broadcaster', 'station', 'website', 'site', 'tabloid', 'daily', 'weekly']);

/**
 * "… the cycling website VeloPlus … . Ana Ruiz told VeloPlus that …": a capitalised name after a verb of telling
 * that the article introduced, within reach before `before`, right after a kind of outlet is that outlet, though
 * the gazetteer does not know it (a person is never introduced so: "told Smith" stays a listener). The name run
 * at tokens[s], as written, or null.
 */
export function outletIntroducedByKind(tokens: readonly Token[], s: number, before: number): string | null {
  let e = s;
  while (e < tokens.length && e < s + 4 && /^\p{Lu}[\p{L}\d-]*$/u.test(tokens[e]!.text)) e++;
  if (e === s || /^\p{Lu}/u.test(tokens[e]?.text ?? '') || /^['’]s$/.test(tokens[e]?.text ?? '')) return null;
  const name = tokens.slice(s, e).map((t) => t.text);
  for (let at = before - name.length; at > 0 && at > before - 400; at--) {
    if (!NAMED_AFTER_KINDS.has(tokens[at - 1]!.normal) || !name.every((w, k) => tokens[at + k]!.text === w)) continue;
    // (The whole name there, no longer run: "the website Velo Plus" is not "Velo".)
    if (!/^\p{Lu}/u.test(tokens[at + name.length]?.text ?? '')) return name.join(' ');
  }
  return null;
}
