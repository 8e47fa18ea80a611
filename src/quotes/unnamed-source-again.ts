import type { Attribution } from './attribution.js';
import type { RoleMention } from './roles.js';
import type { Person } from '../nlp/names.js';
import type { SpeakerPhrase } from './speaker.js';
import { descriptionHead } from './described-speakers.js';
import { isIndefiniteDescription } from './roles.js';
import { pluralGroup } from './antecedents.js';

/**
 * "A former producer told Variety …. Lawyer Dana Ruiz said …. The former producer said …": a definite description
 * whose role word is that of an unnamed source the article brought in with an indefinite article is that source
 * speaking again, not `person`, the one recency picked, when that one is known only by another role (a lawyer is no
 * producer). Returns the source's earlier attribution (its outlet carries over), or null to leave `person`.
 * (One named with the role since, "The producer, Ana Ruiz, said", holds it and stays.)
 */
export function unnamedSourceAgain(sp: SpeakerPhrase, at: number, person: Person | null, history: Attribution[], known: RoleMention[], text: string): Attribution | null {
  if (!person) return null;
  const head = descriptionHead(sp);
  if (!head) return null;
  const own = known.filter((m) => m.person === person && m.at < at);
  if (!own.length || own.some((m) => m.roles.has(head) || m.words.has(head))) return null;
  return indefiniteSourceBefore(head, at, history, text);
}

/** The latest attribution before `at` to an unnamed source brought in with an indefinite article and this head ("A juror told …"). */
export function indefiniteSourceBefore(head: string, at: number, history: Attribution[], text: string): Attribution | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const a = history[i]!;
    if (a.at >= at || a.person || a.pronoun || a.frame.speaker.kind !== 'anonymous') continue;
    const written = text.slice(a.frame.speaker.start, a.frame.speaker.end);
    if (isIndefiniteDescription(written) && !pluralGroup(a.frame.speaker) && descriptionHead(a.frame.speaker) === head) return a;
  }
  return null;
}
