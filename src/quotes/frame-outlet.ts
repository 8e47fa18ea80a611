import type { Token } from '../types.js';
import { isOutletSourceNoun, isOutletHead, isOutletStaffJob, kindOfOutletWord, lookupOutlet, outletKind, recogniseOutlet, outletKindByName } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { CONTRASTING_JOINERS } from '../nlp/words.js';
import { isGivenNameToken } from '../nlp/names.js';
import { sourceText, subjectBefore, tokenAt, type SpeakerPhrase } from './speaker.js';
import { TokenView } from './token-view.js';
import { accordingOpener, afterDateline } from './sentence-subject.js';
import { outletAfterLead } from './outlet-near.js';
import { asWritten, lastOutletBefore } from './earlier-outlets.js';
import { isMediumDescription } from './medium-descriptions.js';

// The outlet of a frame read from the rest of its sentence: an "According to Reuters," opener, "a Times reporter", "quoted by the BBC".

/** Words opening a clause with a subject of its own, after which an opener's outlet no longer holds. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set([...CONTRASTING_JOINERS, ';']);

/**
 * "According to state news agency TASS, the minister called the film … and said …": every cue of a
 * sentence opening with an outlet as its source gave its words to that outlet, however far along the
 * sentence it stands. Also "Per Variety, …", "Speaking to Reuters, …", "On “Face the Nation,” …" and a report
 * in it: "According to a report in the Gazette, …".
 * Null when the sentence opens otherwise or the cue is inside the opener.
 */
export function accordingOpenerOutlet(view: TokenView, cue: number): string | null {
  const tokens = view.tokens;
  const start = afterDateline(view, view.sentence(cue));
  const per = tokens[start]?.text === 'Per';
  // "Speaking to Reuters, X, an economist at …, said …", "Speaking on NPR's … programme, X …": however long the
  // speaker's description. (An "on" naming no outlet, "Speaking on condition of anonymity", gives none below.)
  const speaking = /^(?:speaking|talking)$/.test(tokens[start]?.normal ?? '') && /^(?:to|with|on)$/.test(tokens[start + 1]?.normal ?? '');
  // "On “Face the Nation,” Senator X, …, put it plainly: …", "On CNN, …": the programme or channel the
  // sentence opens on is where its speaker spoke (a known outlet's name only: "On Monday," is no medium).
  const on = tokens[start]?.normal === 'on';
  if (!per && !speaking && !on && !accordingOpener(tokens, start)) return outletReportOpener(tokens, start, cue);
  const lead = per || on ? start : start + 1;
  let comma = lead + 1;
  // (Speaking to a host on a programme takes more words: "Speaking to Ann Lee on BBC Radio 2's Late Lounge on Tuesday night,".)
  while (comma < cue && comma < start + (speaking ? 18 : 12) && tokens[comma]!.text !== ',') comma++;
  if (comma >= cue || tokens[comma]!.text !== ',') return null;
  // The participle describes its own clause's subject only: "Speaking to CNN, Lee said …, while Patel
  // insisted …" gives Patel's words no outlet.
  if ((speaking || on) && tokens.slice(comma + 1, cue).some((t) => CLAUSE_JOINERS.has(t.normal))) return null;
  return outletAfterLead(tokens, lead, comma) ?? reportIn(tokens, lead + 1, comma) ?? translationBy(tokens, lead + 1, comma) ?? (speaking ? programmeSpokenOn(tokens, lead, comma) : null);
}

/** Report verbs by which an outlet opening a sentence passes on what follows ("The Ledger said …"). */
const OUTLET_REPORT_VERBS = /^(said|says|reported|reports)$/;

/**
 * "The Ledger said Mayor Ana Ruiz told the board: “…”": an outlet whose report opens the sentence carried the
 * words quoted later in it, as "According to the Ledger, …" does (its short form too, "The LDG said …").
 */
function outletReportOpener(tokens: Token[], start: number, cue: number): string | null {
  for (let k = start + 1; k < cue - 1 && k <= start + 6; k++) {
    if (!OUTLET_REPORT_VERBS.test(tokens[k]!.normal) || tokens[k]!.pos !== 'VERB') continue;
    // The clause reported opens on the one quoted ("said Mayor Ruiz told …"), not a pronoun: "Quint said he
    // expected …" is a person's own words, whatever outlet a surname may match.
    const named = tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1;
    if (!tokens[named] || tokens[named]!.pos === 'PRON') return null;
    const subject = subjectBefore(tokens, k, start);
    if (subject?.kind !== 'outlet' || tokenAt(tokens, subject.start, k) !== start) return null;
    // A lone word the article also writes after a given name is that person's surname ("Jim Fox … Fox said").
    return k - start === 1 && surnameInArticle(tokens, tokens[start]!.text) ? null : subject.name;
  }
  return null;
}

