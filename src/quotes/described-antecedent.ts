import type { Attribution } from './attribution.js';
import type { NameMention } from './antecedents.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { FEMALE_ROLE, MALE_ROLE, pluralGroup } from './antecedents.js';
import { descriptionHead, type SpeakerPhrase } from './speaker.js';
import { documentLike, evidenceLike, personLike } from './described-speakers.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { cueLexicon } from '../lexicon/cues.js';
import { PRONOUN_GENDER } from '../nlp/words.js';
import { isIndefiniteDescription } from './roles.js';
import { picksOne } from './quantified-speakers.js';

/**
 * "Her spokesman told the Mirror she was fine. She would be back on Wednesday, he added.": a he/she
 * speaking right after a description whose role word carries that gender ("spokesman", "actress") is
 * that description, not the last named person of the gender. Only the latest speaker before the pronoun,
 * in its paragraph or the one before, and only a description that names no one (a named person is
 * resolved by the name rules). `paragraphOf` maps an offset to its paragraph.
 */
export function describedAntecedent(pronoun: string, at: number, history: Attribution[], paragraphOf: (offset: number) => number): Attribution | null {
  const want = PRONOUN_GENDER.get(pronoun);
  if (want !== 'male' && want !== 'female') return null;
  const last = latestBefore(history, at);
  if (!last || last.person || paragraphOf(last.at) < paragraphOf(at) - 1) return null;
  // ("One of them said …. She said …. “…,” she told the paper.": the same pronoun again, right after one that stood for
  // an unnamed description, goes on standing for it.)
  if (last.pronoun && last.kind === 'anonymous' && !last.name && last.frame.speaker.name === pronoun) return last;
  if (last.pronoun || last.frame.speaker.kind !== 'anonymous') return null;
  return gendered(last.frame.speaker.text) === want ? last : null;
}

/**
 * "An airline pilot, who asked not to be named, said crew were stuck. “…,” he said.": a he/she whose sentence
 * follows one whose subject is an unnamed description of one person that just spoke is that description,
 * when its role word carries no other gender ("a pilot"; not "two pilots", nor a go-between, "a spokesperson"),
 * and not when it asked.
 * `askedAnonymity`: the description asked not to be named, so is a person whatever its noun.
 * `subjectStart`..`subjectEnd` is the previous sentence's subject (it may take in a conjunction before the
 * description: "But a state engineer, …, said …").
 */
export function describedSubjectAntecedent(pronoun: string, at: number, history: Attribution[], subjectStart: number, subjectEnd: number, askedAnonymity = false): Attribution | null {
  const want = PRONOUN_GENDER.get(pronoun);
  if (want !== 'male' && want !== 'female') return null;
  const last = latestBefore(history, at);
  if (!last || last.person || last.pronoun || last.frame.speaker.kind !== 'anonymous' || last.frame.speaker.start < subjectStart || last.frame.speaker.start >= subjectEnd) return null;
  const sp = last.frame.speaker;
  const gender = gendered(sp.text);
  // ("One of them, who asked not to be named, said …. She said …": one picked out of a group is one person, whatever the group's noun.)
  if (picksOne(sp.text) && !gender && !cueLexicon().askingVerbs.has(last.frame.cue.toLowerCase())) return last;
  // (A go-between, "a spokesperson", speaks for another, who may be the he/she after it.)
  // ("Another passenger, …, said …": people_nouns lists most such nouns in the plural; the singular is one person too.)
  const head = descriptionHead(sp);
  // (Only a person asks not to be named, whatever the noun: "A lift operator, who asked not to be named, said".)
  if ((gender && gender !== want) || pluralGroup(sp) || !(askedAnonymity || isPersonNounOrSingular(head)) || cueLexicon().goBetweenRoles.has(head)) return null;
  // (One who asked, "A reporter asked Becker whether …", is the asker: the he/she after is the one asked, or another.)
  if (cueLexicon().askingVerbs.has(last.frame.cue.toLowerCase())) return null;
  // (Only one brought in by an indefinite article: "the retired neurosurgeon" refers back to a person named before.)
  if (!isIndefiniteDescription(sp.text)) return null;
  return last;
}

