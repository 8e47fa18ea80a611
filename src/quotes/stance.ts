import type { Token } from '../types.js';
import { contentEnd } from './attitude.js';
import { frameAtToken, hasVerb, type Frame } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { ORGANIZATION_HEADS, ORGANIZATION_TAILS, SUBJECT_OF_OBJECT } from '../nlp/words.js';
import { opensNounPhrase, ownerBefore } from './nominal.js';
import { actedOnPlan } from './acted-on-plans.js';
import { classify, isQuoteMark, personLike, type SpeakerPhrase } from './speaker.js';

/**
 * A stance its owner holds, named by a noun: "Reyes's criticism of the levy", "his attacks on the
 * harbour board", "their decision to close the pier". The owner (a possessive) is the speaker; the
 * noun (cue lexicon: owned_stance_nouns) with the word taking what the stance is about is the cue; the
 * content is a noun phrase after a preposition or an infinitive with its "to" ("to close the pier").
 */
export function ownedStance(tokens: Token[], i: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  const noun = tokens[i]!;
  if (noun.pos !== 'NOUN') return null;
  // ("decision not to run": the word taking the content comes after the negation.)
  const taker = tokens[i + 1]?.normal === 'not' ? i + 2 : i + 1;
  if (!cueLexicon().ownedStanceNouns.get(noun.lemma)?.has(tokens[taker]?.normal ?? '')) return null;
  // ("Her call to action rallied the crews": a set phrase, no intention.)
  if (cueLexicon().ownedStanceIdioms.get(noun.lemma)?.has(tokens[taker + 1]?.normal ?? '')) return null;
  // ("blocked the mayor's plan to close the pier": a plan acted on, not put forward.)
  if (actedOnPlan(tokens, i, lo)) return null;
  const speaker = ownerBefore(tokens, i, lo);
  if (!speaker || !voicesStance(speaker, noun.lemma)) return null;
  // ("to" opens only an infinitive: "his threat to the harbour" names a danger, not a threat made.)
  const content = infinitiveAfter(tokens, taker, last) ?? (tokens[taker]!.normal === 'to' ? null : objectAfter(tokens, taker, last));
  if (!content) return null;
  // "her criticism of the “fair share” plan": content running into a quotation is a partial quote's.
  if (content.to < last && isQuoteMark(tokens[content.to + 1]!)) return null;
  const cueLast = content.infinitive ? i : i + 1;
  const cue = tokens.slice(i, cueLast + 1).map((w) => w.text).join(' ');
  const frame: Frame = { cueStart: noun.start, cueEnd: tokens[cueLast]!.end, cue, cueToken: cueLast, speaker, outlet: null, according: false };
  return { from: content.from, to: content.to, frame };
}

/**
 * The owner can hold a stance: a person or a body, not a thing ("the ship's plan to dock", "its
 * attacks"). An attack is a stance only when a named or pronoun owner makes it: "the rebels' attack
 * on the convoy" and "the army's attacks on the town" are fighting, "his attacks on the board" words.
 * A country's or town's stance is its government's ("Norvia's decision to close the fjord"), as place
 * names speak for their governments elsewhere (place_names); a lone unknown name reads as a surname.
 */
function voicesStance(owner: SpeakerPhrase, lemma: string): boolean {
  if (owner.name === 'it' || !personLike(owner)) return false;
  return lemma !== 'attack' || owner.kind !== 'anonymous';
}

/**
 * "decision to close the pier", "decision not to run", "plan to quickly sell": the infinitive opened by
 * the "to" at tokens[to] (kept in the content, with a "not" before it), up to the main verb after it.
 */
function infinitiveAfter(tokens: Token[], to: number, last: number): { from: number; to: number; infinitive: boolean } | null {
  const verb = tokens[to + 1]?.pos === 'ADV' ? to + 2 : to + 1;
  if (tokens[to]!.normal !== 'to' || verb > last || tokens[verb]!.pos !== 'VERB') return null;
  const from = tokens[to - 1]!.normal === 'not' ? to - 1 : to;
  // ("Her plan to widen the pier stalled": the infinitive is the subject's; it ends before "stalled".)
  return { from, to: beforeVerbReadAsNoun(tokens, verb, contentEnd(tokens, verb, last, false)), infinitive: true };
}

