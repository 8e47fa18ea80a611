import type { ExtractedQuote } from '../types.js';
import { afterPlacePossessive, innerOutletNameWords, lookupOutlet, recogniseOutlet } from '../lexicon/outlets.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { cueLexicon } from '../lexicon/cues.js';
import { namesOccasion } from './own-occasion.js';
import { lowerWords, withoutQuotations, type SentencePlace } from './occasion-shift.js';
import { alternatives, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';

/** A document an outlet got hold of: "a memo to staff obtained by Deadline". */
interface LeakedDocument {
  /** The document noun as written, lower case ("memo"). */
  noun: string;
  outlet: string;
  /** The sentence naming it: its author is named there ("Tom Vance struck a note in a memo …"). */
  sentence: { start: number; end: number };
}

/**
 * The words of a document an outlet obtained or saw reached print through that outlet: "Tom Vance
 * struck a defiant note in a memo to staff obtained by Deadline. “…,” Vance wrote." / "“…,” the memo
 * said." Quotes in the same or the next paragraph that cite the document ("the memo said") or its
 * author's writing ("Vance wrote", "she wrote") get its outlet, when they have none of their own and
 * their sentence names no other occasion. A quote continuing one of them ("“…,” Vance wrote. “…”")
 * goes with it. Runs after carryInterviewOutlets, which drops outlets from written words.
 */
export function carryLeakedDocumentOutlets(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  const documents = leakedDocuments(text, place);
  if (documents.length === 0) return;
  const paragraphOf = storyParagraphs(text);
  let previous: ExtractedQuote | null = null;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const continues = previous?.outlet && q.speaker_mention === null && q.cue === null && q.speaker === previous.speaker;
    if (!q.outlet && continues) q.outlet = previous!.outlet;
    else if (!q.outlet) {
      const document = documentBefore(documents, q, paragraphOf);
      // (Words quoted in the document's own sentence, "X called it “…”, according to messages seen by Y", are its too.)
      const inItsSentence = !!document && inSentence(q, document);
      // ("It asks the court to …" right after the document's own words: the pronoun is the document again.)
      const itAgain = !!document && !!previous && documentPronoun(q, previous, document, text, place);
      if (document && (fromDocument(q, document, text) || inItsSentence || itAgain) && (!namesOccasion(q, text, place) || inItsSentence)) q.outlet = document.outlet;
      else {
        const earlier = latestDocumentBefore(documents, q);
        if (earlier && laterFromDocument(q, previous, earlier, text, place, paragraphOf)) q.outlet = earlier.outlet;
      }
    }
    previous = q;
  }
}

/** The latest document named before the quote (or in its sentence), however far back. */
function latestDocumentBefore(documents: LeakedDocument[], q: ExtractedQuote): LeakedDocument | null {
  const before = documents.filter((d) => d.sentence.start <= q.start || inSentence(q, d));
  return before[before.length - 1] ?? null;
}

/** The latest document named before the quote, in its paragraph or the one before. */
function documentBefore(documents: LeakedDocument[], q: ExtractedQuote, paragraphOf: (offset: number) => number): LeakedDocument | null {
  const latest = latestDocumentBefore(documents, q);
  if (!latest) return null;
  const gap = paragraphOf(q.start) - paragraphOf(latest.sentence.start);
  return gap === 0 || gap === 1 ? latest : null;
}

/**
 * Later in the story, the author goes on quoting the same document: "Feldstein also wrote that …" (a written cue,
 * no other occasion named), "In the memo, he said …" (the document named again with a definite word), and the
 * author's next quotes in the paragraph of one of those ("He called it “…” and said …"), with no occasion of their own.
 */
function laterFromDocument(q: ExtractedQuote, previous: ExtractedQuote | null, document: LeakedDocument, text: string, place: SentencePlace, paragraphOf: (offset: number) => number): boolean {
  if (q.speaker_kind !== 'person' || !q.speaker || !authorOf(q.speaker, document, text)) return false;
  if (namesTheDocument(q, document, text, place)) return true;
  if (namesOccasion(q, text, place)) return false;
  // (Written, not posted or tweeted: a memo's author writes; and not after a sentence of the paragraph names another
  // occasion, "She posted a statement on Instagram. “…,” she wrote.")
  if (q.cue && /^writ(?:e|es|ing|ten)$|^wrote$/i.test(q.cue)) return !paragraphNamesOtherOccasion(q, document, text, place, paragraphOf);
  return !!previous && previous.outlet === document.outlet && previous.speaker === q.speaker && paragraphOf(previous.start) === paragraphOf(q.start);
}

