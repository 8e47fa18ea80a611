import type { ExtractedQuote, Token } from '../types.js';
import { storyParagraphs } from '../text/paragraphs.js';
import { cueLexicon } from '../lexicon/cues.js';
import { kindOfOutletWord, lookupOutlet, sharedQuestionOccasions } from '../lexicon/outlets.js';
import { SUBJECT_PRONOUNS } from '../nlp/words.js';
import { outletOpening } from './leaked-documents.js';
import { cueSentenceNamesOutlet, endsParagraph, givenElsewhere } from './interview-carry.js';
import type { SentencePlace } from './occasion-shift.js';
import { staffOutletEnding, staffOutletOpening, type StaffOutlet } from './staff-outlets.js';
import { askedNameAfter } from './asked-person.js';
import { hostsOnBroadcasterProgrammes, PROGRAMME_KINDS, programmesNamed, programmeTitlesOfKind } from './programme-names.js';
import { tokenAt } from './speaker.js';

/** A question an outlet put: where its words start and end, and the outlet. */
export interface OutletQuestion {
  start: number;
  end: number;
  outlet: string;
  /** The words naming who was asked, when the narration names them ("Mayor Ann Cole"): only they answer. */
  asked?: string;
}

/**
 * "At a press conference, a reporter from AFP asked if …": a question put at an occasion many reporters attend
 * (outlets.json sharedQuestionOccasions) in the same sentence, before the verb; the answer went to all present.
 */
function atSharedOccasion(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), 0);
  const before = text.slice(from, at).toLowerCase();
  return sharedQuestionOccasions().some((w) => new RegExp(String.raw`\b${w}s?\b`).test(before));
}

/**
 * The asking patterns, built once from cues.json asking_verbs: "asked by", "questioned by", "asked on" (a passive
 * question with its asker, or the broadcaster it was put on, after it), and the active verb with its asker before it ("a Variety reporter
 * asked her about …").
 */
let askingPatterns: { askedBy: RegExp; asked: RegExp } | undefined;
function asking(): { askedBy: RegExp; asked: RegExp } {
  if (askingPatterns) return askingPatterns;
  const verbs = [...cueLexicon().askingVerbs].join('|');
  // ("asked on CNN whether …": the broadcaster the question was put on asks it, as "asked by CNN" does.)
  return (askingPatterns = { askedBy: new RegExp(String.raw`\b(?:${verbs})\s+(?:by|on)\s+`, 'gi'), asked: new RegExp(String.raw`\b(?:${verbs})\s+(?!(?:by|on)\b)`, 'gi') });
}

/**
 * Questions a news outlet put, as narration reports them: "Asked by Politico whether …", "Asked on CNN how …", "asked by a reporter
 * from Access Hollywood if …", "When a Variety reporter asked Ines about …". A question word must follow the
 * asker within a few words (cues.json question_openers): "asked by the network to host" is no question.
 */
