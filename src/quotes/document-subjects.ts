import type { Token } from '../types.js';
import { isTimeWord } from '../nlp/time-words.js';
import { cueLexicon } from '../lexicon/cues.js';
import { classify } from './classify-phrase.js';
import { descriptionHead, documentLike, evidenceLike, personLike } from './described-speakers.js';
import { description, tokenAt, type SpeakerPhrase } from './speaker-phrase.js';
import { isSendingVerb } from './document-writers.js';
import { isSourcedEvidenceNoun } from '../lexicon/sourced-evidence-nouns.js';
import { isGivenNameToken } from '../nlp/names.js';
import { relativeRightBeforeCue } from './publication-relative.js';

/**
 * A document opening the clause and described by a participle phrase before its verb: "A letter sent
 * to Okafor demands …", "The memo, written last spring and shared with staff, warns …". The phrase
 * after the participle ("Okafor", the outlet it was shared with) is no subject; the document speaks.
 * Sent "on Brandt's behalf" / "on behalf of Brandt", it speaks for Brandt (sets 3 and 8: a document's
 * words are its author's), its mention still the document; so it does for the agent of "written by",
 * "signed by". Null when the clause opens otherwise.
 */
export function documentBeforeParticiple(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  // The document's noun phrase: an article or possessive, modifiers, its head noun.
  let k = lo;
  while (k < cue && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos) && !/^(ed|en)$/.test(participleEnding(tokens[k]!))) k++;
  if (k === lo || k >= cue) return null;
  // (The participle is looked for before the noun phrase is classified: most clauses have none, and the
  // two tests do not depend on each other.)
  // A participle right after it (a comma may come first): "sent", "written", "shared"; or a passive relative clause
  // after the comma, "The lawsuit, which was reviewed by the Ledger, accuses …" (the agent reviewed it, it speaks).
  const p = tokens[k]!.text === ',' ? passiveRelativeParticiple(tokens, k + 1, cue) ?? k + 1 : k;
  if (tokens[p]?.pos !== 'VERB' || !participleEnding(tokens[p]!)) return null;
  // A passive participle takes no object: a preposition, an adverb or a comma follows it ("sent to",
  // "written last spring", "released,"), not "grossed $11 million".
  // ("to" the tagger may read as an infinitive's marker: "sent to staff".)
  if (!/^(ADP|ADV|PUNCT)$/.test(tokens[p + 1]?.pos ?? '') && tokens[p + 1]?.normal !== 'to' && !isTimeWord(tokens[p + 1]?.normal ?? '')) return null;
  const document = classify(tokens, lo, k);
  // ("Emails sent to the mayor said …": a bare plural opening the sentence reads as a name to classify.)
  // (Records as evidence are such documents too: "The documents shown to the jury said …".)
  const written = (sp: SpeakerPhrase) => documentLike(sp) || (sp.kind === 'anonymous' && !sp.role && evidenceLike(sp));
  const bare = k === lo + 1 && written(description(tokens, lo, k));
  if (!bare && (!document || !written(document))) return null;
  // No finite verb or auxiliary before the cue: the phrase only describes the document.
  for (let j = p + 1; j < cue; j++) {
    const t = tokens[j]!;
    // (After "to" a verb is an infinitive, or a noun the tagger read as one: "sent to staff on Friday".)
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !participleEnding(t) && tokens[j - 1]!.normal !== 'to')) return null;
    // A clause joined on ("…, and Deadline reports"): only a second participle may follow "and".
    if (/^(and|but)$/.test(t.normal) && !(tokens[j + 1]?.pos === 'VERB' && participleEnding(tokens[j + 1]!))) return null;
  }
  // ("The report appeared on Variety, which reported …": ", which" right before the cue stands for the outlet.)
  if (relativeRightBeforeCue(tokens, cue)) return null;
  const owner = behalfOwner(tokens, p + 1, cue) ?? authorAfter(tokens, p, cue);
  const mention = description(tokens, lo, k);
  return owner ? { ...mention, kind: owner.kind, name: owner.name } : mention;
}

/** "which was reviewed", "which had been seen" opening at tokens[from]: the participle's index, or null. */
function passiveRelativeParticiple(tokens: Token[], from: number, cue: number): number | null {
  if (tokens[from]?.normal !== 'which') return null;
  let j = from + 1;
  let passive = false;
  while (j < cue && j < from + 5 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) {
    if (/^(is|was|were|are|been)$/.test(tokens[j]!.normal)) passive = true;
    j++;
  }
  return passive && j < cue ? j : null;
}

/** "ed" or "en" for a past participle ("sent" and "written" count), "" otherwise. */
function participleEnding(t: Token): string {
  if (/(?:ed|en)$/.test(t.normal)) return t.normal.slice(-2);
  // (Irregular ones that are seldom a finite verb after a document: "made" or "held" often are.)
  return /^(sent|seen|read|shown)$/.test(t.normal) ? 'ed' : '';
}

