// Cast brackets: an actor's name in brackets after the part they play, "Tobias (Rafe Lund)". Read apart from
// the people stage because the rule is about film and TV cast lists, not about names in general.
import { bareBracketNamesNoActor } from './characters.js';

// "Tobias (Rafe Lund) flees", "Annika (played by newcomer Sofia Laine, 19)": a name of two words or more filling a
// bracket after a part's name is the actor playing it (an age may follow). Bodies are kept out before ("(Green Party)").
const CAST_BRACKET_BEFORE = /\p{Lu}[\p{L}'’-]*[ \t]+\((?:(?:played|voiced)[ \t]+by[ \t]+(?:(?:the|a|an)[ \t]+)?(?:\p{Ll}[\p{Ll}-]+[ \t]+){0,2})?$/u;
const CAST_BRACKET_AFTER = /^(?:,[ \t]*\d{1,2})?\)/;
// (Not a publisher, a document or an expansion of initials: "Salt Roads (Larkspur Books)", "the CRF (Capital Reserve Form)".)
const BARE_BRACKET_AFTER_NAME = /((?:\p{Lu}[\p{L}'’.-]*[ \t]+)*\p{Lu}[\p{L}'’.-]*)[ \t]+\($/u;
export function castBracket(text: string, start: number, end: number): boolean {
  if (!/\s/.test(text.slice(start, end)) || !CAST_BRACKET_AFTER.test(text.slice(end, end + 6))) return false;
  const from = Math.max(0, start - 60);
  const before = text.slice(from, start);
  if (!CAST_BRACKET_BEFORE.test(before)) return false;
  const bare = BARE_BRACKET_AFTER_NAME.exec(before);
  const nameAt = from + (bare?.index ?? 0);
  return !bare || !bareBracketNamesNoActor(text.slice(Math.max(0, nameAt - 40), nameAt), bare[1]!, text.slice(start, end));
}