export function outletQuestions(text: string, tokens: Token[], hosts: Map<string, string> = programmeHosts(text, tokens)): OutletQuestion[] {
  const out: OutletQuestion[] = [];
  for (const m of text.matchAll(asking().askedBy)) {
    const after = m.index! + m[0].length;
    const asker = askerAfter(text.slice(after, after + 120)) ?? programmeAsker(text.slice(after, after + 20), tokens) ?? hostAsker(text.slice(after, after + 40), hosts);
    if (asker && opensQuestion(clauseWords(text.slice(after + asker.length, after + asker.length + 80)))) out.push({ start: m.index!, end: after + asker.length, outlet: asker.outlet });
  }
  for (const m of text.matchAll(asking().asked)) {
    const after = m.index! + m[0].length;
    const words = clauseWords(text.slice(after, after + 80));
    const before = text.slice(Math.max(0, m.index! - 80), m.index!);
    const outlet = staffOutletEnding(before) ?? namedOfOutletEnding(before);
    // (Reach for a title and a full name before the question word: "asked Mayor Ann Cole whether".)
    if (outlet && opensQuestion(words, 5) && !atSharedOccasion(text, m.index!)) out.push({ start: m.index!, end: after, outlet, asked: askedPerson(tokens, m.index!) });
    const byHost = hosts.size > 0 ? hostQuestion(text, m.index!, after, words, hosts) : null;
    if (byHost) out.push(byHost);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "Idris asked whether …" where Idris hosts a programme the article names: the programme puts the question,
 * as an outlet's reporter would. A host is named in the title ("the podcast “Late Coffee with Bo Idris”") or
 * as "host NAME" when the article names one programme only.
 */
function hostQuestion(text: string, at: number, after: number, words: string[], hosts: Map<string, string>): OutletQuestion | null {
  const host = /(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  const programme = host ? hosts.get(host[1]!) : undefined;
  if (!programme || !opensQuestion(words)) return null;
  // (The question runs to its clause's end: "writing" in "asked whether writing the book had …" is no cue of an answer.)
  const clause = /^[^,;:.!?“”"]*/.exec(text.slice(after, after + 200))![0].length;
  return { start: at - host![1]!.length - 1, end: after + clause, outlet: programme };
}

/**
 * "…, she told Ode, …" where Ode hosts a programme the article names: words told to its host went out on it,
 * however far from the programme's first mention. Not a quote whose own sentence names another outlet.
 */
export function giveTellingHostsTheirProgramme(quotes: ExtractedQuote[], text: string, place: SentencePlace, hosts: Map<string, string>): void {
  // (An outlet carried from an earlier interview gives way to the host named here.)
  const own = (q: ExtractedQuote) => q.outlet !== null && cueSentenceNamesOutlet(q, q.outlet, text, place);
  const telling = quotes.filter((q) => q.cue_start !== null && /^(?:told|tells|telling)$/i.test(q.cue ?? '') && !own(q));
  if (telling.length === 0 || hosts.size === 0) return;
  for (const q of telling) {
    // (Or the host's programme: "told Ode's show"; or the host so called: "told host Josh Horowitz".)
    const after = /^\s+(?:host\s+(?:\p{Lu}[\p{L}-]+\s+)?)?(\p{Lu}[\p{L}-]+)(?:['’]s\s+(?:programme|program|show|podcast)\b|(?![\p{L}'’-]))/u.exec(text.slice(q.cue_start! + q.cue!.length, q.cue_start! + q.cue!.length + 40));
    const programme = after ? hosts.get(after[1]!) : undefined;
    if (programme) q.outlet = programme;
  }
}

/** The surnames of the programmes' hosts the article names, with their programme's title. */
export function programmeHosts(text: string, tokens: Token[]): Map<string, string> {
  const hosts = new Map<string, string>();
  const titles = new Set(programmesNamed(tokens).map((p) => p.title));
  for (const title of titles) {
    const host = /\swith\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*$/u.exec(title);
    if (host) hosts.set(host[0].split(/\s+/).pop()!, title);
  }
  if (titles.size === 1) {
    const only = [...titles][0]!;
    for (const m of text.matchAll(/\bhost\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu)) hosts.set(m[0].split(/\s+/).pop()!, only);
  }
  // "Speaking to Ann Lee on BBC Radio 2's Late Lounge": the one the guest spoke to on a broadcaster's programme hosts it.
  for (const { surname, programme } of hostsOnBroadcasterProgrammes(tokens)) if (!hosts.has(surname)) hosts.set(surname, programme);
  return hosts;
}

/** The outlet that asks, opening `s`: "Politico", "the Ledger", "a reporter from Access Hollywood", "a Variety reporter"; its length. */
function askerAfter(s: string): StaffOutlet | null {
  const article = /^(?:a|an|one)\s+/.exec(s)?.[0] ?? '';
  const rest = s.slice(article.length);
  const staff = staffOutletOpening(rest);
  if (staff) return { outlet: staff.outlet, length: article.length + staff.length };
  // "a Variety …": after "a" the name is an outlet only with one of its staff after it.
  const outlet = article ? null : outletOpening(rest);
  if (outlet) return { outlet, length: rest.indexOf(outlet) + outlet.length };
  const described = article ? 0 : outletDescriptionLength(rest);
  const named = described > 0 ? outletOpening(rest.slice(described)) : null;
  return named ? { outlet: named, length: described + rest.slice(described).indexOf(named) + named.length } : null;
}

/**
 * The length of a description opening `s` that a known outlet's name follows: "Sweden's public broadcaster ",
 * "the state broadcaster ", "Norway's " (a place's possessive, small words, a kind of outlet); 0 without one.
 */
function outletDescriptionLength(s: string): number {
  const m = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+)\s+)?(?=\p{Lu})/u.exec(s);
  if (!m || m[0].length === 0) return 0;
  // (Small words must end in a kind of outlet: "the main broadcaster", not "the morning news".)
  if (m[1] !== undefined && !kindOfOutletWord(m[1])) return 0;
  return m[0].replace(/^the\s+$/, '').length;
}

/** "Asked on the podcast whether …": the one programme of that kind the article names asks; its length. */
function programmeAsker(s: string, tokens: Token[]): StaffOutlet | null {
  const kind = /^the\s+(\p{Ll}+)/u.exec(s);
  if (!kind || !PROGRAMME_KINDS.has(kind[1]!)) return null;
  const titles = programmeTitlesOfKind(tokens, kind[1]!);
  return titles.size === 1 ? { outlet: [...titles][0]!, length: kind[0].length } : null;
}

/**
 * "Ann Lee of The Harbour Gazette " ending `s`: a person's name, "of" or "from", and a known outlet's name (small
 * words and all) right before the asking verb: the reporter's outlet asks. The outlet as written, or null.
 */
function namedOfOutletEnding(s: string): string | null {
  const m = /\p{Lu}[\p{L}'’-]+\s+(?:of|from)\s+((?:the\s+)?\p{Lu}[\p{L}\d&!'’.-]*(?:\s+(?:and|of|the|\p{Lu}[\p{L}\d&!'’.-]*)){0,5})\s+$/u.exec(s);
  return m && lookupOutlet(m[1]!.replace(/^the\s+/, '')) ? m[1]!.replace(/^the\s+/, '') : null;
}

/** "Asked by Lee whether …" where Lee hosts a programme the article names: the programme asks; its length. */
function hostAsker(s: string, hosts: Map<string, string>): StaffOutlet | null {
  const host = /^\p{Lu}[\p{L}'’-]+(?![\p{L}'’-])/u.exec(s)?.[0];
  const programme = host ? hosts.get(host) : undefined;
  return programme ? { outlet: programme, length: host!.length } : null;
}

/** The words of `s` up to its first punctuation mark: the clause that must open the question. */
function clauseWords(s: string): string[] {
  return s.split(/[,;:.!?“”"]/)[0]!.split(/\s+/).filter(Boolean);
}

/** The name asked after the asking verb at `offset` ("Mayor Ann Cole" in "asked Mayor Ann Cole whether …"); none for a pronoun. */
function askedPerson(tokens: Token[], offset: number): string | undefined {
  const name = tokens.length ? askedNameAfter(tokens, tokenAt(tokens, offset, tokens.length - 1), tokens.length) : null;
  return name ? tokens.slice(name[0], name[1]).map((t) => t.text).join(' ') : undefined;
}

/**
 * Whether the answer's speaker is someone the narration puts in the exchange: the one asked, or one named
 * between the question and the answer ("her manager, Carl Bexley, stepped in"). Nothing to check when the
 * question names no one ("asked her whether").
 */
function answeredInExchange(q: ExtractedQuote, question: OutletQuestion, text: string): boolean {
  // (A pronoun, not yet resolved here, may well be the one asked.)
  const name = q.speaker ?? q.speaker_mention ?? '';
  if (!question.asked || q.speaker_kind !== 'person' || SUBJECT_PRONOUNS.test((q.speaker_mention ?? '').toLowerCase())) return true;
  const exchange = new Set(text.slice(question.end, q.start).split(/[^\p{L}'’-]+/u));
  return name.split(/\s+/).some((w) => exchange.has(w));
}

/** Whether a question word opens the clause's words after the asker within `reach` words: "whether", "on Tuesday about". */
function opensQuestion(words: string[], reach = 4): boolean {
  return words.slice(0, reach).some((w) => cueLexicon().questionOpeners.has(w.toLowerCase()));
}

/**
 * The answer to an outlet's question was given to that outlet: the quotes after the question in its
 * paragraph, by the first one to answer (and their continuations), or, when the question's paragraph
 * quotes no answer, those of the next paragraph when it opens with the answer ("When a Variety reporter
 * asked …, her publicist stepped in." / "“We're only talking about the film,” Dana said."). The question's
 * own words, quotes whose own sentence names an outlet, and answers given on an occasion of their own are
 * left alone.
 */
export function giveAnswersTheirOutlet(quotes: ExtractedQuote[], text: string, tokens: Token[], place: SentencePlace, hosts: Map<string, string>): void {
  // (The hosts are found once by the caller: the words told to them and the questions they put both need them.)
  const questions = outletQuestions(text, tokens, hosts);
  if (questions.length === 0) return;
  const paragraphOf = storyParagraphs(text);
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  for (const question of questions) {
    const paragraph = paragraphOf(question.start);
    const after = sorted.filter((q) => q.start >= question.end && !cueInsideQuestion(q, question));
    const here = after.filter((q) => paragraphOf(q.start) === paragraph);
    const next = after.filter((q) => paragraphOf(q.start) === paragraph + 1);
    const answers = here.length > 0 ? here : next.length > 0 && opensParagraph(text, next[0]!.start) ? next : [];
    // An answer the article places at an occasion of its own ("At a rally on Friday, she told the crowd: …")
    // was not given to the asker; nor were its continuations.
    // An outlet carried from an earlier interview gives way to the one that just asked; one the answer's
    // own sentence names is kept, with its continuations.
    let elsewhere = false;
    let ownOutlet = false;
    const run = firstSpeakersRun(answers);
    // "Asked by Politico whether …, she said … . ¶ “…,” she said.": the answer picked up by a pronoun opening the next paragraph goes on.
    if (here.length > 0 && run.length === here.length && endsParagraph(run[run.length - 1]!, text, place, paragraphOf)) {
      const goesOn = firstSpeakersRun(next);
      const opener = goesOn[0];
      const nextQuestion = questions.find((other) => other.start > question.start);
      if (opener?.speaker && opensParagraph(text, opener.start) && opener.speaker === run[0]!.speaker && SUBJECT_PRONOUNS.test((opener.speaker_mention ?? '').toLowerCase()) && (!nextQuestion || nextQuestion.start > opener.start)) run.push(...goesOn);
    }
    // Someone else speaking first did not answer: "When a Reuters reporter asked Cole …, she walked away. / “…,” Patel said."
    if (run[0] && !answeredInExchange(run[0], question, text)) continue;
    for (const q of run) {
      if (q.speaker_mention !== null || q.cue !== null) {
        elsewhere = givenElsewhere(q, text, place, question.end);
        ownOutlet = q.outlet !== null && cueSentenceNamesOutlet(q, q.outlet, text, place);
      }
      if (!elsewhere && !ownOutlet && q.speaker_kind !== 'outlet') q.outlet = question.outlet;
    }
  }
}

/** The question's own words: a reported question whose cue is the asking verb, or words quoted inside it. */
function cueInsideQuestion(q: ExtractedQuote, question: OutletQuestion): boolean {
  return q.cue_start !== null && q.cue_start >= question.start && q.cue_start < question.end;
}

/** The first quote's speaker's quotes up to another speaker's; a quote with no attribution of its own continues. */
function firstSpeakersRun(quotes: ExtractedQuote[]): ExtractedQuote[] {
  const first = quotes[0];
  if (!first) return [];
  const who = (q: ExtractedQuote) => q.speaker ?? q.speaker_mention;
  const run: ExtractedQuote[] = [];
  for (const q of quotes) {
    const continues = q.speaker_mention === null && q.cue === null;
    if (!continues && who(q) !== who(first)) break;
    run.push(q);
  }
  return run;
}

/** Whether only white space (or an opening mark) stands between the line's start and `at`. */
function opensParagraph(text: string, at: number): boolean {
  return /(?:^|\n)\s*["“‘«]?$/.test(text.slice(Math.max(0, at - 40), at));
}
