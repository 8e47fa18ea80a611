import type { Token } from '../../types.js';
import { classify, description, hyphenInWord, personLike, sourceText, type SpeakerPhrase } from '../speaker.js';
import { isDayWord } from '../../nlp/time-words.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { genderOfFirstName } from '../../nlp/names.js';
import { isPersonNoun } from '../../lexicon/person-nouns.js';
import { listedBodyStart } from '../listed-body-spans.js';

/**
 * The phrase a relative clause hangs on, for the forms antecedentOfWho leaves: "which" after a body
 * ("The pilots' union, which endorsed Kale in May, …"), "that" right after a noun ("a guild that
 * endorsed Kale …"), and a day between the pronoun and the cue ("Ruiz, who on Tuesday endorsed Kale").
 * The pronoun is the mention, the phrase the speaker (as in antecedentOfWho).
 */
export function relativeAntecedent(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let k = beforeAuxiliaries(tokens, cue - 1, lo);
  // "who on Tuesday endorsed", "which last week endorsed"
  if (k > lo + 1 && isDayWord(tokens[k]!.normal) && /^(on|last|this)$/.test(tokens[k - 1]!.normal)) k -= 2;
  const pronoun = tokens[k];
  if (k <= lo || !pronoun || !/^(who|which|that)$/.test(pronoun.normal)) return null;
  // ("that" only right after its noun: "said that endorsed" is no relative.)
  if (pronoun.normal === 'that' && !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return null;
  const head = nounPhraseEndingAt(tokens, tokens[k - 1]!.text === ',' ? k - 2 : k - 1, lo);
  // "which" stands for a body, named or not ("the Harbour Guild, which …", "the local board, which …"),
  // not a person nor a thing.
  if (!head || !personLike(head) || (pronoun.normal === 'which' && head.kind !== 'organization')) return null;
  return { ...head, start: pronoun.start, end: pronoun.end, text: pronoun.text, phraseStart: head.kind === 'anonymous' ? head.start : undefined };
}

/**
 * "a builder who said", "voters who said", "those who said": "who" stands for people, so any noun
 * phrase before it is the speaker (frameForCue takes only person nouns, as a quotation near "who said"
 * is more often the main clause's).
 */
export function antecedentOfWho(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  // "who also said", "who have argued"; not "who was told" / "who was speaking", a passive or a medium.
  let who = beforeAuxiliaries(tokens, cue - 1, lo);
  // "Reed, who directed the film and has since said …": the cue is the relative clause's second predicate.
  // (A cue of speech only: "who … but had urged members to …", "who inherit … and discover that …" tell of no words.)
  if (/^(and|but)$/.test(tokens[who]?.normal ?? '') && cueLexicon().speech.has(tokens[cue]!.lemma)) who = whoBeforeFirstPredicate(tokens, who, lo) ?? who;
  // "…, most of whom said": the share opens the relative and is its mention.
  const share = relativeShareStart(tokens, who, lo);
  const opens = share >= 0 ? share : who;
  if (opens <= lo || (share < 0 && tokens[who]!.normal !== 'who')) return null;
  const end = pastAge(tokens, tokens[opens - 1]!.text === ',' ? opens - 2 : opens - 1, lo);
  const head = personBeforeParticiple(tokens, personBeforePlace(tokens, nounPhraseEndingAt(tokens, end, lo), lo), end, lo);
  // "who" is the mention (as for a pronoun), the phrase before it the speaker; a description's start stays the phrase's.
  const w = tokens[opens]!;
  return head ? { ...head, start: w.start, end: tokens[who]!.end, text: sourceText(tokens, opens, who + 1), phraseStart: head.kind === 'anonymous' ? head.start : undefined } : null;
}

/**
 * The "who" opening a relative clause set off by a comma whose first predicate ends at the conjunction
 * tokens[and]: ", who directed the film and …", with no comma or quotation between; null when none.
 */
export function whoBeforeFirstPredicate(tokens: Token[], and: number, lo: number): number | null {
  for (let k = and - 1; k > lo && k >= and - 15; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return null;
    // (Only a clause set off by commas, whose end the main clause's comma marks.)
    if (t.normal === 'who') return tokens[k - 1]!.text === ',' && tokens.slice(k + 1, and).some((v) => v.pos === 'VERB') ? k : null;
  }
  return null;
}

/**
 * "a fruit farmer in the Jordan Valley who …": "who" stands for a person, so when the phrase right before
 * it is the object of a preposition of place and names no person (no given name: a valley, a town, a
 * firm), the person described before the preposition is the antecedent. (Not "of": "the mayor of Dover
 * who" is one phrase already; "a nurse at the clinic with Ana Ruiz who" keeps Ana Ruiz.)
 */
/**
 * "Gloria Bennett, 74, who said …": an age set off by commas between a name and "who" is the name's; the phrase
 * "who" stands for ends before it. Else `end` as it was.
 */
function pastAge(tokens: Token[], end: number, lo: number): number {
  return end - 2 > lo && tokens[end]!.pos === 'NUM' && /^\d{1,3}$/.test(tokens[end]!.text) && tokens[end - 1]!.text === ',' ? end - 2 : end;
}

function personBeforePlace(tokens: Token[], head: SpeakerPhrase | null, lo: number): SpeakerPhrase | null {
  if (!head || head.kind === 'pronoun' || head.kind === 'anonymous') return head;
  let s = tokens.findIndex((t) => t.start >= head.start);
  // (A person's name takes no article: "the Jordan Valley" is a place whatever its first word.)
  if (tokens[s - 1]?.normal === 'the') s--;
  const article = tokens[s]?.normal === 'the';
  if (!article && hasGivenName(head)) return head;
  if (s <= lo + 1 || !PLACE_PREPOSITIONS.has(tokens[s - 1]!.normal)) return head;
  const before = nounPhraseEndingAt(tokens, s - 2, lo);
  // (Any description before will do: "who" makes it a person, "a retired olive grower"; a name only with
  // a given name: in "a professor at the University of Dover at Kent who" neither name is the one.)
  return before && (before.kind === 'anonymous' || hasGivenName(before)) ? before : head;
}

/**
 * "a woman walking her dog, who …": when the phrase right before "who" is the object of a participle and
 * names no person (a dog, a boat, a stall), "who" stands for the person the participle describes, the
 * phrase before it. tokens[end] is the last word of `head`.
 */
function personBeforeParticiple(tokens: Token[], head: SpeakerPhrase | null, end: number, lo: number): SpeakerPhrase | null {
  if (!head || head.kind !== 'anonymous' || isPersonNoun(tokens[end]!.normal)) return head;
  let k = tokens.findIndex((t) => t.start >= head.start) - 1;
  if (/^(his|her|their|its|a|an|the)$/.test(tokens[k]?.normal ?? '')) k--;
  const participle = tokens[k];
  if (k <= lo + 1 || !participle || participle.pos !== 'VERB' || !/ing$/.test(participle.normal)) return head;
  const before = nounPhraseEndingAt(tokens, k - 1, lo);
  const personal = (sp: SpeakerPhrase) => sp.kind === 'person' || (sp.kind === 'anonymous' && isPersonNoun(tokens[k - 1]!.normal));
  return before && personal(before) ? before : head;
}

/** A person's name that opens with a given name: "Ana Ruiz". */
function hasGivenName(sp: SpeakerPhrase): boolean {
  return sp.kind === 'person' && genderOfFirstName(sp.name.split(/\s+/)[0]!) !== 'unknown';
}

/** Prepositions of place between a person and where they are: "a farmer in …", "a nurse at …". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across', 'around']);

/**
 * The word before the adverbs and auxiliaries that end at tokens[k]: the comma in "The Harbour Group,
 * a consulting firm, has also said". (Not a form of "be": "…, was told" is a passive.)
 */
export function beforeAuxiliaries(tokens: Token[], k: number, lo: number): number {
  // ("since" after "has" is the adverb the tagger reads as a conjunction: "who has since said".)
  const since = (j: number) => tokens[j]!.normal === 'since' && tokens[j - 1]?.pos === 'AUX' && tokens[j - 1]!.lemma === 'have';
  while (k > lo && (tokens[k]!.pos === 'ADV' || since(k) || (tokens[k]!.pos === 'AUX' && tokens[k]!.lemma !== 'be'))) k--;
  return k;
}

/** The noun phrase ending at tokens[end] ("30 percent of the voters", "a retired builder", "those"), as a description. */
export function nounPhraseEndingAt(tokens: Token[], end: number, lo: number): SpeakerPhrase | null {
  const t = tokens[end];
  if (!t || end < lo || !(/^(NOUN|PROPN)$/.test(t.pos) || /^(those|people|others)$/.test(t.normal))) return null;
  let s = end;
  // (A hyphen inside a name is part of it: "Nadia Ruiz-Okafor, who …".)
  while (s > lo && (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[s - 1]!.pos) || (hyphenInWord(tokens, s - 1) && s - 2 >= lo && /^\p{Lu}/u.test(tokens[s - 2]!.text) && /^\p{Lu}/u.test(tokens[s]!.text)) || (tokens[s - 1]!.normal === 'of' && s - 1 > lo && /^(NOUN|NUM|ADJ|PRON)$/.test(tokens[s - 2]!.pos)))) s--;
  // ("Reporters Without Borders, which …": a listed body's name opens before its preposition.)
  s = listedBodyStart(tokens, s, end, lo);
  const named = classify(tokens, s, end + 1);
  return named && named.kind !== 'anonymous' ? named : description(tokens, s, end + 1);
}

/**
 * Where a relative "of whom" with a share opens, when tokens[whom] is its "whom": "…, most of whom said
 * …", "…, both of whom voted against …", "…, the great majority of whom back …". The share (a word of
 * relative_shares or a number, with a determiner or adjectives before it) must follow a comma or a
 * dash, as a relative clause on the phrase before does. Returns the share's first token, or -1.
 */
export function relativeShareStart(tokens: Token[], whom: number, lo: number): number {
  if (tokens[whom]?.normal !== 'whom' || tokens[whom - 1]?.normal !== 'of') return -1;
  const share = whom - 2;
  if (share <= lo || !(cueLexicon().relativeShares.has(tokens[share]!.normal) || tokens[share]!.pos === 'NUM')) return -1;
  // "the great majority of whom": a determiner and adjectives before the share are part of it.
  let start = share;
  while (start - 1 > lo && start > share - 3 && /^(DET|ADJ)$/.test(tokens[start - 1]!.pos)) start--;
  return /^[,—–-]$/.test(tokens[start - 1]?.text ?? '') ? start : -1;
}