/** Whether the quote's paragraph, up to its cue sentence and outside quotations, names an occasion (after a lead) other than the document's noun. */
function paragraphNamesOtherOccasion(q: ExtractedQuote, document: LeakedDocument, text: string, place: SentencePlace, paragraphOf: (offset: number) => number): boolean {
  const from = place.sentenceAt(q.cue_start ?? q.start).end;
  const paragraph = paragraphOf(q.start);
  let start = from;
  while (start > 0 && paragraphOf(start - 1) === paragraph) start--;
  const words = lowerWords(withoutQuotations(text.slice(start, from)));
  const { occasionWords, occasionLeads } = cueLexicon();
  // (As namesOccasion reads one: "on Instagram", "in a statement"; not "said the staff would meet".)
  return words.some((w, i) => w !== document.noun && occasionWords.has(w) && words.slice(Math.max(0, i - 3), i).some((v) => occasionLeads.has(v)));
}

/** Whether the speaker's surname is in the document's sentence, which names its author. */
function authorOf(speaker: string, document: LeakedDocument, text: string): boolean {
  const surname = speaker.split(/\s+/).pop()!;
  return text.slice(document.sentence.start, document.sentence.end).includes(surname);
}

/** "In the memo, he said …": the quote's cue sentence, outside quotations, refers to the document by its noun. */
function namesTheDocument(q: ExtractedQuote, document: LeakedDocument, text: string, place: SentencePlace): boolean {
  if (q.cue_start === null) return false;
  const s = place.sentenceAt(q.cue_start);
  const words = lowerWords(withoutQuotations(text.slice(s.start, s.end)));
  return words.some((w, i) => w === document.noun && /^(?:the|that|this|his|her|their)$/.test(words[i - 1] ?? ''));
}

/**
 * Whether the quote's words or its cue sit in the document's sentence: "“A. B,” X wrote, according to the memo, which was
 * viewed by Y" — the sentence naming the memo opens inside the quotation ("B,” X wrote …"), after the quote's start.
 */
function inSentence(q: ExtractedQuote, document: LeakedDocument): boolean {
  const within = (at: number | null) => at !== null && at >= document.sentence.start && at < document.sentence.end;
  return within(q.start) || within(q.cue_start);
}

/** "the memo said": the document speaks; "Vance wrote" / "she wrote": its author, named in the document's sentence, writes. */
function fromDocument(q: ExtractedQuote, document: LeakedDocument, text: string): boolean {
  const mention = q.speaker_mention?.toLowerCase() ?? '';
  if (/^(?:the|that|this)\s/.test(mention) && cueLexicon().leakedDocumentNouns.has(mention.split(/\s+/).pop()!)) return true;
  if (!q.cue || !cueLexicon().writtenCues.has(q.cue.toLowerCase()) || q.speaker_kind !== 'person' || !q.speaker) return false;
  const surname = q.speaker.split(/\s+/).pop()!;
  return text.slice(document.sentence.start, document.sentence.end).includes(surname);
}

/**
 * "The filing, a copy of which was reviewed by the Ledger, faults … “…”. It urges the board to …": "it" opening the
 * sentence right after one where the document spoke (mention "the filing", the document's outlet), with a verb a
 * document speaks with (cues.json document_speech_verbs), is the document.
 */
function documentPronoun(q: ExtractedQuote, previous: ExtractedQuote, document: LeakedDocument, text: string, place: SentencePlace): boolean {
  if (q.speaker_mention?.toLowerCase() !== 'it' || previous.outlet !== document.outlet) return false;
  // (Only with a verb a document speaks with: in "It has denied the claims" the "it" is a party the filing names.)
  if (!q.cue || !cueLexicon().documentSpeechVerbs.has(q.cue.toLowerCase())) return false;
  const mention = previous.speaker_mention?.toLowerCase() ?? '';
  if (!/^(?:the|that|this)\s/.test(mention) || !cueLexicon().leakedDocumentNouns.has(mention.split(/\s+/).pop()!)) return false;
  // (The sentence right after the previous quote's, "it" its subject: no other thing named between.)
  const sentence = place.sentenceAt(q.start);
  const before = place.sentenceAt(previous.start);
  return q.speaker_start === sentence.start && before.end <= sentence.start && /^\s*$/.test(text.slice(before.end, sentence.start));
}

