import type { Token } from '../types.js';
import { frameAtToken, type Frame } from './frame-types.js';
import { classify, personLike, type SpeakerPhrase } from './speaker.js';
import type { SentenceScan } from './sentence-scan.js';
import { isGenericNewsWord, isOutletHead, recogniseOutlet } from '../lexicon/outlets.js';
import { POSSESSIVES } from '../nlp/words.js';
import { cueLexicon } from '../lexicon/cues.js';
import { beforeAge } from '../nlp/home-towns.js';
import { listedBodyEnd } from './listed-body-spans.js';
import { endsInSpeechTag } from './closing-speech-tag.js';

/**
 * A passive speech act with its agent: "The mayor was criticized by two council members for the
 * delay", "The plan has been endorsed by the teachers' union". The agent (after "by") is the speaker,
 * and the sentence, which says what the agent held against or for the subject, is the content; or the
 * charge after the agent, when the cue takes one: "was accused by observers of bias" (cues.json passive_charge_prepositions).
 * tokens[cue] is a passive object cue; returns the content's token range and the frame, or null.
 */
export function passiveWithAgent(tokens: Token[], cue: number, lo: number, last: number, scan: () => SentenceScan): { from: number; to: number; frame: Frame } | null {
  // "was accused by observers of bias": the charge's preposition ends the agent, and the charge is the content.
  const charge = cueLexicon().passiveChargePrepositions.get(tokens[cue]!.lemma);
  const agent = agentRange(tokens, cue, last, 'by', charge);
  const speaker = agent && agentSpeaker(tokens, agent);
  if (!speaker) return null;
  // ("The plan was praised by the Harbour Guild, which said it …": the agent's own words follow in its relative
  // clause, and they are the report; the passive only says the agent praised.)
  if (speechRelativeAfter(tokens, agent.to, last)) return null;
  // The sentence is the content; a quotation inside it is the quote stage's.
  let to = last;
  while (to > lo && tokens[to]!.pos === 'PUNCT') to--;
  const from = charge?.has(tokens[agent.to]?.normal ?? '') && agent.to < to ? agent.to : lo;
  if (to - from < (from === lo ? 4 : 1) || scan().hasMark(from, to)) return null;
  return { from, to, frame: frameAtToken(tokens, cue, speaker) };
}

/**
 * The agent after a passive cue at tokens[cue], "by" and a noun phrase naming a person or a body:
 * "was criticized by two council members", "was asked by host Ned Park". Null for none or a pronoun.
 */
export function passiveAgent(tokens: Token[], cue: number, last: number): SpeakerPhrase | null {
  const agent = agentRange(tokens, cue, last);
  return agent && agentSpeaker(tokens, agent);
}

/**
 * The agent of a passive "told" whose content follows as a "that" clause: "Ruiz was told by a casting
 * agent at 19 that she was …" — the agent said what follows, the subject only heard it. (A short
 * phrase of time or place may sit between the agent and "that"; anything else, no agent.)
 */
export function tellerBeforeThat(tokens: Token[], cue: number, last: number): SpeakerPhrase | null {
  return agentBeforeThat(tokens, agentRange(tokens, cue, last), last);
}

/**
 * The one heard from before a "that" clause, after "heard"/"learned" at tokens[cue]: "Okafor heard from
 * her agent that the script was …" — the agent said it, the subject only heard it. Null when no person
 * or body is named ("learned from experience that …") or no "that" follows.
 */
export function tellerFromBeforeThat(tokens: Token[], cue: number, last: number): SpeakerPhrase | null {
  return agentBeforeThat(tokens, agentRange(tokens, cue, last, 'from'), last);
}