/** Whether the article writes word right after a capitalised given name anywhere ("Alex Time", "Jim Fox"). */
function surnameInArticle(tokens: Token[], word: string): boolean {
  for (let j = 1; j < tokens.length; j++) if (tokens[j]!.text === word && isGivenNameToken(tokens[j - 1]!)) return true;
  return false;
}

/** "Speaking to Ann Lee on BBC Radio 2's Late Lounge,": the outlet after an "on" that follows the one spoken to, within [lead, comma). */
function programmeSpokenOn(tokens: Token[], lead: number, comma: number): string | null {
  if (tokens[lead]!.normal === 'on') return null;
  const on = tokens.findIndex((t, k) => k > lead + 1 && k < comma && t.normal === 'on');
  return on > 0 ? outletAfterLead(tokens, on, comma) : null;
}

/**
 * "according to a report in the Gazette", "a new article by Reuters": the outlet the piece ran in is the
 * source, as in "according to the Gazette" (an outlet can be a speaker); its name is the mention.
 */
export function reportOutletSpeaker(tokens: Token[], phrase: SpeakerPhrase | null, hi: number): SpeakerPhrase | null {
  if (!phrase) return null;
  hi = Math.min(hi, tokens.length); // (callers pass the token after the source, which a text may lack)
  const head = tokenAt(tokens, phrase.end - 1, hi - 1);
  const lead = head + 1;
  if (!cueLexicon().outletReportNouns.has(tokens[head]?.normal ?? '') || !/^(in|by|from)$/.test(tokens[lead]?.normal ?? '')) return null;
  let to = lead + 1;
  while (to < hi && to < lead + 10 && tokens[to]!.text !== ',') to++;
  const name = outletAfterLead(tokens, lead, to);
  if (!name) return null;
  // The name's words: after a small-letter "the", as outletAfterLead reads them.
  let s = tokens[lead + 1]?.text === 'the' ? lead + 2 : lead + 1;
  // (… past a kind of outlet before the name: "a report by the Norwegian newspaper VG" is VG's.)
  const first = s;
  while (s < to - 1 && s < first + 3 && !sourceText(tokens, s, to).startsWith(name)) s++;
  let e = s + 1;
  while (e < to && sourceText(tokens, s, e) !== name) e++;
  if (s >= to || sourceText(tokens, s, e) !== name) return null;
  // (Not the start of a longer name: "a report from Reuters Harbour Analytics" is that firm's.)
  if (e < to && /^\p{Lu}/u.test(tokens[e]!.text)) return null;
  return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: name, kind: 'outlet', name, role: null, title: null };
}

/** "a report in the Gazette", "an article in Variety": the outlet the report ran in, within [from, to). */
function reportIn(tokens: Token[], from: number, to: number): string | null {
  if (!/^(a|an|the)$/.test(tokens[from]?.normal ?? '') || !/^(report|article|story|interview|piece)$/.test(tokens[from + 1]?.normal ?? '')) return null;
  return /^(in|by|from)$/.test(tokens[from + 2]?.normal ?? '') ? outletAfterLead(tokens, from + 2, to) : null;
}

/**
 * "a Reuters translation", "a translation by Reuters": the outlet that rendered the words, within [from, to).
 * (The words are the speaker's; the outlet carried them.)
 */
function translationBy(tokens: Token[], from: number, to: number): string | null {
  if (!/^(a|an|the)$/.test(tokens[from]?.normal ?? '')) return null;
  const nouns = cueLexicon().translationNouns;
  if (nouns.has(tokens[from + 1]?.normal ?? '')) return /^(by|from)$/.test(tokens[from + 2]?.normal ?? '') ? outletAfterLead(tokens, from + 2, to) : null;
  const noun = tokens.findIndex((t, k) => k > from + 1 && k < to && nouns.has(t.normal));
  return noun > 0 && noun === to - 1 ? lookupOutlet(sourceText(tokens, from + 1, noun)) : null;
}

