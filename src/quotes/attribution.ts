import type { ExtractedQuote, QuoteType, SpeakerKind } from '../types.js';
import type { Frame } from './frame.js';
import type { Person } from '../nlp/names.js';
import type { SpeakerPhrase } from './speaker.js';
import { isCityAsBody, isPlaceNotGivenName } from '../lexicon/place-names.js';
import { INSTITUTION_WORDS } from '../nlp/words.js';
import { isDocumentNoun } from '../lexicon/cues.js';
import { isKnownOrganisation, opensWithListedBody } from '../lexicon/organisations.js';

/** A frame placed in the article, with the person it names once resolved. */
export interface Attribution {
  frame: Frame;
  at: number;
  person: Person | null;
  pronoun: boolean;
  /** What a pronoun that names no person refers to ("it" for the council). */
  name?: string;
  kind?: SpeakerKind;
}

/** A relative "who" standing for a description ("ferry riders who say …"): the description names the speaker. */
function standsFor(sp: SpeakerPhrase): boolean {
  return sp.kind === 'anonymous' && /^(who|whom)$/i.test(sp.text);
}

export function toQuote(text: string, start: number, end: number, type: QuoteType, a: Attribution | null, confidence: number, inherited = false): ExtractedQuote {
  const sp = a?.frame.speaker ?? null;
  const named = a ? (a.person?.name ?? a.name ?? (sp && sp.kind !== 'pronoun' && (sp.kind !== 'anonymous' || standsFor(sp)) ? sp.name : null)) : null;
  // ("Memos show …" names no one, as "Documents reviewed by the Ledger show …" does not: a record is an
  // unnamed source, its words the mention.)
  const canonical = sp && recordNamedAsPerson(sp, named) ? null : named;
  // ("Sotheby's said …": a listed firm written with its 's speaks, not someone surnamed Sotheby named later.)
  const firm = sp && !inherited ? listedFirmWithS(text, sp) : null;
  if (firm) return { ...toQuote(text, start, end, type, { ...a!, person: null, frame: { ...a!.frame, speaker: { ...sp!, end: sp!.end + 2, text: firm, kind: 'organization', name: firm, title: null } } }, confidence), speaker_kind: 'organization' };
  return {
    text: text.slice(start, end),
    start,
    end,
    type,
    speaker: canonical,
    // The mention as written, so that text.slice(speaker_start, speaker_end) is the mention (the phrase's
    // own text has its spaces normalised).
    speaker_mention: inherited || !sp ? null : text.slice(sp.start, sp.end),
    speaker_start: inherited ? null : sp?.start ?? null,
    speaker_end: inherited ? null : sp?.end ?? null,
    speaker_kind: sp ? (sp.kind === 'pronoun' ? (a?.person ? 'person' : a?.kind ?? null) : sp.kind === 'anonymous' && a?.person ? 'person' : bodyNamedAsPerson(sp, canonical, text) ? 'organization' : recordNamedAsPerson(sp, named) ? 'anonymous' : sp.kind) : null,
    speaker_role: sp?.role ?? null,
    // A speaker taken from the sentence's subject has no cue words of its own.
    // Read from the article, not the frame's words: a cue of several words keeps the spaces it has there.
    cue: inherited || !a?.frame.cue ? null : text.slice(a.frame.cueStart, a.frame.cueEnd),
    cue_start: inherited || !a?.frame.cue ? null : a.frame.cueStart,
    cue_end: inherited || !a?.frame.cue ? null : a.frame.cueEnd,
    outlet: a?.frame.outlet ?? null,
    confidence: a ? (a.pronoun && !a.person ? confidence * 0.5 : confidence) : 0.3,
  };
}

/** A person's lone surname written with 's that, so written, is a listed firm's name ("Sotheby's"), or null. */
function listedFirmWithS(text: string, sp: SpeakerPhrase): string | null {
  if (sp.kind !== 'person' || /\s/.test(sp.text)) return null;
  const written = text.slice(sp.start, sp.end + 2);
  return /^\p{Lu}[\p{L}-]*['’]s$/u.test(written) && isKnownOrganisation(written.replace('’', "'")) ? written : null;
}

/**
 * "Memos show …": a record capitalised as the sentence opens, read as a lone name. It is no person but an
 * unnamed source, like "Documents reviewed by the Ledger": its words are the mention, no canonical name.
 */
function recordNamedAsPerson(sp: SpeakerPhrase, canonical: string | null): boolean {
  // (Also read as a body's name by its last word: "Records show …" is no label like "Harbour Records".)
  return (sp.kind === 'person' || sp.kind === 'organization') && sp.title === null && !!canonical && !/\s/.test(canonical) && isDocumentNoun(canonical.toLowerCase());
}

/**
 * Whether a "person" speaker is, by its final name, a body the people list leaves out too: a country or state
 * (or a capital or a large city) alone, not linked to a longer name in the article ("Indonesia said": a government), or a name holding an
 * institution's word ("Harwell College London said"). Not a place that is also a given name ("Georgia said")
 * nor one after a title ("Mr. Holland"). Read after the phrase is chosen, so it changes no speaker, only its kind.
 */
function bodyNamedAsPerson(sp: SpeakerPhrase, canonical: string | null, text: string): boolean {
  if (sp.kind !== 'person' || !canonical) return false;
  const words = canonical.split(/\s+/);
  if (words.length > 1 && words.some((w) => INSTITUTION_WORDS.has(w.toLowerCase()))) return true;
  // A listed body's name of two words or more after a country's or place's word ("the Philippine Red Cross", "the
  // American Red Cross"): the national branch of that body, not a person.
  if (words.slice(1, -1).some((_, i) => isKnownOrganisation(words.slice(i + 1).join(' ')))) return true;
  // … and before a branch's or region's name: "Planned Parenthood Great Rivers".
  if (opensWithListedBody(canonical)) return true;
  // (… and a capital or a large city alone, "Pyongyang said in a statement", unless described as a person: "Washington, a nurse".)
  return words.length === 1 && sp.title === null && (isPlaceNotGivenName(canonical) || isCityAsBody(canonical, text.slice(sp.end, sp.end + 40)));
}
