/**
 * The model reads a plural subject's present-tense verb as a noun ("ski areas … face", "The cuts fall"), so the
 * clause has no verb. The shapes in which that word can only be the verb are retagged here.
 */
import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { opensSentence, pluralNoun } from './retag-speech.js';

/** Words that open the object after the verb: an article, a possessive, a demonstrative or a quantifier. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'no', 'more', 'fewer', 'some', 'many']);

/** Prepositions that open a short phrase inside the subject: "ski areas at low altitude", "farms in the valley". */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'near', 'along', 'across', 'below', 'above', 'from', 'of', 'with', 'without']);

/**
 * "… have warned that ski areas at low altitude face a bleak future": after "that", a plural noun phrase (maybe
 * with a short phrase of its own) and a bare word in small letters, the model reads that word as a noun ("face"),
 * so the clause has no verb and its report runs from the cue. A noun cannot stand between a noun phrase and an
 * article or a describing word and noun opening another ("altitude face a bleak future"): it is the clause's
 * verb, in the plural's present tense. Not a word in "-s", which a plural noun's own ends in, nor one right after
 * the preposition, whose object it is.
 */
export function retagVerbAfterPluralSubject(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 3; i++) {
    if (tokens[i]!.normal !== 'that' || tokens[i - 1]?.pos === 'ADP') continue;
    const verb = bareVerbAfterPlural(tokens, i + 1);
    if (verb > 0) tokens[verb] = retagged(tokens[verb]!, 'VERB', tokens[verb]!.normal);
  }
}

/** The index of the bare word read as a noun after a plural noun phrase opening at tokens[from], or -1. */
function bareVerbAfterPlural(tokens: Token[], from: number): number {
  let plural = false;
  let inPhrase = false;
  for (let k = from; k < from + 9 && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' && SUBJECT_PREPOSITIONS.has(t.normal) && plural && !inPhrase) {
      inPhrase = true;
      continue;
    }
    if (!/^(DET|ADJ|NUM|NOUN)$/.test(t.pos) || !/^\p{Ll}/u.test(t.text)) return -1;
    if (t.pos !== 'NOUN') continue;
    const candidate = plural && !/s$/.test(t.normal) && tokens[k - 1]!.pos === 'NOUN' && objectOpensAt(tokens, k + 1);
    if (candidate) return k;
    if (!inPhrase && /[^s]s$/.test(t.normal)) plural = true;
  }
  return -1;
}

/** tokens[k] opens a noun phrase no noun before it can run on into: an article or the like, or a describing word and its noun. */
function objectOpensAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (OBJECT_OPENERS.has(t.normal)) return true;
  return t.pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN';
}

/**
 * "The cuts fall mostly on night crews, according to …": the model reads a present-tense verb after a plural
 * subject as a compound's last noun ("cuts fall"). Opening its sentence after an article, before an adverb in
 * "-ly", with no other verb in its clause, the word is the clause's verb: a noun phrase alone takes no adverb.
 */
export function retagBareVerbAfterPluralSubject(tokens: Token[]): void {
  for (let i = 2; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.text) || /s$/.test(t.text)) continue;
    const adverb = tokens[i + 1]!;
    if (adverb.pos !== 'ADV' || !/ly$/.test(adverb.normal)) continue;
    if (tokens[i - 2]!.pos !== 'DET' || !opensSentence(tokens, i - 2) || !pluralNoun(tokens, i - 1) || tokens[i - 1]!.pos !== 'NOUN') continue;
    let k = i + 2;
    while (k < tokens.length && !/^[,.;:!?]$/.test(tokens[k]!.text) && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') k++;
    if (k < tokens.length && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX')) continue;
    tokens[i] = retagged(t, 'VERB', t.normal);
  }
}