/**
 * "Vulture's critic, Ana Ruiz, wrote that …" / "the Gazette's chief film critic Ana Ruiz said …": a job at an
 * outlet, named right before the speaker, is how the words reached print; the outlet is theirs. (Only a
 * critic's judgments whatever the cue; other staff with a verb of writing: "the Post's editor, X,
 * responded" answered another outlet.)
 */
export function staffOutlet(tokens: Token[], speaker: SpeakerPhrase, cueLemma: string): string | null {
  if (speaker.kind !== 'person') return null;
  let k = tokenAt(tokens, speaker.start, tokens.length - 1) - 1;
  if (tokens[k]?.text === ',') k--;
  const lex = cueLexicon();
  const job = tokens[k]?.normal ?? '';
  if (!(lex.outletReviewerNouns.has(job) || (isOutletStaffJob(job) && cueLemma === 'write'))) return null;
  // (Small-letter words before the job: "chief film critic".)
  let p = k - 1;
  while (p > k - 4 && /^\p{Ll}/u.test(tokens[p]?.text ?? '') && !/^['’]s?$/.test(tokens[p]!.text)) p--;
  if (!/^['’]s?$/.test(tokens[p]?.text ?? '')) return null;
  let s = p;
  while (s > 0 && s > p - 6 && /^[\p{Lu}\d&]/u.test(tokens[s - 1]!.text)) s--;
  for (let from = s; from < p; from++) {
    const phrase = sourceText(tokens, from, p);
    if (lookupOutlet(phrase) || recogniseOutlet(phrase)) return asWritten(phrase);
  }
  return null;
}

/**
 * "Variety's Imogen Strand wrote that …", "Time Out New York's Dev Rana said it …": a person named in an
 * outlet's possessive works for it, and their words ran there. A broadcaster's possessive names its staff
 * on and off air ("NBC's head of drama"), so it counts only with a verb of writing or "report" (what its
 * reporters do on it: "…, ESPN's Tara Wills reported"). Null otherwise.
 */
export function possessorOutlet(tokens: Token[], speaker: SpeakerPhrase, cueLemma: string): string | null {
  // ("according to Deadline's sources": the outlet's unnamed sources, whatever medium it is.)
  const sources = speaker.kind === 'anonymous' && isOutletSourceNoun(speaker.text.toLowerCase());
  if (speaker.kind !== 'person' && !sources) return null;
  const p = tokenAt(tokens, speaker.start, tokens.length - 1) - 1;
  if (!/^['’]s$/.test(tokens[p]?.text ?? '')) return null;
  let s = p;
  while (s > 0 && s > p - 6 && /^[\p{Lu}\d&]/u.test(tokens[s - 1]!.text)) s--;
  for (let from = s; from < p; from++) {
    const known = lookupOutlet(sourceText(tokens, from, p));
    if (known && (outletKind(known) !== 'broadcaster' || cueLemma === 'write' || cueLemma === 'report' || sources)) return asWritten(sourceText(tokens, from, p));
  }
  return null;
}

/**
 * "Jane Reyes of the Ashford Echo said …", "Tom Hale of The Guardian wrote …": a person named with "of" and an
 * outlet works for it, and their words ran there (as with the possessive above; a broadcaster only with a verb
 * of writing). Null otherwise.
 */
export function ofOutletStaff(tokens: Token[], speaker: SpeakerPhrase, cueLemma: string): string | null {
  if (speaker.kind !== 'person') return null;
  const of = tokenAt(tokens, speaker.end - 1, tokens.length - 1) + 1;
  if (tokens[of]?.normal !== 'of' || (!/^[\p{Lu}\d]/u.test(tokens[of + 1]?.text ?? '') && tokens[of + 1]?.normal !== 'the')) return null;
  // (The whole capitalised run after "of" must be the outlet: "of the Red Cross" holds no outlet "Red".)
  let e = of + 1;
  const inName = (k: number) => /^[\p{Lu}\d&]/u.test(tokens[k]!.text) || (k === of + 1 && tokens[k]!.normal === 'the') || (tokens[k]!.normal === 'and' && k > of + 1 && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));
  while (e < tokens.length && e < of + 8 && inName(e)) e++;
  const phrase = sourceText(tokens, of + 1, e);
  const known = lookupOutlet(phrase);
  if (known) return outletKind(known) !== 'broadcaster' || cueLemma === 'write' ? asWritten(phrase) : null;
  return recogniseOutlet(phrase);
  return null;
}

/** "AFP quoted an unnamed adviser as saying …": the outlet that quoted the speaker, the active verb's subject. */
/** (`sharedSubject`: the subject a quoter coordinated with a verb before it shares, "The paper described X as “…” and quoted Y as saying".) */
export function quoterOutlet(tokens: Token[], cue: number, lo: number, sharedSubject?: (quoter: number) => SpeakerPhrase | null): string | null {
  if (tokens[cue - 1]?.normal !== 'as') return null;
  const quoter = activeQuoterBefore(tokens, cue - 1, lo);
  const coordinated = quoter > lo && /^(and|but)$/.test(tokens[quoter - 1]!.normal);
  const subject = quoter < 0 ? null : coordinated && sharedSubject ? sharedSubject(quoter) : subjectBefore(tokens, quoter, lo);
  if (!subject) return null;
  // (Not a medium only described, "The magazine quoted X as saying": the one of its kind named before, below.)
  if (subject.kind === 'outlet' && !isMediumDescription(subject.name)) return subject.name;
  // "The state news agency TASS quoted X as saying": a known outlet's name after the kind of outlet it is.
  const s = tokenAt(tokens, subject.start, quoter);
  const known = lookupOutlet(subject.name);
  if (known && kindOfOutletWord(tokens[s - 1]?.normal ?? '') !== null) return known;
  // "The agency quoted X as saying", "the paper quoted …": the outlet of that kind named before.
  const kind = tokenAt(tokens, subject.end - 1, quoter) === s + 1 && /^the$/.test(tokens[s]!.normal) ? kindOfOutletWord(tokens[s + 1]!.normal) : null;
  if (!kind) return null;
  const listed = lastOutletBefore(tokens, s, kind);
  const headed = lastHeadedOutletBefore(tokens, s, kind);
  if (!listed) return headed;
  // A listed name inside a longer capitalised run is not that outlet: "The Riverside Post Office" is no
  // "Post"; "The Riverside Post" is named whole.
  const words = listed.split(/\s+/).length;
  for (let e = s - 1; e >= words - 1; e--) {
    if (sourceText(tokens, e - words + 1, e + 1) !== listed) continue;
    if (tokens[e + 1] && /^\p{Lu}/u.test(tokens[e + 1]!.text)) return headed;
    if (headed && headed.endsWith(listed) && headed.length > listed.length) return headed;
    break;
  }
  return listed;
}

/**
 * An outlet not in the gazetteer but named by its news head word ("The Valley Tribune"), the last before token i
 * within a few sentences and of the given kind: what "the paper quoted …" refers back to when no known one is named.
 */
function lastHeadedOutletBefore(tokens: Token[], i: number, kind: string): string | null {
  for (let e = i - 1; e >= 0 && e > i - 120; e--) {
    if (!isOutletHead(tokens[e]!.text)) continue;
    // The news word ends the name: "Post Office", "Times Square", "Herald Street" are no outlets.
    if (tokens[e + 1] && /^\p{Lu}/u.test(tokens[e + 1]!.text)) continue;
    let s = e;
    while (s > 0 && s > e - 5 && /^\p{Lu}/u.test(tokens[s - 1]!.text)) s--;
    if (s === e) continue;
    const name = recogniseOutlet(sourceText(tokens, s, e + 1));
    if (name && outletKindByName(name) === kind) return asWritten(sourceText(tokens, s, e + 1));
  }
  return null;
}

/**
 * The active "quoted"/"cited" up to eight words before the "as" at tokens[as], with only a noun phrase between
 * (up to twelve when it holds a name set off by commas, "quoted a researcher there, Li Wen, as saying").
 */
export function activeQuoterBefore(tokens: Token[], as: number, lo: number): number {
  const appositive = tokens[as - 1]?.text === ',';
  for (let k = as - 2; k >= lo && k >= as - (appositive ? 12 : 9); k--) {
    const t = tokens[k]!;
    if (/^(quoted|cited)$/.test(t.normal)) return tokens[k - 1] && /^(be|get)$/.test(tokens[k - 1]!.lemma) ? -1 : k;
    if (appositive && (t.text === ',' || t.normal === 'there')) continue;
    // ("quoted its chief engineer, …": a possessive pronoun opens the object like a determiner.)
    // (… and a preposition inside it: "quoted a source close to the band", "a person familiar with the talks".)
    if (t.pos === 'ADP' && t.normal !== 'as' && k > lo && /^(NOUN|ADJ|PROPN)$/.test(tokens[k - 1]!.pos)) continue;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos) && t.text !== '-' && !/^(its|their|her|his|our)$/.test(t.normal)) return -1;
  }
  return -1;
}
