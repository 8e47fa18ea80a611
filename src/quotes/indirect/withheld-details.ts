import type { Token } from '../../types.js';
import { hasVerb } from '../frame.js';
import { cueLexicon } from '../../lexicon/cues.js';

/**
 * The end of a report's content (tokens[from, to]) before what its speaker went on to withhold: "said
 * the pier was sold, but declined to name the buyer", "claimed the vote was rigged, but offered no
 * proof", "… without citing evidence". That clause has the speaker as its subject: it is the writer's
 * account of the speaker, not part of what was said. Only verbs of telling and of backing a claim, so
 * "said the mill was sold and did not reopen" keeps its second clause (the mill's), and only in the cue's
 * tense, the mark of verbs sharing a subject: "Police say he swerved and refused to pull over" keeps it
 * (his refusal, not theirs).
 */
export function endBeforeWithheldDetails(tokens: Token[], cue: number, from: number, to: number): number {
  const past = isPast(tokens[cue]!);
  for (let k = from + 2; k <= to; k++) {
    const verb = withheldAt(tokens, k, to);
    if (verb < 0 || (verb !== k && isPast(tokens[verb]!) !== past) || !hasVerb(tokens, from, k - 1)) continue;
    return tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
  }
  return to;
}

/**
 * The finite verb of a clause of withholding opened at tokens[k] ("but declined to …", "and did not
 * elaborate"), k itself for "without offering …" (no tense), or -1.
 */
function withheldAt(tokens: Token[], k: number, to: number): number {
  const { withheldDetailVerbs, evidenceGivingVerbs } = cueLexicon();
  const word = tokens[k]!;
  if (word.normal === 'without') {
    const next = tokens[k + 1];
    // (The tagger reads some of these as nouns: "offering", lemma "offering".)
    const withheld = !!next && k + 1 <= to && /ing$/.test(next.normal) && (withheldDetailVerbs.has(next.lemma) || withheldDetailVerbs.has(next.normal.slice(0, -3)));
    return withheld ? k : -1;
  }
  if (!/^(but|and|yet)$/.test(word.normal) || word.pos !== 'CCONJ') return -1;
  let j = k + 1;
  if (tokens[j]?.pos === 'ADV' && /^(also|then|later|still)$/.test(tokens[j]!.normal)) j++;
  const verb = tokens[j];
  if (!verb || j > to) return -1;
  // "but declined to …", "and refused to …": a finite refusal (not "declining", not the plain "decline").
  const found = (yes: boolean) => (yes ? j : -1);
  if (/^(decline|refuse)$/.test(verb.lemma) && verb.normal !== verb.lemma && !/ing$/.test(verb.normal)) return found(tokens[j + 1]?.normal === 'to');
  // "but did not say …", "and would not elaborate", "but didn't name …".
  if (/^(did|does|do|would|could)$/.test(verb.normal) && /^(not|n't|n’t)$/.test(tokens[j + 1]?.normal ?? '')) {
    return found(withheldDetailVerbs.has(tokens[j + 2]?.lemma ?? ''));
  }
  // "but offered no proof", "and gave few details".
  return found(evidenceGivingVerbs.has(verb.lemma) && verb.normal !== verb.lemma && /^(no|little|few|scant)$/.test(tokens[j + 1]?.normal ?? ''));
}

/** A verb in the past: "said", "declined", "did", "would" (not "says", "say", "does", "saying"). */
function isPast(verb: Token): boolean {
  if (/^(did|would|could|was|were|had)$/.test(verb.normal)) return true;
  return verb.normal !== verb.lemma && !/(s|ing)$/.test(verb.normal);
}