/** The one a document was sent for: "on Brandt's behalf", "on behalf of Brandt" within tokens[from, to). */
function behalfOwner(tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.normal !== 'on') continue;
    if (tokens[k + 1]?.normal === 'behalf' && tokens[k + 2]?.normal === 'of') {
      let e = k + 3;
      while (e < to && /^(PROPN|DET|NOUN)$/.test(tokens[e]!.pos)) e++;
      // ("on behalf of Lenz's family": the family's, not Lenz's; the document speaks.)
      if (/^['’]s?$/.test(tokens[e]?.text ?? '')) return null;
      const owner = e > k + 3 ? classify(tokens, k + 3, e) : null;
      return owner?.kind === 'person' || owner?.kind === 'organization' ? owner : null;
    }
    let e = k + 1;
    while (e < to && tokens[e]!.pos === 'PROPN') e++;
    if (e > k + 1 && /^['’]s?$/.test(tokens[e]?.text ?? '') && tokens[e + 1]?.normal === 'behalf') {
      const owner = classify(tokens, k + 1, e);
      return owner?.kind === 'person' || owner?.kind === 'organization' ? owner : null;
    }
  }
  return null;
}

/**
 * The author after a participle of writing at tokens[p]: "written by Dana Ruiz", "signed by the mayor"; after
 * one of sending, past its addressee too, up to a comma: "sent to staff by Lara Wynn" (the sender speaks).
 */
function authorAfter(tokens: Token[], p: number, to: number): SpeakerPhrase | null {
  const writing = cueLexicon().authorshipParticiples.has(tokens[p]!.normal);
  if (!writing && !isSendingVerb(tokens[p]!.normal)) return null;
  let by = p + 1;
  while (!writing && by < to && by <= p + 6 && tokens[by]!.normal !== 'by' && !/^[,;:]$/.test(tokens[by]!.text)) by++;
  if (tokens[by]?.normal !== 'by') return null;
  // (A title may come before the name: "signed by chief executive Dana Holt"; the phrase ends at its last name word.)
  let e = by + 1;
  while (e < to && /^(PROPN|NOUN|ADJ)$/.test(tokens[e]!.pos)) e++;
  while (e > by + 1 && tokens[e - 1]!.pos !== 'PROPN') e--;
  const author = e > by + 1 ? classify(tokens, by + 1, e) : null;
  return author?.kind === 'person' || author?.kind === 'organization' ? author : null;
}

/**
 * "according to midweek figures from the Charts Office", "according to new data by Harbour Analytics", "data
 * published by the Statistics Bureau":
 * figures, data, a survey or a study from a named body are that body's account, as a statement from it is its
 * words (data/sourced-evidence-nouns.json; a report by a body speaks itself). The body after "from"/"by" right after the evidence phrase, when it reads as an organisation;
 * else null.
 */
export function evidenceSourceBody(tokens: Token[], phrase: SpeakerPhrase | null, hi: number): SpeakerPhrase | null {
  if (!phrase || phrase.kind !== 'anonymous') return null;
  const head = descriptionHead(phrase);
  if (!isSourcedEvidenceNoun(head)) return null;
  const k = tokenAt(tokens, phrase.end - 1, hi - 1);
  // ("new data released by the Office for National Statistics": a participle of publishing before "by".)
  const by = PUBLISHING_PARTICIPLES.has(tokens[k + 1]?.normal ?? '') ? k + 2 : k + 1;
  if (!/^(from|by)$/.test(tokens[by]?.normal ?? '') || (by > k + 1 && tokens[by]!.normal !== 'by')) return null;
  const s = tokens[by + 1]?.normal === 'the' ? by + 2 : by + 1;
  // (A body's name may hold words the tagger reads as nouns, and "of"/"for": "the Office for National Statistics".)
  const capitalised = (at: number) => at < hi && /^\p{Lu}/u.test(tokens[at]!.text);
  let e = s;
  while (capitalised(e) || (e > s && /^(of|for)$/.test(tokens[e]?.text ?? '') && capitalised(e + 1))) e++;
  // ("data collected by Harbour Statistics Office volunteers": the name describes the noun after it, who collected them.)
  if (e < hi && tokens[e]!.pos === 'NOUN') return null;
  const body = e > s ? classify(tokens, s, e) : null;
  if (body?.kind === 'organization') return body;
  // (Figures come from bodies: a run of two or more names with no given name in it, read as a person's for want of
  // a tail word, is a body's — "data from S&P Global Market Intelligence".)
  const unnamed = e - s >= 2 && !tokens.slice(s, e).some((t) => isGivenNameToken(t));
  return body?.kind === 'person' && unnamed && body.end === tokens[e - 1]!.end ? { ...body, kind: 'organization' } : null;
}

/** Participles of putting figures out, between the figures and the body that keeps them ("data released by X"). */
const PUBLISHING_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'published', 'compiled', 'collected', 'issued', 'gathered', 'produced', 'provided', 'kept']);

/**
 * "She showed reporters a letter from the ministry: “…”", "The family received a text from their son:
 * “…”": a document from a sender closing the clause before a colon introduces the document's words,
 * written by its sender (as "A letter from Dana Ruiz said …" is Ruiz's), not the words of the one who
 * holds it. The sender, or null. (cues.json written_to_nouns, leaked_document_nouns.)
 */
export function documentSenderBeforeColon(tokens: Token[], lo: number, colon: number): SpeakerPhrase | null {
  const lex = cueLexicon();
  for (let k = colon - 2; k > lo; k--) {
    if (tokens[k]!.normal !== 'from') continue;
    const noun = tokens[k - 1]!.normal;
    if (!lex.writtenToNouns.has(noun) && !lex.leakedDocumentNouns.has(noun)) return null;
    const sender = classify(tokens, k + 1, colon);
    return sender && sender.kind !== 'pronoun' && personLike(sender) && !documentLike(sender) ? sender : null;
  }
  return null;
}