/** The agent's speaker when a "that" opens a clause after it, a short phrase of time or place between at most. */
function agentBeforeThat(tokens: Token[], agent: { from: number; to: number } | null, last: number): SpeakerPhrase | null {
  if (!agent) return null;
  for (let k = agent.to; k <= last && k < agent.to + 5; k++) {
    if (tokens[k]!.normal === 'that') return agentSpeaker(tokens, agent);
    if (!/^(ADP|DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) return null;
  }
  return null;
}

/** The speaker the agent's tokens name: a person or a body, not a pronoun. */
function agentSpeaker(tokens: Token[], agent: { from: number; to: number }): SpeakerPhrase | null {
  const speaker = classify(tokens, agent.from, agent.to);
  // ("the Show", "the Channel": a common thing, no one to quote.)
  const newsWord = speaker?.kind === 'person' ? loneNewsWordAfterThe(tokens, agent) : null;
  if (newsWord) return isGenericNewsWord(newsWord) ? null : { ...speaker!, kind: 'outlet' };
  return speaker && speaker.kind !== 'pronoun' && personLike(speaker) ? speaker : null;
}

/**
 * "learned from the Gazette that …": "the" and a lone news word that heads papers' names ("Gazette", "Herald",
 * "Times") is a local paper named by it, no person; that word, or null.
 */
function loneNewsWordAfterThe(tokens: Token[], agent: { from: number; to: number }): string | null {
  const word = tokens[agent.from + 1];
  return agent.to === agent.from + 2 && tokens[agent.from]!.normal === 'the' && !!word && isOutletHead(word.text) ? word.text : null;
}

/** The tokens [from, to) of the noun phrase after "by" (or another preposition) that follows a cue at tokens[cue], or null. */
function agentRange(tokens: Token[], cue: number, last: number, preposition = 'by', charge?: ReadonlySet<string>): { from: number; to: number } | null {
  let by = cue + 1;
  while (by <= last && tokens[by]!.pos === 'ADV') by++;
  if (tokens[by]?.normal !== preposition) return null;
  // The agent: a noun phrase up to a preposition (other than "of"), a verb or punctuation; its first word
  // may be a possessive, which the tagger reads as a pronoun ("by his doctors", "from her agent").
  let end = POSSESSIVES.has(tokens[by + 1]?.normal ?? '') ? by + 2 : by + 1;
  // (With a charge after "of", an "of" ends the agent unless a name or "the" follows: "by members of the opposition of bias".)
  const chargeOf = (k: number) => !!charge?.has('of') && tokens[k + 1]?.normal !== 'the' && tokens[k + 1]?.pos !== 'PROPN';
  // (… and the complement of an anonymous source's adjective: "by two people familiar with the talks", "by a source close to her".)
  const sourceComplement = (k: number) => /^(with|to)$/.test(tokens[k]!.normal) && /^(familiar|close)$/.test(tokens[k - 1]!.normal) && k > by + 2;
  while (end <= last && end < by + 10 && (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[end]!.pos) || (tokens[end]!.normal === 'of' && end > by + 1 && !chargeOf(end)) || sourceComplement(end))) end++;
  // ("by Reporters Without Borders": a listed body's name runs on past its preposition.)
  end = listedBodyEnd(tokens, by + 1, end, last);
  return end === by + 1 || (end === by + 2 && tokens[by + 1]!.pos === 'PRON') ? null : { from: by + 1, to: end };
}

/** tokens[k] opens ", which/who/that" and a speech or report verb (maybe after an adverb): the agent's own words follow. */
function speechRelativeAfter(tokens: Token[], k: number, last: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(which|who|that)$/.test(tokens[k + 1]?.normal ?? '')) return false;
  let v = k + 2;
  if (tokens[v]?.pos === 'ADV') v++;
  const verb = tokens[v];
  return !!verb && v <= last && verb.pos === 'VERB' && (cueLexicon().speech.has(verb.lemma) || cueLexicon().report.has(verb.lemma));
}

/**
 * The agent after "reported by" as an outlet: "reported by the Harbour Ledger", "by the Lakeview Herald"
 * (a name the speaker phrase may cut short, given whole here), or null for a witness or an office
 * ("The fire was reported by a neighbour", "cases were reported by the county health department" tell
 * of an incident, not a claim).
 */
function outletAgent(tokens: Token[], agent: { from: number; to: number }, last: number, speaker: SpeakerPhrase): SpeakerPhrase | null {
  if (speaker.kind === 'outlet') return speaker;
  // (The tagger may read the name's last word as a verb: "the Miami Herald". The speaker is then the
  // whole name, not "Miami".)
  let to = agent.to;
  while (to <= last && to < agent.to + 2 && /^[A-Z]/.test(tokens[to]!.text)) to++;
  if (!recogniseOutlet(tokens.slice(agent.from, to).map((t) => t.text).join(' '))) return null;
  return to === agent.to ? speaker : classify(tokens, agent.from, to) ?? speaker;
}

/**
 * A report passed on with its agent: "The deal was initially reported by the Ledger." (the subject is what
 * the Ledger reported), "The plan, initially reported by the Ledger, calls for …" (the sentence is), "The
 * board voted to close the pier, as initially reported by the Ledger." (the clause before the comma is).
 * tokens[cue] is "reported"; returns the content's token range and the agent's frame, or null.
 */
export function reportedByOutlet(tokens: Token[], cue: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  if (tokens[cue]!.normal !== 'reported') return null;
  // Nothing before the cue to report ("Reported by the Ledger." opening an article, a byline).
  const agent = cue > lo ? agentRange(tokens, cue, last) : null;
  const named = agent && agentSpeaker(tokens, agent);
  const speaker = named ? outletAgent(tokens, agent, last, named) : null;
  if (!speaker) return null;
  let beforeCue = cue - 1;
  while (beforeCue > lo && tokens[beforeCue]!.pos === 'ADV' && tokens[beforeCue]!.normal !== 'as') beforeCue--; // "initially", "originally"
  const range = subjectReported(tokens, beforeCue, lo) ?? sentenceAroundAside(tokens, beforeCue, lo, last) ?? clauseBeforeAs(tokens, beforeCue, lo, last, cue);
  return range ? { ...range, frame: frameAtToken(tokens, cue, speaker) } : null;
}

