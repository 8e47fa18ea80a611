// "played a key role in “…”", "has played a crucial part in the talks": the idiom for taking part in something.
// It names no part and no acting, so neither the title after it nor the person before it gains a film link from it.
// (Words an actor's credit also uses, "a small role", "a supporting part", keep their screen sense.)
import { figurativeRoleAdjectives } from '../lexicon/figurative-roles.js';

let pattern: RegExp | undefined;

function figurativeRole(): RegExp {
  // A play verb, "a" or "an", up to one more describing word ("a very big", "an increasingly important"), the idiom's
  // adjective and "role" or "part".
  pattern ??= new RegExp(String.raw`\b(?:play|plays|played|playing)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:${figurativeRoleAdjectives().join('|')})\s+(?:role|part)s?\b`, 'gu');
  return pattern;
}

/** Whether the text right before a title ends with the idiom and "in": "played a key role in ". */
export function figurativeRoleInBefore(preceding: string): boolean {
  const re = figurativeRole();
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(preceding); m; m = re.exec(preceding)) last = m;
  return !!last && /^\s+in\s*$/u.test(preceding.slice(last.index + last[0].length));
}

/** The text with the idiom blanked out (same length), so its play verb is no cue: "Ana Ruiz played a key role in". */
export function withoutFigurativeRoles(text: string): string {
  return text.replace(figurativeRole(), (m) => ' '.repeat(m.length));
}
