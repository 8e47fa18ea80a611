import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { genderOfFirstName, genderOfTitle } from '../nlp/names.js';
import { isPluralName, ORGANIZATION_HEADS, SUBJECT_OF_POSSESSIVE } from '../nlp/words.js';
import { FEMALE_ROLE, MALE_ROLE } from './antecedents.js';
import { descriptionHead, subjectBefore, type SpeakerPhrase } from './speaker.js';

/** The verb (with its particles) that restates a report, and the subject who owns it. */
export interface RestatedReport {
  speaker: SpeakerPhrase;
  /** Token range of the verb and its particles: "repeated", "stood by", "doubled down on". */
  cueFrom: number;
  cueTo: number;
}

/**
 * "The governor repeated his claim that …", "Kell renewed her call for …": a possessive (tokens[possessive])
 * right after a verb of voicing again or standing by one's own report (cues.json own_report_verbs) is
 * the subject's when it agrees with the subject, so the subject is the speaker and the verb the cue.
 * Null when the verb is another ("dismissed his claim": anyone's), when the subject is missing, or when
 * the possessive cannot stand for it ("The committee voiced his concern", "She repeated his claim": the
 * report is someone else's, and the quoted words stay its owner's). Null too when the subject speaks for the
 * possessive's owner ("His lawyer defended his claim", "Vick's spokesman repeated his claim"): the report is the client's.
 */
export function restatedOwnReport(tokens: Token[], possessive: number, lo: number): RestatedReport | null {
  const owner = SUBJECT_OF_POSSESSIVE.get(tokens[possessive]!.normal);
  if (!owner || possessive - 1 <= lo) return null;
  const verb = ownReportVerbBefore(tokens, possessive, lo);
  if (verb < 0) return null;
  const speaker = subjectBefore(tokens, verb, lo);
  if (!speaker || !agrees(owner, speaker) || speaksForOwner(tokens, speaker, owner, verb)) return null;
  return { speaker, cueFrom: verb, cueTo: possessive - 1 };
}

/** The verb's index when the words right before the possessive are an own-report verb and its particles ("stood by"); else -1. */
function ownReportVerbBefore(tokens: Token[], possessive: number, lo: number): number {
  // ("stood by his", "doubled down on her": the verb at most two particles before the possessive.)
  for (let verb = possessive - 1; verb > lo && verb >= possessive - 3; verb--) {
    if (tokens[verb]!.pos !== 'VERB') continue;
    const particleLists = cueLexicon().ownReportVerbs.get(tokens[verb]!.lemma);
    const between = possessive - 1 - verb;
    if (particleLists?.some((particles) => particles.length === between && particles.every((word, n) => tokens[verb + 1 + n]!.normal === word))) return verb;
    return -1;
  }
  return -1;
}

/**
 * Whether the subject is one who speaks for someone else ("the lawyer", "her agent", cues.json go_between_roles)
 * or is owned by one the possessive may stand for ("His lawyer", "Vick's spokesman", "the family's doctor" for
 * "his"): an advocate defends or presses a client's report, and "his" is then the owner's, not the subject's.
 * ("The club's chairman repeated his claim": a body owns the chairman, and "his" stays his.)
 */
function speaksForOwner(tokens: Token[], speaker: SpeakerPhrase, owner: string, verb: number): boolean {
  if (speaker.kind !== 'anonymous') return false;
  if (cueLexicon().goBetweenRoles.has(descriptionHead(speaker))) return true;
  let first = verb;
  while (first > 0 && tokens[first - 1]!.start >= speaker.start) first--;
  for (let k = first; k < verb && tokens[k]!.end <= speaker.end; k++) {
    const t = tokens[k]!;
    if (SUBJECT_OF_POSSESSIVE.get(t.normal) === owner) return true;
    if (k > first && /^(?:'s|’s|'|’)$/.test(t.text) && agrees(owner, genitiveOwner(tokens, first, k))) return true;
  }
  return false;
}

/** The owner phrase before a genitive's "'s" (tokens[first..k)): a name ("Vick") as a person, else a description ("the club"). */
function genitiveOwner(tokens: Token[], first: number, k: number): SpeakerPhrase {
  const words = tokens.slice(first, k);
  const text = words.map((w) => w.text).join(' ');
  const named = words.every((w) => w.pos === 'PROPN');
  return { start: words[0]!.start, end: words[words.length - 1]!.end, text, kind: named ? 'person' : 'anonymous', name: text, role: null, title: null };
}

/**
 * Whether a possessive of this subject pronoun ("he" for "his") can stand for the subject: "his"/"her" for
 * one person of that gender or of unknown gender, "its" for a body, "their" for a body, a group or a
 * person whose gender nothing marks (a person may be written with "they").
 */
export function agrees(owner: string, subject: SpeakerPhrase): boolean {
  if (subject.kind === 'pronoun') return subject.name.toLowerCase() === owner;
  const body = subject.kind === 'organization' || subject.kind === 'outlet' || bodyDescription(subject);
  if (owner === 'it') return body;
  const group = body || pluralDescription(subject);
  const gender = group ? null : genderOf(subject);
  if (owner === 'they') return group || gender === 'unknown';
  if (owner === 'he') return gender === 'unknown' || gender === 'male';
  if (owner === 'she') return gender === 'unknown' || gender === 'female';
  return false;
}

/** "The committee", "the agency", "Halvorsen Freight": a description headed by a body's word, or a known organisation. */
function bodyDescription(subject: SpeakerPhrase): boolean {
  if (subject.kind !== 'anonymous' && subject.kind !== 'person') return false;
  return subject.kind === 'anonymous' ? ORGANIZATION_HEADS.has(descriptionHead(subject)) : isKnownOrganisation(subject.name);
}

/** "The senators", "two of the jurors": a description headed by a plural noun. */
function pluralDescription(subject: SpeakerPhrase): boolean {
  return subject.kind === 'anonymous' && (isPluralName(descriptionHead(subject)) || /(?:men|women|people|children)$/.test(descriptionHead(subject)));
}

/** A person's gender from the title, the given name or a gendered role word ("the spokeswoman"). */
function genderOf(subject: SpeakerPhrase): 'male' | 'female' | 'unknown' {
  const fromTitle = subject.title ? genderOfTitle(subject.title) : 'unknown';
  if (fromTitle !== 'unknown') return fromTitle;
  if (subject.kind === 'person') return genderOfFirstName(subject.name.split(/\s+/)[0] ?? '');
  const female = FEMALE_ROLE.test(subject.text);
  return female === MALE_ROLE.test(subject.text) ? 'unknown' : female ? 'female' : 'male';
}
