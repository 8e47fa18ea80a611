import type { MarkedSpan } from '../text/quotation-marks.js';
import { cueLemma, type Frame, type TokenView } from './frame.js';
import { frameAtToken } from './frame-types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { passiveAgent } from './passive.js';
import { givenByGroupAfter } from './group-names.js';

// "Her account was called “false and malicious” by the actor’s lawyer", "The plan was described as “reckless” by
// two former ministers": a passive label verb right before the words and its agent ("by …") right after them.
// The agent gave the words; the sentence's subject is only what they judge.

/**
 * A name opens with a capital, maybe after a determiner: "Project Dawn", "the Crown". A determiner before a
 * lowercase word opens a description, a verdict someone gave: "was called “a betrayal of every family” by X".
 */
const NAMED = /^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y)\s+)?\p{Lu}/u;

/** A form of "be" (maybe with an adverb) before the participle: the verb is passive. */
const BE = /^(?:is|was|are|were|been|being|be)$/;

/** A label verb of the cue lexicon, by its lemma or its past participle ("branded", "labelled", "described"). */
function labelVerb(word: string): boolean {
  const lex = cueLexicon();
  const forms = [word, word.slice(0, -1), word.slice(0, -2), word.slice(0, -3)];
  return forms.some((w) => lex.weak.has(w) || lex.asLabelVerbs.has(w));
}

/**
 * The frame of the agent after the closing mark when a passive label verb (cues.json weak and as_label_verbs:
 * called, described, branded, dubbed) stands right before the opening mark, "as" maybe between; else null.
 * A name is no one's words: a title-case or noun-phrase name ("was called “Project Dawn” by its authors") or
 * one a group gives ("… by locals") stays the name it is (group-names.ts, not-speech.ts).
 */
export function passiveLabelFrame(view: TokenView, span: MarkedSpan): Frame | null {
  const text = view.doc.article.text;
  if (NAMED.test(text.slice(span.start, span.end)) || givenByGroupAfter(text, span)) return null;
  const tokens = view.tokens;
  const open = view.tokenAtOrAfter(span.open);
  let cue = open - 1;
  if (tokens[cue]?.normal === 'as') cue--;
  const verb = tokens[cue];
  // (The tagger may read the participle as an adjective: "was branded".)
  if (!verb || !/^(?:VERB|ADJ)$/.test(verb.pos) || !/ed$/i.test(verb.text)) return null;
  if (!labelVerb(verb.pos === 'VERB' ? cueLemma(verb) : verb.normal)) return null;
  let be = cue - 1;
  if (tokens[be]?.pos === 'ADV') be--;
  if (!BE.test(tokens[be]?.normal ?? '')) return null;
  // The agent right after the closing mark, in the quotation's sentence.
  const close = view.tokenAtOrAfter(span.close + 1) - 1;
  const sentence = view.sentence(close);
  const speaker = passiveAgent(tokens, close, sentence.tokenEnd - 1);
  return speaker ? frameAtToken(tokens, cue, speaker) : null;
}
