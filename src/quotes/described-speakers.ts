/** Descriptions as speakers: whether a description stands for a person, a document or evidence, and a person described before a relative clause. */
import type { Token } from '../types.js';
import { EVIDENCE_WORDS, isRoleWord, ORGANIZATION_HEADS } from '../nlp/words.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { isBodyHeadNoun } from '../lexicon/body-heads.js';
import { quantifiedHead, sharedGroup } from './quantified-speakers.js';
import { sourceText, type SpeakerPhrase } from './speaker-phrase.js';

/** speaker.ts's classify, passed in so this file does not import speaker.ts. */
type Classify = (tokens: Token[], s: number, e: number) => SpeakerPhrase | null;

/**
 * The indefinite description of a person opening at tokens[from] and closed by a relative clause ("who", "that")
 * before tokens[to]: "a midwife who lives in Leeds" → "a midwife". Null when there is none.
 */
export function describedBeforeRelative(tokens: Token[], from: number, to: number, classify: Classify): SpeakerPhrase | null {
  if (!/^(a|an)$/.test(tokens[from]?.normal ?? '')) return null;
  let rel = from + 1;
  while (rel <= to && !(tokens[rel]!.pos === 'PRON' && /^(who|that)$/.test(tokens[rel]!.normal))) rel++;
  if (rel > to || rel < from + 2) return null;
  const phrase = classify(tokens, from, rel);
  return phrase?.kind === 'anonymous' && personLike(phrase) && phrase.start === tokens[from]!.start ? phrase : null;
}

/** The description tokens[i..j) as an anonymous person's phrase, when it opens with a/an/the and a person noun. */
export function describedPerson(tokens: Token[], i: number, j: number): SpeakerPhrase | null {
  const h = /^(a|an|the)$/.test(tokens[i]!.normal) ? i + 1 : i;
  if (h >= j || tokens[h]!.pos !== 'NOUN' || !isPersonNoun(tokens[h]!.normal)) return null;
  const text = sourceText(tokens, i, j);
  return { start: tokens[i]!.start, end: tokens[j - 1]!.end, text, kind: 'anonymous', name: text, role: null, title: null };
}

/** "TV Guide magazine", "the newspaper": media speak for themselves. */
const MEDIA_HEADS = new Set(['magazine', 'newspaper', 'paper', 'tabloid', 'network', 'channel', 'station', 'broadcaster', 'website', 'outlet', 'publication', 'agency', 'wire']);

/** Descriptions that are documents or media rather than people: speakers only when nothing better is near. */
// (With the written documents of cues.json leaked_document_nouns: "the emails", "the memos".)
const DOCUMENT_HEADS = new Set(['statement', 'report', 'reports', 'study', 'caption', 'post', 'posts', 'tweet', 'tweets', 'film', 'movie', 'show', 'book', 'video', 'ad', 'advert', 'documentary', 'article', 'piece', 'story', 'document', 'survey', 'poll', 'filing', 'complaint', 'lawsuit', 'suit', 'website', 'release']);

/** A description's head that is a document or a medium, not a person ("the memo", "the emails"). */
export function isDocumentHead(word: string): boolean {
  return DOCUMENT_HEADS.has(word) || cueLexicon().leakedDocumentNouns.has(word) || cueLexicon().ruleDocumentNouns.has(word);
}

/** Polls, surveys, studies, data and records: sources that "show" or "find" something (nlp/words.ts). */
const EVIDENCE_HEADS = EVIDENCE_WORDS;

export const isEvidenceWord = (normal: string) => EVIDENCE_HEADS.has(normal);

/** "the memo", "a statement": a document that can say things. */
export function documentLike(sp: SpeakerPhrase): boolean {
  return sp.kind === 'anonymous' && !sp.role && isDocumentHead(descriptionHead(sp));
}

/** Whether a description's head is such evidence ("the latest county survey", "state records"). */
export function evidenceLike(sp: SpeakerPhrase): boolean {
  return EVIDENCE_HEADS.has(descriptionHead(sp));
}

/**
 * The head word of a description: its last word before any "of/for/…" complement, without a
 * possessive ("spokesman" in "a spokesman for the board's chair").
 */
export function descriptionHead(sp: SpeakerPhrase): string {
  // (An adjective of closeness before its preposition is no head: "a person close to the firm", "people familiar with it".)
  return (sp.name.toLowerCase().replace(CLOSENESS_BEFORE_PREPOSITION, '').split(/\s+(?:of|for|at|from|with|in|on|to|across|among|around|outside|near)\s+/)[0] ?? '').split(/\s+/).pop()!.replace(/[’']s$/, '');
}

const CLOSENESS_BEFORE_PREPOSITION = /\s+(?:close|closest|familiar|near|loyal)(?=\s+(?:to|with)\s)/;

/** A role word in the plural names people too: "the bakery's founders", "the film's producers". */
export function pluralOfRole(word: string): boolean {
  const one = singular(word);
  return one !== word && isRoleWord(one);
}

/**
 * Whether a speaker phrase stands for someone who speaks: a name, pronoun, outlet or organisation, or a
 * description headed by a person noun ("a spokesperson", "critics", "the former senator"). "The
 * caption", "a series of posts", "Friday" are not: a cue next to them yields to a person-like one.
 */
export function personLike(sp: SpeakerPhrase): boolean {
  if (sp.kind !== 'anonymous') return true;
  if (sp.role) return true;
  const head = descriptionHead(sp);
  if (isDocumentHead(head)) return false;
  if (describedThose(sp)) return true;
  // (Looser than isPersonNoun: bodies and media speak too, and so may any "-ist" or "-ian".)
  // ("one of them", "a third": one of a group of people named before; "many of the suits" is what follows "of".)
  if (quantifiedHead(head)) return quantifiedPeople(sp);
  // ("all of the growers", "six in 10 voters": a share of people speaks as they do.)
  const group = sharedGroup(sp.name, head);
  if (group) return personLike({ ...sp, name: group, role: null });
  // ("the head of the council": a body's head noun before its "of" is the person heading it.)
  if (isBodyHeadNoun(head) && new RegExp(`\\b${head}\\s+of\\s`, 'i').test(sp.name)) return true;
  // ("the 27-year-old": an age alone describes a person.)
  return isPersonNoun(head) || /^\d+-year-old$/.test(head) || ORGANIZATION_HEADS.has(head) || ORGANIZATION_HEADS.has(singular(head)) || MEDIA_HEADS.has(head) || /(?:person|people|man|men|woman|women|ist|ists|ian|ians)$/.test(head);
}

/** A quantified description stands for people alone or before "of them/us", else as its complement does: "one of the pilots". */
function quantifiedPeople(sp: SpeakerPhrase): boolean {
  const of = /\s+of\s+(.+)$/i.exec(sp.name);
  if (!of) return true;
  return cueLexicon().quantifiedSpeakers.ofPronouns.has(of[1]!.toLowerCase()) || personLike({ ...sp, name: of[1]!, role: null });
}

/** "those close to the couple": "those" and one describing word before a complement stand for people. */
function describedThose(sp: SpeakerPhrase): boolean {
  const words = (sp.name.toLowerCase().split(/\s+(?:to|with|in|on|at|around|inside)\s+/)[0] ?? '').split(/\s+/);
  return words.length === 2 && words[0] === 'those';
}

/** A plural noun's singular, for bodies named in the plural ("two unions", "advocacy groups", "the agencies"). */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  return /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}