let pattern: RegExp | undefined;
/** The verb and "by" every match of the pattern holds, with its flags: most articles have none, and are not scanned word by word. */
let verbBy: RegExp | undefined;

/** "a memo … obtained by", "an email to staff seen by the": a document noun, up to a few words, the verb and "by". */
function documentPattern(): RegExp {
  if (pattern) return pattern;
  const lexicon = cueLexicon();
  const nouns = [...lexicon.leakedDocumentNouns].join('|');
  const verbs = [...lexicon.leakedDocumentVerbs].join('|');
  pattern = new RegExp(`\\b(?:a|an|the|${alternatives(THIRD_PERSON_POSSESSIVES)}|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${nouns})\\b[^.!?\\n“”"]{0,60}?\\b(?:${verbs})\\s+by\\s+`, 'giu');
  // (No \b before the verbs, which would make the engine try every position: the test may pass more.)
  verbBy = new RegExp(`(?:${verbs})\\s+by\\s`, 'iu');
  return pattern;
}

let sharedPattern: RegExp | undefined;
let sharedTo: RegExp | undefined;

/**
 * "messages she provided to", "files given to the": a document noun, maybe its sharer, the verb and with/to; or,
 * tried first, the verb a few words on after a comma or "and" ("a letter sent to the actor, and shared with
 * People,": the first verb's "to" names no outlet).
 */
function sharedDocumentPattern(): RegExp {
  if (sharedPattern) return sharedPattern;
  const lexicon = cueLexicon();
  const verbs = [...lexicon.leakedDocumentShareVerbs].join('|');
  sharedPattern = new RegExp(`\\b(${[...lexicon.leakedDocumentNouns].join('|')})(?:\\b[^.!?\\n“”"]{0,60}?(?:,\\s*|\\sand\\s+)|\\s+(?:(?:he|she|they|we|it)\\s+(?:had\\s+)?)?)(?:${verbs})\\s+(?:with|to)\\s+`, 'giu');
  // (A cheap test first, as for verbBy: the pattern tried at every word of every article cost more than the rest of this module.)
  sharedTo = new RegExp(`(?:${verbs})\\s+(?:with|to)\\s`, 'iu');
  return sharedPattern;
}

function leakedDocuments(text: string, place: SentencePlace): LeakedDocument[] {
  const out: LeakedDocument[] = [];
  const documents = documentPattern();
  const found = (m: RegExpMatchArray) => {
    const outlet = outletOpening(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
    if (outlet) out.push({ noun: m[1]!.toLowerCase(), outlet, sentence: place.sentenceAt(m.index!) });
  };
  if (verbBy!.test(text)) for (const m of text.matchAll(documents)) found(m);
  // "according to messages she provided to Wired": handed to the outlet, not got hold of by it.
  const shared = sharedDocumentPattern();
  if (sharedTo!.test(text)) for (const m of text.matchAll(shared)) found(m);
  return out.sort((a, b) => a.sentence.start - b.sentence.start);
}

/** A capitalised run with the small words outlet names hold (lexicon/outlets.ts isInnerOutletNameWord). Built once. */
let outletRun: RegExp | undefined;

/** The outlet whose name opens the text ("The Hollywood Reporter. …", "Deadline, the …"), longest first, as written. */
export function outletOpening(text: string): string | null {
  // ("the Mirror": a small "the" is no part of the name; "The Hollywood Reporter" keeps its capital.)
  const after = text.replace(/^the\s+/, '');
  outletRun ??= new RegExp(String.raw`^[\p{Lu}\d][\p{L}\d&!.'’-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d&!.'’-]*|(?:${innerOutletNameWords().join('|')})(?![\p{L}'’-])))*`, 'u');
  const words = outletRun.exec(after)?.[0].split(/\s+/) ?? [];
  for (let n = Math.min(words.length, 8); n > 0; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/[’']s$/, '').replace(/(\p{L}{2})\.$/u, '$1');
    if (lookupOutlet(phrase)) return phrase;
    // ("Norway’s NRK": the name as written after the place whose outlet it is.)
    if (n === words.length && recogniseOutlet(phrase)) return afterPlacePossessive(phrase) ?? phrase;
  }
  return null;
}