/**
 * The infinitive at tokens[verb…to] cut before a main verb the tagger read as a noun: a noun right after
 * the object's noun and before a determiner ("Her plan to widen the pier cost the town millions" ends
 * at "pier"; not "plan to build a ferry terminal the next spring", a time after it).
 */
function beforeVerbReadAsNoun(tokens: Token[], verb: number, to: number): number {
  for (let k = verb + 2; k < to; k++) {
    const next = tokens[k + 1]!.normal;
    if (tokens[k]!.pos !== 'NOUN' || tokens[k - 1]!.pos !== 'NOUN' || !opensNounPhrase(next)) continue;
    if (!/^(next|following|last|same|previous)$/.test(tokens[k + 2]?.normal ?? '')) return k - 1;
  }
  return to;
}

/** "support for the levy": the noun phrase after the preposition at tokens[prep], up to the clause's verb. */
function objectAfter(tokens: Token[], prep: number, last: number): { from: number; to: number; infinitive: boolean } | null {
  const from = prep + 1;
  if (from > last || /^(PUNCT|VERB|AUX)$/.test(tokens[from]!.pos)) return null;
  return { from, to: contentEnd(tokens, from, last, false), infinitive: false };
}

/**
 * A clause framed as its owner's opinion: "In her view, the pier is unsafe", "The levy, in their
 * judgment, came too late", "The toll is fair, in his opinion." tokens[i] is the "in"; the owner of the
 * view noun (cue lexicon: view_nouns) is the speaker. Opening the sentence, the frame reports the
 * clause after it; inside or after the clause, the whole sentence (as PolNeAR marks it).
 */
export function inOwnersView(tokens: Token[], i: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  if (tokens[i]!.normal !== 'in') return null;
  const noun = viewNounAfter(tokens, i, last);
  if (noun < 0 || (tokens[noun + 1]?.text !== ',' && tokens[i - 1]?.text !== ',')) return null;
  const speaker = ownerBefore(tokens, noun, i + 1);
  if (!speaker || speaker.name === 'it' || endsInQuestion(tokens, last)) return null;
  // (A sentence holding a quotation is the quote stage's: "In his view, “…”"; the owner's own
  // apostrophe is no quotation mark: "In the pilots’ view, …".)
  for (let k = lo; k <= last; k++) if (isQuoteMark(tokens[k]!) && (k <= i || k >= noun)) return null;
  const opens = i === lo || (i === lo + 1 && tokens[lo]!.pos === 'CCONJ');
  const from = opens ? noun + 2 : lo;
  if (last - from < 2) return null;
  return { from, to: last, frame: frameAtToken(tokens, noun, speaker) };
}

/** The view noun after "in" at tokens[i], over its owner and adjectives ("in Ms. Hale's own view"); -1 if none within six words. */
function viewNounAfter(tokens: Token[], i: number, last: number): number {
  const views = cueLexicon().viewNouns;
  for (let k = i + 2; k <= last && k <= i + 6; k++) {
    if (views.has(tokens[k]!.normal)) return k;
    // (A plural's possessive apostrophe is tagged as punctuation: "in the pilots’ view".)
    const apostrophe = /^['’]$/.test(tokens[k]!.text) && /s$/.test(tokens[k - 1]!.normal);
    if (!apostrophe && !/^(PRON|PROPN|NOUN|PART|ADJ|DET)$/.test(tokens[k]!.pos)) return -1;
  }
  return -1;
}

/**
 * The sentence whose last word is tokens[last] is a question ("Is the toll fair, in his opinion?"):
 * it asks about a view, it states none.
 */
export function endsInQuestion(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 3 && tokens[k]!.pos === 'PUNCT'; k++) if (tokens[k]!.text === '?') return true;
  return false;
}

/** Parts of speech of a holder's noun phrase after "To": "the night pilots", "Ms. Gil", "Dana Ruiz's crew". */
const HOLDER_POS = /^(PROPN|NOUN|ADJ|DET|NUM|PART|PUNCT)$/;


/**
 * A clause framed as how it seems to someone: "To Okafor, the levy is a tax on the poor", "To them, it
 * signals a new phase", "But to others, he is a hero". Opening the sentence (or after "But"/"And"),
 * "To" and a person or group before a comma frame the clause after it as theirs, as "in her view" does;
 * the cue is "To". Not an infinitive ("To win, she needs …"), nor "To date, …", "To the surprise of
 * many, …", whose words after "To" name no one who holds a view.
 */