/** "The deal was initially reported by …": the subject before the form of "be" at tokens[beforeCue]. */
function subjectReported(tokens: Token[], beforeCue: number, lo: number): { from: number; to: number } | null {
  if (tokens[beforeCue]!.lemma !== 'be' || beforeCue - 1 < lo) return null;
  const from = tokens[lo]!.pos === 'CCONJ' ? lo + 1 : lo;
  // (A relative pronoun says nothing by itself: "…, which was initially reported by …".)
  if (beforeCue - 1 < from || /^(which|who|that|it)$/.test(tokens[beforeCue - 1]!.normal) || beforeCue - from > 12) return null;
  return { from, to: beforeCue - 1 };
}

/** "The plan, initially reported by the Ledger, calls for …": the whole sentence around the aside. */
function sentenceAroundAside(tokens: Token[], beforeCue: number, lo: number, last: number): { from: number; to: number } | null {
  if (tokens[beforeCue]!.text !== ',' || beforeCue - 1 < lo || !/^(NOUN|PROPN)$/.test(tokens[beforeCue - 1]!.pos)) return null;
  let close = beforeCue + 1;
  while (close <= last && close < beforeCue + 14 && tokens[close]!.text !== ',') close++;
  if (close >= last || tokens[close]!.text !== ',' || !/^(VERB|AUX)$/.test(tokens[close + 1]?.pos ?? '')) return null;
  // (A speech tag closing the sentence gives it to its speaker: "…, was signed on Friday, the studio said.")
  if (endsInSpeechTag(tokens, close + 1, last)) return null;
  return { from: lo, to: last };
}

/** "The board voted to close the pier, as initially reported by the Ledger.": the clause before the comma. */
function clauseBeforeAs(tokens: Token[], beforeCue: number, lo: number, last: number, cue: number): { from: number; to: number } | null {
  if (tokens[beforeCue]!.normal !== 'as' || tokens[beforeCue - 1]?.text !== ',' || beforeCue - 2 - lo < 3) return null;
  // The agent closes the sentence (a time may follow it: "… by the Ledger on Tuesday").
  for (let k = cue + 2; k <= last; k++) if (tokens[k]!.text === ',' || tokens[k]!.pos === 'VERB') return null;
  return { from: lo, to: beforeCue - 2 };
}

/**
 * A past participle right after a subordinator, with no subject of its own: "when asked whether …", "if
 * pressed on the fares". It is a passive cut short ("when [she was] asked"): the sentence's subject heard
 * the words, so the phrase before the subordinator is no speaker; only a "by" agent is.
 */
export function reducedPassiveClause(tokens: Token[], cue: number): boolean {
  return /^(when|if|after|before|while|once|unless|until|though|although)$/.test(tokens[cue - 1]?.normal ?? '') && /(?:ed|en|told)$/.test(tokens[cue]!.normal) && !onceAfterSubject(tokens, cue - 1);
}

/**
 * "She once told the Gazette …": "once" right after a clause's subject is an adverb of time (formerly), no
 * subordinator. (Only a subject opening its sentence or clause: in "Lee said that Ruiz once described …"
 * the report inside another stays the outer speaker's, as the nested-report rules read it.)
 */
function onceAfterSubject(tokens: Token[], once: number): boolean {
  if (tokens[once]!.normal !== 'once') return false;
  // ("Lin, 58, once called …": an age set off by commas between the subject and "once" hides neither.)
  const age = tokens[once - 1]?.text === ',' ? beforeAge(tokens, once - 1) : once - 1;
  let k = age < once - 1 ? age - 1 : once - 1;
  const start = k;
  if (/^(he|she|they|i|we)$/.test(tokens[k]?.normal ?? '')) k--;
  else while (k >= 0 && tokens[k]!.pos === 'PROPN') k--;
  if (k === start) return false;
  return k < 0 || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'CCONJ';
}

/**
 * "The deal, said by two people familiar with the talks to be worth “…”, includes …": a reduced passive "said
 * by X to be" after a comma; the agent said what the infinitive gives. tokens[cue] is "said"; the agent, or null.
 */
export function saidByAgentToBe(tokens: Token[], cue: number, last: number): SpeakerPhrase | null {
  if (tokens[cue]!.normal !== 'said' || tokens[cue - 1]?.text !== ',') return null;
  const range = agentRange(tokens, cue, last);
  // (The agent's range takes the infinitive's "to" as a particle; it ends before it.)
  if (!range) return null;
  let to = range.from + 1;
  while (to < range.to && tokens[to]!.normal !== 'to') to++;
  if (tokens[to]?.normal !== 'to' || !/^(be|have)$/.test(tokens[to + 1]?.normal ?? '')) return null;
  return agentSpeaker(tokens, { from: range.from, to });
}
