import { sentDocuments } from '../lexicon/sent-documents.js';
import type { Token } from '../types.js';
import type { Frame } from './frame.js';
import { classify } from './classify-phrase.js';
import { personLike, type SpeakerPhrase } from './speaker.js';
import { cueLexicon, isCueVerbForm } from '../lexicon/cues.js';
import { timeStart } from './indirect/time-phrases.js';

/** A verb of sending or writing a piece ("sent", "emailed", "posted"; data/sent-documents.json). */
export function isSendingVerb(normal: string): boolean {
  return sentDocuments().verbs.has(normal);
}

/**
 * "The letter that Holt received from the ministry said: “…”": a piece of writing whose relative clause names
 * the one it came from, right before the cue at tokens[cue]. It speaks for them, never for its receiver.
 * Null when no such clause ends at the cue.
 */
export function documentGiverBeforeCue(tokens: Token[], lo: number, cue: number): SpeakerPhrase | null {
  const { nouns, receivingVerbs } = sentDocuments();
  for (let k = lo; k < cue - 3; k++) {
    if (!nouns.has(tokens[k]!.normal) || tokens[k]!.pos !== 'NOUN') continue;
    const from = /^(that|which)$/.test(tokens[k + 1]?.normal ?? '') ? k + 2 : k + 1;
    for (let v = from + 1; v < cue - 2 && v <= from + MAX_WRITER_WORDS; v++) {
      if (!receivingVerbs.has(tokens[v]!.normal)) {
        if (/^[,.;:]$/.test(tokens[v]!.text) || tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') break;
        continue;
      }
      if (tokens[v + 1]!.normal !== 'from') break;
      // Only the giver's name: not an apposition after it ("from Dana Cole, the council's lawyer, said") nor
      // a time that closes the clause ("from the ministry last week said").
      let end = cue;
      for (let c = v + 3; c < cue; c++) if (tokens[c]!.text === ',') { end = c; break; }
      const time = timeStart(tokens, end, v + 2);
      if (time > v + 2) end = time;
      const giver = classify(tokens, v + 2, end);
      return giver && giver.end === tokens[end - 1]!.end ? giver : null;
    }
  }
  return null;
}

/** Longest run of words between a document noun (and "that") and the writing verb: a name or a short description. */
const MAX_WRITER_WORDS = 5;

/**
 * "A text message that Kim sent Lee in May was shown on screen: “…”", "the note she left her sister read:
 * “…”", "The post Kim wrote that night: “…”": a piece of writing whose writer a relative clause names,
 * in the clause before the colon that opens its words. The writer speaks (cue: the writing verb), not its
 * addressee after the verb nor whoever shows or reads it. Null when no such clause is there.
 */
export function documentWriterBeforeColon(tokens: Token[], lo: number, colon: number): Frame | null {
  const { nouns, verbs } = sentDocuments();
  for (let k = lo; k < colon - 2; k++) {
    if (!nouns.has(tokens[k]!.normal) || tokens[k]!.pos !== 'NOUN') continue;
    const from = tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1;
    for (let v = from + 1; v < colon && v <= from + MAX_WRITER_WORDS; v++) {
      if (!verbs.has(tokens[v]!.normal)) {
        if (/^[,.;:]$/.test(tokens[v]!.text) || tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') break;
        continue;
      }
      const writer = classify(tokens, from, v);
      if (!writer || !(writer.kind === 'pronoun' || personLike(writer))) break;
      // Words someone gives after the relative clause are theirs: "…, Ruiz said: “…”" (a speech verb of its
      // own), "… drew a sharp reply from Senator Vos: “…”" (an own-words noun and its giver).
      const later = laterSpeaker(tokens, v + 1, colon);
      if (later !== undefined) return later;
      const cue = tokens[v]!;
      return { cueStart: cue.start, cueEnd: cue.end, cue: cue.text, cueToken: v, speaker: writer, outlet: null, according: false };
    }
  }
  return null;
}

/**
 * Whether the cue at tokens[cue] takes the written piece itself as its object, before its writer's verb at
 * writerCue: "Prosecutors read a text that Kemp sent …", "She showed out the letter Ito wrote …" — the
 * reader shows the writer's words, so the writer speaks. Only articles, possessives, numbers, adjectives and
 * "out"/"aloud" may stand between.
 */
export function cueTakesDocument(tokens: Token[], cue: number, writerCue: number): boolean {
  let k = cue + 1;
  while (k < writerCue && (/^(DET|ADJ|NUM)$/.test(tokens[k]!.pos) || /^(his|her|their|its|our|my|your|out|aloud)$/.test(tokens[k]!.normal))) k++;
  return k < writerCue && tokens[k]!.pos === 'NOUN' && sentDocuments().nouns.has(tokens[k]!.normal);
}

/**
 * After the writing verb, before the colon: a speech verb of its own (null: the ordinary cue search frames
 * the words), or "a reply from NAME" ending at the colon (that person, cue the noun). Undefined when
 * neither is there, and the writer stands.
 */
function laterSpeaker(tokens: Token[], from: number, colon: number): Frame | null | undefined {
  const lex = cueLexicon();
  for (let j = from; j < colon; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && (lex.speech.has(t.lemma) || lex.report.has(t.lemma)) && isCueVerbForm(t.text)) return null;
    if (t.normal === 'from' && j > from && lex.ownWordsNouns.has(tokens[j - 1]!.normal)) {
      const giver = classify(tokens, j + 1, colon);
      if (!giver || !personLike(giver)) return undefined;
      const noun = tokens[j - 1]!;
      return { cueStart: noun.start, cueEnd: noun.end, cue: noun.text, cueToken: j - 1, speaker: giver, outlet: null, according: false };
    }
  }
  return undefined;
}