export function toOwnersMind(tokens: Token[], i: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  if (tokens[i]!.normal !== 'to' || !(i === lo || (i === lo + 1 && /^(but|and)$/.test(tokens[lo]!.normal)))) return null;
  const holder = i + 1;
  if (holder > last || /^(VERB|AUX)$/.test(tokens[holder]!.pos)) return null;
  const comma = commaAfterHolder(tokens, holder, last);
  if (comma < 0 || last - comma < 3 || !hasVerb(tokens, comma + 1, last) || endsInQuestion(tokens, last)) return null;
  for (let k = lo; k <= last; k++) if (isQuoteMark(tokens[k]!)) return null;
  const speaker = holderPhrase(tokens, holder, comma);
  if (!speaker || !viewClause(tokens, comma + 1, last)) return null;
  return { from: comma + 1, to: last, frame: frameAtToken(tokens, i, speaker) };
}

/** The comma closing the holder phrase after "To": within six words, or after a relative clause on it ("To Lee, who has studied the pier, …"). */
function commaAfterHolder(tokens: Token[], holder: number, last: number): number {
  for (let k = holder + 1; k <= last && k <= holder + 6; k++) {
    if (tokens[k]!.text !== ',') continue;
    if (!/^(who|whom)$/.test(tokens[k + 1]?.normal ?? '')) return k;
    for (let j = k + 2; j <= last && j <= k + 20; j++) if (tokens[j]!.text === ',') return j;
    return -1;
  }
  return -1;
}

/** The person or group after "To" (up to a relative clause or the comma), or null when it names no one. */
function holderPhrase(tokens: Token[], holder: number, comma: number): SpeakerPhrase | null {
  const t = tokens[holder]!;
  // (A person's object pronoun: "To them, …"; not "it" or "you".)
  const pronoun = t.normal === 'it' || t.normal === 'you' ? undefined : SUBJECT_OF_OBJECT.get(t.normal);
  if (pronoun) return holder + 1 === comma ? { start: t.start, end: t.end, text: t.text, kind: 'pronoun', name: pronoun === 'i' ? 'I' : pronoun, role: null, title: null } : null;
  let end = holder;
  while (end < comma && tokens[end]!.text !== ',') end++;
  // (Only a noun phrase up to the comma or its relative clause: "To the degree he cares about it, …"
  // holds a clause, no holder; "To a person, …" is a set phrase, cue lexicon: to_holder_idioms.)
  for (let k = holder; k < end; k++) if (!HOLDER_POS.test(tokens[k]!.pos)) return null;
  if (cueLexicon().toHolderIdioms.has(tokens.slice(holder, end).map((w) => w.normal).join(' '))) return null;
  const phrase = classify(tokens, holder, end);
  return phrase && personLike(phrase) && phrase.name !== 'it' && !placeOrBody(phrase.name) ? phrase : null;
}

/** A place or a body read as a person's name: "To Paris, …", "To Harlow County, …", "To Microsoft, …". */
function placeOrBody(name: string): boolean {
  const lex = cueLexicon();
  const last = name.split(' ').pop()!.toLowerCase();
  return lex.placeNames.has(name) || lex.placeNameWords.has(last) || ORGANIZATION_TAILS.has(last) || ORGANIZATION_HEADS.has(last) || isKnownOrganisation(name);
}

/**
 * The clause's main verb is a copula or a verb of seeming or meaning (cue lexicon: to_view_verbs), so the
 * clause says how something seems to X: "To her, the levy is a tax", "to them, it signals a new phase",
 * "to him, it would mean defeat". Any other verb makes X a recipient, destination or dedicatee: "To voters,
 * she promised lower tolls", "To the founder, the town erected a statue". Auxiliaries of tense or mood
 * ("would", "has") pass on to the verb after them; a form of "be" is the copula itself ("the cracks are alarming").
 */
function viewClause(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (t.lemma === 'be' || /^['’]s$/.test(t.normal) || /^['’](re|m)$/.test(t.normal)) return true;
    if (t.pos === 'AUX' && hasVerb(tokens, k + 1, Math.min(last, k + 3))) continue;
    // ("To critics, the ruling reads as a retreat" is a view; "to the pupils, she read a poem" an act for them.)
    const lex = cueLexicon();
    return lex.toViewVerbs.has(t.lemma) || (lex.toViewAsVerbs.has(t.lemma) && /^(as|like)$/.test(tokens[k + 1]?.normal ?? ''));
  }
  return false;
}