/**
 * "The bill passed, the stablemaster told NHK. “…,” he said.": a he/she for whom the article names no one is the
 * unnamed one of a person who spoke last, in the pronoun's sentence or the one before (from `sentenceStart` on),
 * whatever the description (a role word no list gives a gender: "the stablemaster"); not a group, nor one whose
 * role word carries the other gender.
 */
export function unnamedSpeakerJustBefore(pronoun: string, at: number, history: Attribution[], sentenceStart: number): Attribution | null {
  const want = PRONOUN_GENDER.get(pronoun);
  if (want !== 'male' && want !== 'female') return null;
  const last = latestBefore(history, at);
  if (!last || last.person || last.pronoun || last.at < sentenceStart || last.frame.speaker.kind !== 'anonymous') return null;
  const sp = last.frame.speaker;
  const gender = gendered(sp.text);
  // (Any head that is no document or evidence: "the stablemaster" is someone, whether or not a list knows the noun.)
  if ((gender && gender !== want) || pluralGroup(sp) || documentLike(sp) || evidenceLike(sp)) return null;
  return cueLexicon().askingVerbs.has(last.frame.cue.toLowerCase()) ? null : last;
}

/**
 * Who may be the previous sentence's subject for describedSubjectAntecedent: whoever speaks as a person, and also one
 * person brought in with an indefinite article by a noun people_nouns lists in the plural ("Another passenger, …, said";
 * the list has "passengers"). Only here: reading every description so changes polnear_train (person-nouns.ts).
 */
export function subjectForDescribedAntecedent(description: SpeakerPhrase): boolean {
  return personLike(description) || (isIndefiniteDescription(description.name) && isPersonNounOrSingular(descriptionHead(description)));
}

/** The latest attribution placed before `at` (history is in document order). */
function latestBefore(history: Attribution[], at: number): Attribution | null {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.at < at) return history[i]!;
  return null;
}

/** The gender a description's role word carries: "her spokesman" male, "the actress" female; null for "a spokesperson". */
function gendered(description: string): 'male' | 'female' | null {
  const female = FEMALE_ROLE.test(description);
  const male = MALE_ROLE.test(description);
  return female === male ? null : female ? 'female' : 'male';
}

/** A nation's noun as a word of its own ("Brazilian"), by the noun, each built once. */
const NATIONALITY_WORD = new Map<string, RegExp>();

/**
 * "Brazilian forward Rafael Monteiro is close to a move. His coach Ana Reis spoke. Later the Brazilian told ESPN …":
 * a nation's noun no subject fits stands for the latest one named in full right after or before that nationality
 * written out ("Brazilian forward Rafael Monteiro", "Rafael Monteiro, the Brazilian,"), in the same sentence; else no one.
 */
export function nationalityNamed(text: string, description: string, at: number, mentions: NameMention[]): NameMention | null {
  const noun = description.split(/\s+/).slice(1).join(' ');
  if (!noun) return null;
  let word = NATIONALITY_WORD.get(noun);
  if (!word) NATIONALITY_WORD.set(noun, (word = new RegExp(`(?:^|[^\\p{L}])${regExpLiteral(noun)}(?![\\p{L}])`, 'u')));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.at >= at || !/\s/.test(m.person.name)) continue;
    // A few words either side, within the sentence: the nationality describes this one, not another named near.
    const before = text.slice(Math.max(0, m.at - 40), m.at).split(/[.!?]\s|\n/).pop() ?? '';
    const after = text.slice(m.at, m.at + m.person.name.length + 40).split(/[.!?]\s|\n/)[0] ?? '';
    if (word.test(before.split(/[,;]/).pop() ?? '') || word.test(after.split(/[;]/)[0]?.split(',').slice(0, 2).join(',') ?? '')) return m;
  }
  return null;
}
