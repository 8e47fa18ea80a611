import type { Frame, TokenView } from './frame.js';

/**
 * "Haaland posted a short message on Instagram, writing that he was “grateful …”": a main cue whose object is
 * a thing (a noun phrase, no clause: no verb before the comma), then a participle after a comma opening a
 * "that" clause: the participle reports the clause that holds the words, the main verb only names the act.
 * `participle` is the nearer frame (its speaker the sentence's subject), `main` the cue further left. (Not
 * "said the film was weak, writing that …": a verb after "said" makes its object a clause of its own.)
 */
export function participleAfterObject(view: TokenView, main: Frame, participle: Frame): boolean {
  const tokens = view.tokens;
  if (!participle.distant) return false;
  const first = view.tokenAtOrAfter(participle.cueStart);
  if (tokens[first - 1]?.text !== ',' || !/\p{Ll}ing$/u.test(tokens[first]!.text) || tokens[first + 1]?.normal !== 'that') return false;
  // The object opens with a determiner or a noun right after the main cue, and runs to the comma with no verb.
  if (!/^(DET|ADJ|NOUN|NUM)$/.test(tokens[main.cueToken + 1]?.pos ?? '') || tokens[main.cueToken + 1]!.normal === 'that') return false;
  for (let k = main.cueToken + 1; k < first - 1; k++) if (/^(VERB|AUX|SCONJ|PUNCT)$/.test(tokens[k]!.pos) || tokens[k]!.normal === 'that') return false;
  // (The same subject: the participle shares the main clause's.)
  return main.speaker.start === participle.speaker.start && main.speaker.end === participle.speaker.end;
}
