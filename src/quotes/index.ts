import type { AnalyzedArticle, ArticleEntities, ExtractedQuote, Paragraph, QuoteType, SpeakerKind, Token } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { ABBREVIATION_END, cueAt, cueLemma, dashFrame, frameForCue, hasVerb, namedElsewhere, outletNear, sentenceSubject, subjectFrame, TokenView, type Frame } from './frame.js';
import { lookupOutlet } from '../entities/outlets.js';
import { carryInterviewOutlets } from './interview-carry.js';
import { PersonRegistry, genderOfFirstName, isParticle, placeAfterName, type Person } from '../nlp/names.js';
import { PRONOUN_GENDER, ROLE_WORDS, SUBORDINATORS } from '../nlp/words.js';
import { askedQuestions, findIndirect } from './indirect.js';
import { headlineReports, withHeadlineReports } from './headline.js';
import { speakerOfTurn, transcriptTurns, unmarkedTurns, wordsAfterLabel } from './transcript.js';
import { lineBreakBetween } from '../text/boundaries.js';
import { cueLexicon } from './lexicon.js';
import { classify, descriptionHead, isQuoteMark, personLike, sourceText, tokenAt, wordBefore, type SpeakerPhrase } from './speaker.js';

/** A frame placed in the article, with the person it names once resolved. */
interface Attribution {
  frame: Frame;
  at: number;
  person: Person | null;
  pronoun: boolean;
  /** What a pronoun that names no person refers to ("it" for the council). */
  name?: string;
  kind?: SpeakerKind;
}

/**
 * The quote stage: every attributed quotation in an analysed article, direct, partial and indirect,
 * with its speaker (canonical name, mention, kind, role), cue and outlet.
 */
export function extractQuotes(doc: AnalyzedArticle, _entities?: ArticleEntities): ExtractedQuote[] {
  const text = doc.article.text;
  const view = new TokenView(doc);
  const tokens = view.tokens;
  // Once per paragraph: the test reads the whole paragraph, and it is asked for every quotation and sentence.
  const headlines: (boolean | undefined)[] = [];
  const headline = (p: number) => (headlines[p] ??= isHeadline(doc, p));
  const marked = doc.marked.filter((m) => !headline(m.paragraph) && !isHeadlineQuote(doc, m) && !isNickname(text, m));
  const inQuote = quoteMask(tokens, marked);
  const registry = new PersonRegistry();
  const history: Attribution[] = [];
  // The outlet of an interview a sentence places a person in ("X was asked about the tour in an
  // interview with the Observer", "she took questions in interviews, this time in Le Monde"): the
  // person's later quotes with no outlet of their own were given in that interview. A one-off "told
  // OUTLET" carries only along its own continuation and pronoun quotes (see resolve).
  const venueOf = new Map<Person, string>();
  const withOutlet = (a: Attribution | null): Attribution | null => {
    if (!a?.person || a.frame.outlet || a.frame.speaker.kind === 'outlet') return a;
    const outlet = venueOf.get(a.person);
    return outlet ? { ...a, frame: { ...a.frame, outlet } } : a;
  };

  const resolve = (frame: Frame, at: number): Attribution => {
    const sp = frame.speaker;
    let person: Person | null = null;
    if (sp.kind === 'person') {
      person = registry.add(sp.name, sp.title);
    } else if (sp.kind === 'pronoun') {
      // "A: I think the fares will rise": the "I" of a transcript's turn is the one speaking it.
      const turnSpeaker = sp.name === 'i' ? speakerOfTurn(turns[paragraphOf(doc, sp.start)]) : null;
      if (turnSpeaker) return { frame, at, person: registry.add(turnSpeaker.name, turnSpeaker.title), pronoun: true };
      const notSpeaking = addressee(frame) ?? spokenAbout(sp);
      const local = sentenceAntecedent(sp) ?? previousSubject(sp, notSpeaking) ?? previousGroup(sp, frame);
      if (local && !local.person) return { frame, at, person: null, pronoun: true, name: local.name, kind: local.kind };
      const antecedent = local ?? resolvePronoun(sp.name, at, history, mentions, notSpeaking);
      person = antecedent?.person ?? null;
      // "director Chad Stahleski said …" then "he explained": the role carries over with the person.
      const role = antecedent?.attribution?.frame.speaker.role;
      if (role && !sp.role) frame = { ...frame, speaker: { ...sp, role } };
      // "In an interview with IndieWire, X said …" then "“…,” he explained": the interview's outlet carries over.
      if (!frame.outlet && antecedent?.attribution && paragraphOf(doc, antecedent.attribution.at) >= paragraphOf(doc, at) - 2) {
        frame = { ...frame, outlet: antecedent.attribution.frame.outlet };
      }
    } else if (sp.kind === 'anonymous' && definiteRole(sp.name)) {
      // "The actress, who …, revealed" / "said the record-label founder": a definite description
      // of one person refers back like a pronoun.
      person = resolvePronoun(FEMALE_ROLE.test(sp.name) ? 'she' : MALE_ROLE.test(sp.name) ? 'he' : 'any', at, history, mentions)?.person ?? null;
    }
    return { frame, at, person, pronoun: sp.kind === 'pronoun' };
  };

  // "Okafor says she thanked … during what she calls “…”" / "The council fined …, which it called “…”": a
  // pronoun after its own sentence's subject refers to that subject before any earlier speaker.
  const sentenceAntecedent = (sp: SpeakerPhrase): { person: Person | null; attribution: null; name: string; kind: SpeakerKind } | null => {
    const at = view.tokenAtOrAfter(sp.start);
    if (at >= tokens.length) return null;
    const subject = sentenceSubject(view, at);
    if (!subject || subject.end > sp.start) return null;
    if (/^,\s*$/.test(text.slice(subject.end, sp.start))) return null; // "Mark Dunn, he said, was …" (spokenAbout)
    const want: string | null = PRONOUN_GENDER.get(sp.name) ?? (sp.name === 'it' ? 'neuter' : null);
    // "Ohio, she said, …": a place before the pronoun is what she spoke about.
    if (subject.kind === 'person' && (want === 'male' || want === 'female') && !cueLexicon().placeNames.has(subject.name)) {
      // A single word of unknown gender ("Acme, she said, …") is an antecedent only as a name: one already
      // known, or one that follows a given name somewhere in the article ("Zandra Okoye" … "Okoye").
      const person = subject.name.includes(' ') || subject.title || view.namesAfterNames().has(subject.name) ? registry.add(subject.name, subject.title) : registry.find([subject.name], true);
      if (!person) return null;
      return person.gender === want || person.gender === 'unknown' ? { person, attribution: null, name: person.name, kind: 'person' } : null;
    }
    if (want === 'neuter' && (subject.kind === 'organization' || subject.kind === 'outlet')) return { person: null, attribution: null, name: subject.name, kind: subject.kind };
    // "The two agencies declined to comment, saying they …": "they" after a plural subject is that group.
    if (sp.name === 'they' && subject.kind === 'anonymous' && pluralGroup(subject)) return { person: null, attribution: null, name: subject.name, kind: 'anonymous' };
    return null;
  };

  // "“…,” he told Okafor": the person the cue addresses is not the one speaking.
  const addressee = (frame: Frame): Person | undefined => {
    let k = frame.cueToken + 1;
    const first = k;
    while (k < tokens.length && k < first + 4 && tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
    return k > first ? registry.find(tokens.slice(first, k).map((t) => t.text), true) : undefined;
  };

  // "Mark Dunn, he said, was “…”": the subject before the speaker's aside is whom he spoke about.
  const spokenAbout = (sp: SpeakerPhrase): Person | undefined => {
    const at = view.tokenAtOrAfter(sp.start);
    const subject = at < tokens.length ? sentenceSubject(view, at) : null;
    if (subject?.kind !== 'person' || !/^,\s*$/.test(text.slice(subject.end, sp.start))) return undefined;
    return registry.find(subject.name.split(' '), true);
  };

  // The subject of the sentence before the one the pronoun opens, and whether a verb follows it there. A
  // sentence run across a paragraph break, or a line with no verb ("FULL TEXT."), has no subject to continue.
  const previousSentence = (sp: SpeakerPhrase): { subject: SpeakerPhrase | null; verbAfterSubject: boolean } | null => {
    const last = previousSentenceEnd(view.tokenAtOrAfter(sp.start));
    if (last < 0) return null;
    const before = view.sentence(last);
    if (text.slice(before.start, before.end).includes('\n')) return null;
    const subject = sentenceSubject(view, last);
    return { subject, verbAfterSubject: !!subject && hasVerb(tokens, view.tokenAtOrAfter(subject.end), before.tokenEnd - 1) };
  };

  // "Okafor, 47, runs the ferry office. He said …" / "… toured the pier. “…,” he said": a he/she that opens
  // its sentence, or follows only the quotation that opens it, continues the previous sentence's named
  // subject before any earlier speaker (not a place, not the one the cue addresses).
  const previousSubject = (sp: SpeakerPhrase, addressed: Person | undefined, depth = 0): { person: Person; attribution: null; name: string; kind: SpeakerKind } | null => {
    const want = PRONOUN_GENDER.get(sp.name);
    if (want !== 'male' && want !== 'female') return null;
    const previous = previousSentence(sp);
    if (!previous) return null;
    const { subject, verbAfterSubject } = previous;
    // "Okafor runs the ferry office. He moved here in 2009. “…,” he said": the same pronoun, sentence after sentence, leads back to the name.
    if (subject?.kind === 'pronoun' && subject.name === sp.name && depth < 3) return previousSubject(subject, addressed, depth + 1);
    if (subject?.kind !== 'person' || coordinated(tokens, view.tokenAtOrAfter(subject.start), view.tokenAtOrAfter(subject.end))) return null;
    if (!verbAfterSubject) return null;
    // Only a person already known: a new name here may be a place read as one ("Maricopa County Sheriff …").
    const person = registry.find(subject.name.split(' '), true);
    if (!person || person === addressed || cueLexicon().placeNames.has(person.name)) return null;
    return person.gender === want || person.gender === 'unknown' ? { person, attribution: null, name: person.name, kind: 'person' } : null;
  };

  // "The harbour trust met on Monday. It said …" / "The ferry unions met. They said …": "it" that opens its
  // sentence and speaks continues an organisation that was the previous sentence's subject, "they" a group
  // of people. ("It shows …" after "The paper published a video." is the video, no organisation.)
  const previousGroup = (sp: SpeakerPhrase, frame: Frame): { person: null; attribution: null; name: string; kind: SpeakerKind } | null => {
    if (sp.name !== 'it' && sp.name !== 'they') return null;
    if (sp.name === 'it' && !cueLexicon().speech.has(cueLemma(tokens[frame.cueToken]!))) return null;
    const previous = previousSentence(sp);
    const subject = previous?.subject;
    if (!subject || !previous.verbAfterSubject) return null;
    const fits = sp.name === 'it' ? subject.kind === 'organization' || subject.kind === 'outlet' : subject.kind === 'anonymous' && pluralGroup(subject);
    return fits ? { person: null, attribution: null, name: subject.name, kind: subject.kind as SpeakerKind } : null;
  };

  // The last token of the sentence before the one tokens[at] opens, or opens after a quotation that starts it
  // ("Reed toured the pier. “…,” he said"); -1 when tokens[at] opens no sentence.
  const previousSentenceEnd = (at: number): number => {
    const own = view.sentence(at);
    if (at > 0 && (own.tokenStart === at || subjectOfOwnSentence(at))) return own.tokenStart - 1;
    let k = at - 1;
    while (k >= 0 && k > at - 300 && (inQuote[k] || tokens[k]!.pos === 'PUNCT')) k--;
    // (A quotation longer than the reach has no sentence before it in view: its own words are no antecedent.)
    if (k < 0 || inQuote[k] || tokens[k]!.pos === 'PUNCT') return -1;
    let q = k + 1;
    while (q < at && !inQuote[q]) q++;
    if (q >= at) return -1;
    return /[.!?]\W*$|\n\s*$/u.test(text.slice(tokens[k]!.start, tokens[q]!.start)) ? k : -1;
  };

  // "But he said …", "In 2008, he complained …": the pronoun at tokens[at] is its sentence's subject after
  // a conjunction or an opening phrase.
  const subjectOfOwnSentence = (at: number): boolean => {
    const start = view.sentence(at).tokenStart;
    if (start === at - 1 && tokens[start]!.pos === 'CCONJ') return true;
    return at + 1 < tokens.length && sentenceSubject(view, at + 1)?.start === tokens[at]!.start;
  };

  // Register every capitalised name in order, so a later surname resolves to the full name.
  const mentions = registerNames(text, tokens, inQuote, registry);

  const quotes: ExtractedQuote[] = [];
  let previous = null as { quote: ExtractedQuote; attribution: Attribution | null; span: MarkedSpan } | null;
  const indirect = withHeadlineReports(findIndirect(view, marked, headline), headlineReports(view, headline));
  let nextIndirect = 0;
  const turns = transcriptTurns(view, mentions);
  const venues = findVenues(view, inQuote);
  let nextVenue = 0;
  const takeVenues = (before: number) => {
    while (nextVenue < venues.length && venues[nextVenue]!.at < before) {
      const v = venues[nextVenue++]!;
      const sp = v.speaker;
      const person = sp.kind === 'person' ? registry.add(sp.name, sp.title) : resolvePronoun(sp.name, v.at, history, mentions)?.person ?? null;
      if (person) venueOf.set(person, v.outlet);
    }
  };

  // The last attribution that may introduce a quote-only paragraph, and the outermost reported content so far.
  let introducer: Attribution | null = null;
  let outerReport = { start: 0, end: 0 };
  // "Lee said that for years critics had predicted …": a report whose cue sits inside an earlier report's
  // content is nested in it, unless its speaker opens that content ("In a video, Reed speculated that …"
  // is Reed's own report, the frame around it only its medium).
  const nestedReport = (ind: { frame: Frame }) => ind.frame.cueStart < outerReport.end && ind.frame.speaker.start > outerReport.start;
  for (const span of marked) {
    // Indirect quotes before this span join the history first (document order).
    while (nextIndirect < indirect.length && indirect[nextIndirect]!.start < span.start) {
      const ind = indirect[nextIndirect++]!;
      takeVenues(ind.frame.cueStart);
      const attribution = withOutlet(resolve(ind.frame, ind.frame.cueStart));
      history.push(attribution!);
      // A nested report introduces nothing: the next quote-only paragraph is still the outer speaker's.
      if (!nestedReport(ind)) introducer = attribution;
      if (ind.frame.cueStart >= outerReport.end) outerReport = { start: ind.start, end: ind.end };
      else outerReport = { ...outerReport, end: Math.max(outerReport.end, ind.end) };
      quotes.push(toQuote(text, ind.start, ind.end, 'indirect', attribution, 0.6));
    }
    takeVenues(span.start);
    const found = frameFor(view, span, marked, inQuote, !!previous?.attribution && previous.span.paragraph === span.paragraph);
    let attribution: Attribution | null = found ? resolve(found, found.cueStart) : null;
    let confidence = found ? 0.9 : 0;
    // A transcript: "MORAN: Let me be clear, …" names the speaker of everything quoted in its turn.
    // (An interview's question quotes others: its quotations are not the interviewer's words; and a
    // label that names no one, "Fun Fact: …", speaks nothing.)
    const paragraphTurn = turns[span.paragraph];
    const turn = paragraphTurn?.frame;
    if (!attribution && turn && !paragraphTurn.question && paragraphTurn.transcript) {
      attribution = resolve(turn, turn.cueStart);
      confidence = 0.8;
    }
    const type = quoteType(text, doc, span, tokens, view);
    // A partial quote with no cue takes the named or pronoun subject of its own sentence ("He rails
    // against its “great wall”") before any earlier speaker of the paragraph.
    const openTok = Math.max(0, view.tokenAtOrAfter(span.open) - 1);
    if (!attribution && type === 'partial' && !(previous && view.sentence(Math.max(0, view.tokenAtOrAfter(previous.span.open) - 1)) === view.sentence(openTok))) {
      const subject = subjectFrame(view, openTok);
      if (subject) {
        attribution = resolve(subject, subject.cueStart);
        confidence = 0.5;
      }
    }
    // A quote with no cue of its own continues the previous speaker: a split quote in the same
    // paragraph, or a quote-only paragraph right after a quoted or introduced speaker.
    if (!attribution && previous?.attribution && (previous.span.paragraph === span.paragraph || startsParagraph(doc, span) && previous.span.paragraph >= span.paragraph - 1)) {
      attribution = { ...previous.attribution, frame: { ...previous.attribution.frame } };
      confidence = 0.7;
    }
    if (!attribution && startsParagraph(doc, span)) {
      if (introducer && paragraphOf(doc, introducer.at) >= span.paragraph - 1) {
        attribution = introducer;
        confidence = 0.6;
      }
    }
    if (!attribution && type === 'partial') {
      const subject = subjectFrame(view, Math.max(0, view.tokenAtOrAfter(span.open) - 1));
      if (subject) {
        attribution = resolve(subject, subject.cueStart);
        confidence = 0.5;
      }
    }
    // A whole sentence quoted inside narration, with no cue: the person the neighbouring sentences
    // are about ("Will she run again? “Ask me in a year.”" / "“…” She shrugs.").
    if (!attribution && type === 'direct') {
      const near = neighbourSubject(view, span);
      if (near) {
        attribution = resolve(near, near.cueStart);
        confidence = 0.4;
      }
    }
    if (!keep(text, span, type, attribution, doc.paragraphs[span.paragraph]!, endsItsNounPhrase(view, span))) continue;
    if (attribution && attribution !== previous?.attribution && found) {
      history.push(attribution);
      introducer = attribution;
    }
    // A continued quote keeps the mention and cue when they sit in its own sentence ("“A,” he said,
    // “B.”"); in a later sentence or paragraph the quote has no attributing words of its own.
    const sameSentence = attribution !== null && view.sentence(view.tokenAtOrAfter(attribution.frame.cueStart)) === view.sentence(Math.max(0, view.tokenAtOrAfter(span.start)));
    // A transcript turn inside quotation marks ("“WALLACE: Let's start …"): the words start after the label.
    const start = (turn && wordsAfterLabel(text, turn, span)) ?? span.start;
    const quote = toQuote(text, start, span.end, type, withOutlet(attribution), confidence, !found && !sameSentence);
    quotes.push(quote);
    previous = { quote, attribution, span };
  }
  while (nextIndirect < indirect.length) {
    const ind = indirect[nextIndirect++]!;
    takeVenues(ind.frame.cueStart);
    const attribution = withOutlet(resolve(ind.frame, ind.frame.cueStart))!;
    history.push(attribution);
    quotes.push(toQuote(text, ind.start, ind.end, 'indirect', attribution, 0.6));
  }
  // A transcript's turns without quotation marks ("GARCIA: No, I will not run.") are the speaker's words,
  // unmarked: SPEC types speech without quotation marks as indirect.
  for (const turn of unmarkedTurns(doc, turns, marked)) {
    quotes.push(toQuote(text, turn.start, turn.end, 'indirect', resolve(turn.frame, turn.frame.cueStart), 0.7));
  }
  // A reported question is kept only with the one who asked it: an unnamed reporter's question is nobody's quote.
  quotes.push(...askedQuestions(view, marked, quotes, headline));
  carryInterviewOutlets(quotes, text, { sentenceAt: (offset) => sentenceSpan(view, offset) });
  return quotes;
}

/** "Lee and Park signed …", "actors Reed and Lee have …": a name joined to another is two people, no antecedent of "he". */
function coordinated(tokens: Token[], first: number, end: number): boolean {
  return /^(and|or)$/.test(tokens[first - 1]?.normal ?? '') || /^(and|or)$/.test(tokens[end]?.normal ?? '');
}

/** A description of several people: its head word is plural ("the two agencies", "ferry riders"), not "news" or "press". */
function pluralGroup(sp: SpeakerPhrase): boolean {
  if (!personLike(sp)) return false;
  const head = descriptionHead(sp);
  return (/s$/.test(head) && !/(?:ss|us|is|news)$/.test(head)) || /^(people|staff|police|public|crowd)$/.test(head);
}

/** A relative "who" standing for a description ("ferry riders who say …"): the description names the speaker. */
function standsFor(sp: SpeakerPhrase): boolean {
  return sp.kind === 'anonymous' && /^(who|whom)$/i.test(sp.text);
}

function toQuote(text: string, start: number, end: number, type: QuoteType, a: Attribution | null, confidence: number, inherited = false): ExtractedQuote {
  const sp = a?.frame.speaker ?? null;
  const canonical = a ? (a.person?.name ?? a.name ?? (sp && sp.kind !== 'pronoun' && (sp.kind !== 'anonymous' || standsFor(sp)) ? sp.name : null)) : null;
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
    speaker_kind: sp ? (sp.kind === 'pronoun' ? (a?.person ? 'person' : a?.kind ?? null) : sp.kind === 'anonymous' && a?.person ? 'person' : sp.kind) : null,
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

/**
 * The next quotation after `span` and the last one before it in its paragraph. `marked` is in text order:
 * a search from the span's place, not a scan of the article's quotations for each one.
 */
function neighbourMarks(marked: MarkedSpan[], span: MarkedSpan): { next: MarkedSpan | undefined; prev: MarkedSpan | undefined } {
  let a = 0;
  let b = marked.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (marked[mid]!.start < span.start) a = mid + 1;
    else b = mid;
  }
  let next: MarkedSpan | undefined;
  for (let k = a; k < marked.length && marked[k]!.paragraph <= span.paragraph; k++) {
    if (marked[k]!.paragraph === span.paragraph && marked[k]!.open > span.close) {
      next = marked[k];
      break;
    }
  }
  let prev: MarkedSpan | undefined;
  for (let k = Math.min(a, marked.length - 1); k >= 0 && marked[k]!.paragraph >= span.paragraph; k--) {
    if (marked[k]!.paragraph === span.paragraph && marked[k]!.close < span.open) {
      prev = marked[k];
      break;
    }
  }
  return { next, prev };
}

/**
 * The length of an apposition after a name right after a closing mark: "“…,” Peter Lund, a top outside
 * council adviser, said" puts the cue 10 tokens on. 0 when there is none.
 */
function appositionAfter(tokens: Token[], from: number, hi: number): number {
  let k = from;
  while (k < hi && k < from + 4 && tokens[k]!.pos === 'PROPN') k++;
  if (k === from || tokens[k]?.text !== ',') return 0;
  for (let e = k + 1; e < hi && e <= k + 16; e++) {
    const t = tokens[e]!;
    if (t.text === ',') return e - k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t) || /^[.;:!?]$/.test(t.text)) return 0;
  }
  return 0;
}

/** The frame ends in a colon right before the next quotation's opening mark: "Zahed said: “…”". */
function introducesNext(text: string, frame: Frame, nextMark: MarkedSpan | undefined): boolean {
  return !!nextMark && /^\s*:\s*$/.test(text.slice(Math.max(frame.cueEnd, frame.speaker.end), nextMark.open));
}

/** Whether a subordinate clause opens among tokens[from, to) and runs to its end ("…” when the lights went down, according to X" closes it). */
function opensClause(tokens: Token[], from: number, to: number): boolean {
  let open = false;
  for (let k = from; k < to; k++) {
    // … or a clause joined by "and"/"but" right after the quote: "Cruz accuses Lee of “…” and Moss says …".
    // ("as" opens none here: "“…,” as Lee put it" is the quote's own frame.)
    const w = tokens[k]!.normal;
    if ((SUBORDINATORS.has(w) && w !== 'as') || (k === from && (w === 'and' || w === 'but'))) open = true;
    else if (tokens[k]!.text === ',') open = false;
  }
  return open;
}

/**
 * "“A,” Lee told the Ledger, after Ruiz hinted at a new toll. “B.”": a cue in a clause that
 * opens after the previous quotation's own frame, in that quotation's sentence, reports that clause; the
 * next quotation continues Lee. (Not a cue in a sentence of its own: "“A,” Lee said. After the vote Ruiz
 * said she disagreed. “B.”" is Ruiz's.)
 */
function inClauseAfterQuotation(view: TokenView, prevMark: MarkedSpan, frame: Frame): boolean {
  const tokens = view.tokens;
  const from = view.tokenAtOrAfter(prevMark.close + 1);
  const speakerStart = tokenAt(tokens, frame.speaker.start, frame.cueToken);
  if (from >= speakerStart || view.sentence(from - 1) !== view.sentence(frame.cueToken)) return false;
  return opensClause(tokens, from, Math.min(speakerStart, frame.cueToken));
}

/** The frame attributing a quotation: a cue right after it, then one before it in its sentence, then later. */
function frameFor(view: TokenView, span: MarkedSpan, marked: MarkedSpan[], inQuote: Uint8Array, continuing = false): Frame | null {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  const para = view.doc.paragraphs[span.paragraph]!;
  const { next: nextMark, prev: prevMark } = neighbourMarks(marked, span);
  const afterFrom = view.tokenAtOrAfter(span.close + 1);
  const closeSentenceEnd = sentenceEndAfter(tokens, afterFrom, nextMark ? nextMark.open : para.end);
  // 0. "Parker told Elle: “… .”" — a quote that ends its own sentence after an introduction belongs
  // to the introduction, not to a cue in the next sentence.
  const endsSentence = /[.!?…]\s*$/.test(text.slice(span.start, span.end));
  const introduced = /[:,]\s*$/.test(text.slice(Math.max(para.start, span.open - 3), span.open));
  if (endsSentence && introduced) {
    const f = beforeFrame(view, span, prevMark, para.start, inQuote);
    if (f) return f;
  }
  // 1. After the closing mark: ”, he said. / ,” said Smith. / ” — Smith told X.
  const afterHi = Math.min(closeSentenceEnd, view.tokenAtOrAfter(nextMark ? nextMark.open : para.end));
  // A cue whose speaker is no person ("the posts said") yields to a person-like one in reach.
  let fallback: Frame | null = null;
  let subordinate: Frame | null = null;
  let introducing: Frame | null = null;
  // Right after a quote that breaks off (“…,” / “…?” / “…—”), a weak verb is a cue too: ,” she elaborated.
  const breaksOff = /[,?!—–-]\s*$/.test(text.slice(span.start, span.end));
  // “… back on the rolls.” He said that …: after a quote that ends its sentence, a pronoun and cue with a
  // clause of their own after them start a new report; only a bare "he said." belongs to the quote.
  const fullStop = /\.\s*$/.test(text.slice(span.start, span.end));
  // Words quoted at the end of a sentence that began before them ("… but said “the price worries us.”
  // Tom Hart said it would …") end that sentence: a cue with its own clause after them reports the
  // next one.
  const openedMidSentence = !introduced && view.sentence(view.tokenAtOrAfter(span.open)).start < span.open - 1;
  const bare = (f: Frame) => {
    let k = Math.max(f.cueToken, view.tokenAtOrAfter(f.speaker.end)) + 1;
    for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
      // "He said American voters “…”": a quotation of its own after the cue's object.
      if (isQuoteMark(tokens[k]!)) return n === 0;
      if (tokens[k]!.pos === 'PUNCT') return true;
      // "said it would be …" / "insisted that …": a clause of its own.
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'SCONJ' || tokens[k]!.normal === 'that') return false;
      if (/^(he|she|they|we|i|it)$/.test(tokens[k]!.normal)) return false; // "said Wednesday she …": the subject of a clause
    }
    return k >= tokens.length;
  };
  const reach = afterFrom + 9 + appositionAfter(tokens, afterFrom, afterHi);
  for (let i = afterFrom; i < afterHi && i < reach; i++) {
    if (inQuote[i]) break;
    // "“…!” a banner on the town website reads": the phrase may hold a preposition.
    const weak = breaksOff && i < afterFrom + 7 && tokens.slice(afterFrom, i).every((t) => /^(PROPN|PRON|NOUN|DET|ADJ|ADP)$/.test(t.pos) || t.text === ',') && tokens[afterFrom]!.pos !== 'ADP';
    const found = frameForCue(view, i, afterFrom, afterHi, weak ? 'clause' : 'speech');
    // (So does any cue when the quote continues a speaker already quoted in its paragraph: “A,” Cruz said. “B.” Kasich said he …)
    // “A.” Zahed said: “B.”: a cue whose colon opens the next quotation introduces that one, not this,
    // when this one continues a speaker quoted earlier in its paragraph or sits inside a sentence of its
    // own (unless nothing else attributes words quoted in the middle of its sentence, see below). A
    // quotation that opens its paragraph with no speaker before it is Zahed's too.
    if (found && (continuing || openedMidSentence) && introducesNext(text, found, nextMark)) {
      introducing ??= found;
      continue;
    }
    const f = found && fullStop && !bare(found) && (found.speaker.kind === 'pronoun' || openedMidSentence || continuing) ? null : found;
    // "Bell said he was “on the fence” until Ruiz said …": a cue in a clause that opens after the
    // quotation reports that clause; a cue before the quotation is its attribution.
    if (f && openedMidSentence && opensClause(tokens, afterFrom, Math.min(f.cueToken, view.tokenAtOrAfter(f.speaker.start)))) {
      subordinate ??= f;
      continue;
    }
    if (f && personLike(f.speaker)) return f;
    fallback ??= f;
  }
  const dashed = dashFrame(view, afterFrom, view.tokenAtOrAfter(nextMark ? nextMark.open : para.end));
  if (dashed) return dashed;
  // 2. Before the opening mark, in the same sentence: Smith said: “…” / Smith told X that “…”
  const found = beforeFrame(view, span, prevMark, para.start, inQuote);
  const opensSentence = /[.!?]\s*$/.test(text.slice(Math.max(para.start, span.open - 3), span.open));
  const before = continuing && opensSentence && found && prevMark && inClauseAfterQuotation(view, prevMark, found) ? null : found;
  if (before && personLike(before.speaker)) return before;
  if (subordinate) return subordinate;
  if (before && !fallback) return before;
  if (fallback) return fallback;
  // "Granting that a pier would come “in time” Ruiz warned: “…”": words quoted in the sentence the colon's frame
  // governs are that speaker's too, when no cue of their own is found.
  if (introducing && !endsSentence) return introducing;
  // 3. Later in the sentence after the quote: “…” — that was how Smith put it / , Smith said in a statement.
  for (let i = reach; i < afterHi; i++) {
    if (inQuote[i]) break;
    const f = frameForCue(view, i, afterFrom, afterHi);
    if (f) return f;
  }
  // 4. A colon introduction ending the previous sentence of the same paragraph or the paragraph before.
  if (startsParagraph(view.doc, span) && span.paragraph > 0) {
    const prev = view.doc.paragraphs[span.paragraph - 1]!;
    if (/:\s*$/.test(text.slice(prev.start, prev.end))) {
      const lo = view.sentence(view.tokenAtOrAfter(prev.end) - 1).tokenStart;
      const hi = view.tokenAtOrAfter(prev.end);
      for (let i = hi - 1; i >= lo; i--) {
        if (inQuote[i]) break;
        const f = frameForCue(view, i, lo, hi);
        if (f) return f;
      }
      const c = colonFrame(view, lo, hi - 1, inQuote);
      if (c) return c;
    }
  }
  // 5. A colon introduction with no cue: "He also leaned on his record: “…”" / "… surprised pollster
  // Dana Shaw: “…”" — the person the introduction is about.
  const colon = text.slice(Math.max(para.start, span.open - 3), span.open);
  const sentenceLike = text.slice(span.start, span.end).trim().split(/\s+/).length >= 4;
  if (/:\s*$/.test(colon) && sentenceLike) {
    const last = view.tokenAtOrAfter(span.open) - 1;
    if (last >= 0 && tokens[last]!.text === ':') {
      let lo = view.sentence(last).tokenStart;
      if (prevMark) lo = Math.max(lo, view.tokenAtOrAfter(prevMark.close + 1));
      const c = colonFrame(view, lo, last, inQuote);
      if (c) return c;
    }
  }
  return null;
}

/**
 * The speaker of a quotation a colon introduces with no cue: the clause's subject when it is a person
 * or he/she, else the last personal name in the clause. The frame has no cue of its own.
 */
function colonFrame(view: TokenView, lo: number, colon: number, inQuote: Uint8Array): Frame | null {
  const tokens = view.tokens;
  if (colon <= lo) return null;
  for (let i = lo; i < colon; i++) if (inQuote[i]) lo = i + 1;
  const subject = lo === view.sentence(colon).tokenStart ? sentenceSubject(view, colon) : null;
  let speaker: SpeakerPhrase | null = subject && (subject.kind === 'person' || (subject.kind === 'pronoun' && /^(he|she)$/.test(subject.name))) ? subject : null;
  for (let e = colon; !speaker && e > lo; e--) {
    if (tokens[e - 1]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[e - 1]!.text)) continue;
    let s = e - 1;
    while (s > lo && (tokens[s - 1]!.pos === 'PROPN' || isParticle(tokens[s - 1]!.text)) && /^\p{Lu}/u.test(tokens[s - 1]!.text)) s--;
    const p = classify(tokens, s, e);
    // A full name, or a surname the article has used after a given name ("More from Jones: “…”").
    if (p?.kind === 'person' && (p.name.includes(' ') || view.namesAfterNames().has(p.name))) speaker = p;
    e = s;
  }
  if (!speaker) return null;
  return { cueStart: speaker.start, cueEnd: speaker.start, cue: '', cueToken: colon, speaker, outlet: null, according: false };
}

/** A verb of finding or thinking, no speech verb, before "that": "found that", "believes that". */
function reportsOnlyWithThat(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.normal !== 'that') return false;
  const lex = cueLexicon();
  const lemma = cueLemma(tokens[i]!);
  return lex.report.has(lemma) && !lex.speech.has(lemma) && !lex.weak.has(lemma);
}

/** A cue before the opening mark, in the quote's sentence: Smith said: “…” / Smith told X that “…”. */
function beforeFrame(view: TokenView, span: MarkedSpan, prevMark: MarkedSpan | undefined, paraStart: number, inQuote: Uint8Array): Frame | null {
  const tokens = view.tokens;
  const openToken = view.tokenAtOrAfter(span.open);
  const sentence = openToken < tokens.length ? view.sentence(Math.max(0, openToken - 1)) : null;
  let lo = sentence ? sentence.tokenStart : view.tokenAtOrAfter(paraStart);
  if (prevMark) lo = Math.max(lo, view.tokenAtOrAfter(prevMark.close + 1));
  lo = Math.max(lo, view.tokenAtOrAfter(paraStart));
  let fallback: Frame | null = null;
  let distant: Frame | null = null;
  for (let i = openToken - 1; i >= lo; i--) {
    if (inQuote[i]) break;
    // "An audit found that the fund lost “the tolls and fees”": a report verb whose that-clause holds the
    // quotation attributes it, as a speech verb does.
    const f = frameForCue(view, i, lo, openToken, 'clause') ?? (reportsOnlyWithThat(tokens, i) ? frameForCue(view, i, lo, openToken, 'report') : null);
    if (!f) continue;
    if (ownRelativeClause(view, f)) return f;
    // "She says the mayor's posts accusing … are “…”": the nearest cue's subject is no person (or only
    // the sentence's subject, for a participle); a cue further left with its own speaker wins.
    if (personLike(f.speaker) && !f.distant) return outermost(view, f, i, lo, inQuote);
    if (personLike(f.speaker)) distant ??= f;
    else fallback ??= f;
  }
  return distant ?? fallback;
}

/**
 * "Reed criticized the deal, which an audit said was “careless”": a cue in a relative clause holding the
 * quotation has a subject of its own, the clause's speaker whether a person or not.
 */
function ownRelativeClause(view: TokenView, f: Frame): boolean {
  const s = view.tokenAtOrAfter(f.speaker.start);
  return s > 0 && s < f.cueToken && view.tokens[s - 1]!.normal === 'which';
}

/**
 * "She said she recalls being “confused”": when a cue further left in the sentence has the same speaker
 * (the same pronoun or name), the report is that outer one; its mention is the one to give.
 */
function outermost(view: TokenView, frame: Frame, cueIndex: number, lo: number, inQuote: Uint8Array): Frame {
  const same = (a: SpeakerPhrase, b: SpeakerPhrase) => a.kind === b.kind && a.name.toLowerCase() === b.name.toLowerCase();
  // "Lee said she expects that voters will say “no”": speech someone only predicts is the words of
  // the one predicting it.
  const tokens = view.tokens;
  const m = wordBefore(tokens, frame.cueToken - 1, lo);
  const hypothetical = m >= lo && /^(will|would|could|might|may|should|can|must)$/.test(tokens[m]!.normal);
  let best = frame;
  for (let i = Math.min(cueIndex, view.tokenAtOrAfter(frame.speaker.start)) - 1; i >= lo; i--) {
    if (inQuote[i]) break;
    const f = frameForCue(view, i, lo, cueIndex, 'speech');
    if (f && !f.distant && f.speaker.start < best.speaker.start && (same(f.speaker, best.speaker) || (hypothetical && best === frame && personLike(f.speaker) && f.speaker.kind !== 'anonymous'))) best = f;
  }
  return best;
}

function sentenceEndAfter(tokens: Token[], from: number, limitOffset: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < limitOffset) {
    // "(R-Ky.) said": a full stop before a closing parenthesis, a comma or a lowercase word ends no sentence.
    const next = tokens[i + 1];
    const abbreviation = tokens[i]!.text === '.' && !!next && (next.text === ')' || next.text === ',' || /^\p{Ll}/u.test(next.text) || (i > 0 && ABBREVIATION_END.test(tokens[i - 1]!.text + '.')));
    if (/^[.!?]$/.test(tokens[i]!.text) && !isQuoteMark(next ?? tokens[i]!) && !abbreviation) return i + 1;
    i++;
  }
  return i;
}

function quoteType(text: string, doc: AnalyzedArticle, span: MarkedSpan, tokens: Token[], view: TokenView): QuoteType {
  const para = doc.paragraphs[span.paragraph]!;
  let k = span.open - 1;
  while (k >= para.start && /\s/.test(text[k]!)) k--;
  if (k < para.start) return 'direct';
  // A quote opening a line of its own starts a sentence.
  if (text.slice(k, span.open).includes('\n')) return 'direct';
  const before = text[k]!;
  if (/[:,;.!?—–(\-]/.test(before)) {
    // "…, calling it “a disaster”" after a comma is still inside a clause when the quote starts lowercase.
    if (before === ',' && /^\p{Ll}/u.test(text[span.start]!)) {
      const comma = view.tokenAtOrAfter(k);
      if (comma > 0 && !cueAt(tokens, comma - 1)) return 'partial';
    }
    return 'direct';
  }
  // Right after a cue verb: said “We will …” is direct when it opens like a sentence.
  const next = view.tokenAtOrAfter(k);
  const last = next < tokens.length && tokens[next]!.start <= k ? next : next - 1;
  if (last >= 0 && cueAt(tokens, last) && /^[\p{Lu}]/u.test(text[span.start]!)) return 'direct';
  return 'partial';
}

/** A preposition that takes a name of a work or place right before a quotation mark: "a fan of “Tides”". */
const AFTER_PREPOSITION = /\b(?:of|on|in|from|at|for)\s+$/i;

/** Reject what is not speech: scare quotes, nicknames and titles (few words, no speaker). */
function keep(text: string, span: MarkedSpan, type: QuoteType, attribution: Attribution | null, paragraph: Paragraph, endsPhrase = false): boolean {
  const quoted = text.slice(span.start, span.end);
  const words = quoted.split(/\s+/).filter(Boolean);
  // A stage direction in a transcript: “(CROSSTALK.)”, “(Applause)”.
  if (/^\s*\([^()]{1,40}\)[.!]?\s*$/.test(quoted) && words.length <= 3) return false;
  if (span.single && words.length < 4 && !attribution) return false;
  if (!attribution && words.length <= 4) return false;
  if (type === 'partial' && words.length <= 2 && !attribution) return false;
  // Titles of works (TV shows, songs, films): short, every word capitalised. A title can sit in a
  // sentence with a cue ("she is a fan of “Keeping Up with the Kardashians”"), so the cue doesn't save it.
  const titleCase = words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|to|for|at|with|from|by)$/.test(w));
  // A title keeps the comma American style puts inside the marks (“Fox News Sunday,”).
  // A pronoun that resolves to nobody does not make a title speech ("She rose to fame on “American Idol.”").
  const unattributed = !attribution || (attribution.pronoun && attribution.person === null);
  // … but an answer broken off by its frame is speech: “No,” she said. / “Absolutely!” said Lee.
  const answer = !!attribution && type === 'direct' && words.length <= 3 && /[,!?]$/.test(quoted) && SPOKEN_RIGHT_AFTER.test(text.slice(span.close + 1, span.close + 40));
  if (titleCase && words.length <= 8 && !answer && (unattributed || (type === "partial" && words.length >= 2 && !/[.!?]$/.test(words[words.length - 1]!)))) return false;
  // One capitalised word after a preposition, with no cue of its own, names a work or a place, not words
  // spoken: "Drew Lanno, a fan of “Tides,” said …", "a job on “Today.”" (not "called the plan “Absurd,”").
  if (titleCase && type === 'partial' && words.length === 1 && attribution && !attribution.frame.cue && AFTER_PREPOSITION.test(text.slice(Math.max(0, span.open - 6), span.open))) return false;
  // A short title-case quotation standing as a paragraph of its own is a section heading, whoever spoke before it.
  if (titleCase && words.length <= 8 && isWholeParagraph(text, span, paragraph)) return false;
  // Named right after the kind of work it is: the documentary “13th,” / his memoir, “A Long Road,”.
  if (words.length <= 8 && /^[\p{Lu}\d]/u.test(words[0] ?? "") && WORK_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 14), span.open))) return false;
  // … or right before a role in it: “Broad City” star Ana Ruiz, her “mother!” co-star. (Not “We won,” host
  // Ana Ruiz said: a quotation ends in a comma or full stop there.)
  // Nor an exclamation a speech verb follows: “Welcome back!” host Ana Ruiz told the crowd, “Lock her up!” fans chanted.
  const after = text.slice(span.close + 1, span.close + 60);
  if (words.length <= 8 && (titleCase || words.length <= 4) && !/[,.;:]$/.test(quoted) && WORK_AFTER.test(after) && !(/[!?]$/.test(quoted) && SPEECH_AFTER_ROLE.test(after))) return false;
  // A programme someone spoke on or hosts, with the full stop American style puts inside the marks: said
  // on “Meet the Press.”, the host of “Late Night.” (Not a chant or slogan: "chants of “Bobby!”", "ran on “Jobs First.”")
  if (titleCase && words.length <= 6 && !/[!?]$/.test(quoted) && PROGRAMME_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 50), span.open))) return false;
  // A quoted term used as a modifier: the “mother!” star, ABC’s “Live”.
  // ("he’s “excited”" is a contraction of "is", not a possessive.)
  const before = text.slice(Math.max(0, span.open - 8), span.open);
  // (A name someone gives is speech: "what he called the “secret ledger”", "called it Reed’s “folly.”";
  // not the name a thing goes by: "a group called the “…”".)
  const named = !!attribution && (attribution.person !== null || attribution.pronoun) && NAMED_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 40), span.open));
  // (Words someone used that end their noun phrase are theirs: "the plan appeals to the “worst instincts” of
  // voters", "Lee’s “only experience”".)
  const attributed = !!attribution && !(attribution.pronoun && attribution.person === null);
  const ownWords = endsPhrase && attributed && !namesThing(text, span, paragraph);
  if (type === 'partial' && words.length <= 4 && !named && !ownWords && /(?:\bthe|’s|'s)\s*$/i.test(before) && !/\b(?:he|she|it|that|there|what|who|here|where|this)['’]s\s*$/i.test(before)) return false;
  return true;
}

/**
 * Lowercase quoted words that close their noun phrase ("the “worst instincts” of voters"), not a
 * modifier of a noun after them ("the “performance capture” technique") nor a name ("the “Fox Hour”").
 */
function endsItsNounPhrase(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  const quoted = text.slice(span.start, span.end);
  if (!/^\p{Ll}/u.test(quoted)) return false;
  // ("… the “party of reform.” Lee won": a full stop ends the phrase whatever follows; not "!", which
  // titles hold: the “wow!” star.)
  if (/\.$/.test(quoted.trimEnd())) return true;
  const next = view.tokens[view.tokenAtOrAfter(span.close + 1)];
  return !next || !/^(NOUN|PROPN)$/.test(next.pos);
}

/** A nickname inside a name: Maria “Mia” Lane. Not a quote, and no barrier between the name and its cue. */
function isNickname(text: string, span: MarkedSpan): boolean {
  const quoted = text.slice(span.start, span.end);
  return /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u.test(quoted)
    && /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, span.open - 30), span.open))
    && /^ \p{Lu}/u.test(text.slice(span.close + 1, span.close + 3));
}

/**
 * Quoted words that name a thing rather than quote anyone, whoever speaks nearby: the name it goes by
 * ("a group known as the “harbour friends”") or a place next to the way ("sail past the “old mill”").
 */
function namesThing(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.open - 40), span.open);
  return GOES_BY_BEFORE.test(before) || PLACE_BEFORE.test(before);
}

/** A preposition of place, then "the": "past the", "behind the". (Not "into" or "toward", often figures of speech: "into the “abyss”".) */
const PLACE_BEFORE = /\b(?:past|beside|opposite)\s+the\s*$/i;

/** The name a thing goes by, then "the" or a possessive: "known locally as the", "a group called the", "nicknamed Reed’s". */
const GOES_BY_BEFORE = /\b(?:known\s+(?:\p{L}+\s+)?as|called|dubbed|nicknamed|named|termed|labell?ed|branded)\s+(?:the|[\p{L}.-]+['’]s)\s*$/u;

/** A naming verb, maybe its object, then "the" or a possessive: "called the", "dubbed it the", "calls Reed’s". */
const NAMED_BEFORE = /\b(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|label|labels|labeled|labelled|brand|brands|branded)\s+(?:(?:it|them|him|her|this|that)\s+)?(?:the|[\p{L}.-]+['’]s)\s*$/u;

const PROGRAMME_BEFORE = /(?:\b(?:said|says|told|tells|telling|appeared|appears|appearing|speaking|spoke|interview|interviewed|remarks|comments|judge|judging|compete|competed|competing|performed|performing|guest)(?:\s+\S+)?\s+on(?:\s+[\p{Lu}][\p{L}.&-]*(?:['’]s)?){0,3}|\b(?:host|hosts|anchor|creator|star|cast|episode|tune|set) of)\s*$/u;
/** A role, maybe a name, then a speech verb: the quotation before it was spoken ("host Ana Ruiz told", "fans chanted"). */
const SPEECH_AFTER_ROLE = /^\s*\S+(?:\s+\p{Ll}+)?(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+(?:said|says|told|tells|asked|asks|shouted|shouts|chanted|chant|chants|yelled|cried|screamed|sang|added|replied|wrote)\b/u;
/** A speech frame right after a closing mark: ",” she said", ",” said Lee", ",” Bo Lee said", "!” he replied". */
const SPOKEN_RIGHT_AFTER = /^\s*(?:(?:he|she|they|i|we|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:said|says|asked|asks|replied|replies|answered|answers|added|adds|told|tells|shouted|yelled)\b|(?:said|says|asked|replied|answered|added|shouted)\s+\p{Lu})/u;
const WORK_AFTER = /^\s*(?:star|stars|actor|actress|creator|co-creator|showrunner|host|cast|alum|alumna|alumnus|co-star|episode|season|premiere|finale|sequel|reboot|franchise|fans?)\b/i;
const WORK_BEFORE = /\b(?:film|movie|documentary|show|series|sitcom|book|memoir|novel|song|album|single|musical|podcast|episode|programme|program)\s*,?\s*$/i;

function isWholeParagraph(text: string, span: MarkedSpan, paragraph: Paragraph): boolean {
  return text.slice(paragraph.start, span.open).trim() === '' && text.slice(span.close + 1, paragraph.end).trim() === '';
}

/** A headline: the first paragraph when it has no sentence-ending punctuation, or a short title line. */
function isHeadline(doc: AnalyzedArticle, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph]!;
  const line = doc.article.text.slice(p.start, p.end);
  if (paragraph === 0 && line.length < 200 && !/[.!?]["”’]?\s*$/.test(line)) return true;
  // A title-case first line is a headline even when it ends with a full stop.
  if (paragraph === 0 && line.length < 200) {
    const words = line.split(/\s+/).filter((w) => /^[\p{L}‘'“"]/u.test(w));
    const capitalised = words.filter((w) => /^[‘'“"]?\p{Lu}/u.test(w)).length;
    // (Not a line of speech with a named speaker: "“Fine,” said Bo Lee.")
    const spoken = /[,!?][”"]\s*/.exec(line);
    if (words.length >= 4 && capitalised / words.length >= 0.75 && !(spoken && SPOKEN_RIGHT_AFTER.test(line.slice(spoken.index + spoken[0].length)))) return true;
  }
  if (doc.article.title && line.trim() === doc.article.title.trim()) return true;
  return false;
}

/**
 * Headlines quote with single marks ("Mayor calls plan ‘a disaster’."), body text with double ones: a
 * single-quoted span in a short opening line is the headline's, even when the line reads like a sentence.
 */
function isHeadlineQuote(doc: AnalyzedArticle, span: MarkedSpan): boolean {
  if (span.paragraph !== 0 || !span.single || doc.paragraphs.length < 2) return false;
  const p = doc.paragraphs[0]!;
  return p.end - p.start < 150 && !/["“”]/.test(doc.article.text.slice(p.start, p.end));
}

function startsParagraph(doc: AnalyzedArticle, span: MarkedSpan): boolean {
  return span.open === doc.paragraphs[span.paragraph]!.start;
}

/** The character span of the sentence holding the token at or after offset. */
function sentenceSpan(view: TokenView, offset: number): { start: number; end: number } {
  const s = view.sentence(Math.min(view.tokenAtOrAfter(offset), view.tokens.length - 1));
  return { start: view.tokens[s.tokenStart]!.start, end: view.tokens[s.tokenEnd - 1]!.end };
}

function paragraphOf(doc: AnalyzedArticle, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function quoteMask(tokens: Token[], marked: MarkedSpan[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (m < marked.length && marked[m]!.close < t.start) m++;
    for (let k = m; k < marked.length && marked[k]!.open <= t.start; k++) {
      if (t.start >= marked[k]!.open && t.end <= marked[k]!.close + 1) mask[i] = 1;
    }
  }
  return mask;
}

/**
 * Every capitalised multi-word personal name outside quotations, in order (so surnames resolve later).
 * Returns every mention of a registered person (full name or surname), in document order.
 */
function registerNames(text: string, tokens: Token[], inQuote: Uint8Array, registry: PersonRegistry): { at: number; person: Person }[] {
  const runs: { at: number; name: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i] || tokens[i]!.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(tokens[i]!.text)) continue;
    let j = i;
    // A surname the tagger reads as a verb ("Dana Lynch") joins the run; a headline's verb after a full name ("Ann Lee Wins") does not.
    while (j + 1 < tokens.length && !inQuote[j + 1] && !lineBreakBetween(text, tokens[j]!, tokens[j + 1]!) && (((tokens[j + 1]!.pos === 'PROPN' || (tokens[j + 1]!.pos === 'VERB' && j === i)) && /^\p{Lu}/u.test(tokens[j + 1]!.text)) || (isParticle(tokens[j + 1]!.text) && /^\p{Lu}/u.test(tokens[j + 2]?.text ?? '')))) j++;
    // (A place needs a run of four words at least: "Ted Marsh of Dakota".)
    const place = j - i >= 3 ? placeAfterName(tokens.slice(i, j + 1).map((t) => t.text)) : -1;
    if (place > 0) j = i + place - 1;
    const phrase = classify(tokens, i, j + 1);
    // Only names that look personal: two to four words, a known given name first, not an organisation.
    if (phrase?.kind === 'person') {
      const words = phrase.name.split(' ');
      if (words.length >= 2 && words.length <= 4 && genderOfFirstName(words[0]!) !== 'unknown') registry.add(phrase.name, phrase.title);
      runs.push({ at: phrase.start, name: phrase.name });
    }
    i = j;
  }
  const mentions: { at: number; person: Person }[] = [];
  for (const r of runs) {
    const person = registry.find(r.name.split(/\s+/), true);
    if (person) mentions.push({ at: r.at, person });
  }
  return mentions;
}

/**
 * he/she/they → the most recent compatible speaker, else the most recent compatible named person; never
 * `excluded`, the person the pronoun's own cue addresses ("he told Dunn").
 */
function resolvePronoun(pronoun: string, at: number, history: Attribution[], mentions: { at: number; person: Person }[], excluded?: Person): { person: Person; attribution: Attribution | null } | null {
  if (pronoun === 'any') {
    // A description of unknown gender: the latest named speaker nearby, else the person named most in reach.
    const h = history.filter((x) => x.at <= at && x.at >= at - PRONOUN_REACH && x.person).pop();
    if (h) return { person: h.person!, attribution: h };
    return resolveByMentions(null, at, mentions);
  }
  const want = PRONOUN_GENDER.get(pronoun);
  if (!want || want === 'self' || want === 'plural') return null;
  // The most recent speaker of the pronoun's gender among the last few; one of unknown gender only
  // when no recent speaker has the right one.
  // "Norway will not tolerate it, she said": a place that spoke is a government, not the woman.
  const places = cueLexicon().placeNames;
  const candidate = (h: Attribution) => h.at <= at && !!h.person && h.person !== excluded && !places.has(h.person.name);
  const recent = history.filter(candidate).slice(-5).reverse();
  const exact = recent.find((h) => h.person!.gender === want || (h === recent[0] && h.person!.gender === 'unknown'));
  if (exact) return { person: exact.person!, attribution: exact };
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (!candidate(h)) continue;
    if (h.person!.gender === want || h.person!.gender === 'unknown') return { person: h.person!, attribution: h };
  }
  return resolveByMentions(want, at, mentions, excluded);
}

/**
 * A person of the wanted gender (any when null) named before `at`: among those named in the last
 * stretch of text, the one named most often so far (the article's subject over a passing name), then the latest.
 */
function resolveByMentions(want: string | null, at: number, mentions: { at: number; person: Person }[], excluded?: Person): { person: Person; attribution: Attribution | null } | null {
  const seen = new Map<Person, { count: number; last: number }>();
  for (const m of mentions) {
    if (m.at >= at || m.person === excluded || (want !== null && m.person.gender !== want)) continue;
    const s = seen.get(m.person) ?? { count: 0, last: 0 };
    seen.set(m.person, { count: s.count + 1, last: m.at });
  }
  let best: Person | null = null;
  let bestScore = { count: -1, last: -1 };
  for (const [person, s] of seen) {
    const near = s.last >= at - PRONOUN_REACH;
    const score = { count: near ? s.count : 0, last: s.last };
    if (score.count > bestScore.count || (score.count === bestScore.count && score.last > bestScore.last)) {
      best = person;
      bestScore = score;
    }
  }
  return best ? { person: best, attribution: null } : null;
}

const FEMALE_ROLE = /\b(actress|woman|mother|mom|mum|wife|daughter|sister|girl|queen|princess|lady|chairwoman|spokeswoman|congresswoman|grandmother|widow)\b/i;
const MALE_ROLE = /\b(actor|man|father|dad|husband|son|brother|boy|king|prince|lord|chairman|spokesman|congressman|grandfather|frontman)\b/i;

/** "the actress", "the 35-year-old singer", "the record-label founder": one person, by role. */
function definiteRole(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length > 6 || words.includes('of') || words.includes('and')) return false;
  const head = words[words.length - 1]!.replace(/[’']s$/, '');
  return (ROLE_WORDS.has(head) && !/[^su]s$/.test(head)) || /^\d+-year-old$/.test(head) || /-(?:topper|winner|nominee|maker|star)$/.test(head) || words.some((w) => /^\d+-year-old$/.test(w));
}

/** How far back (in characters) a pronoun looks for a named antecedent before taking the latest. */
const PRONOUN_REACH = 1500;

const INTERVIEW_WORDS = new Set(['interview', 'interviews', 'sit-down', 'appearance', 'appeared', 'appearing', 'profile', 'podcast', 'chat', 'chatted', 'chatting', 'spoke', 'speaking', 'talked', 'talking']);

/** "sit-down" → "sit"; without splitting (this runs on every token). */
function headWord(normal: string): string {
  const hyphen = normal.indexOf('-');
  return hyphen < 0 ? normal : normal.slice(0, hyphen);
}

/**
 * Sentences that place a person in an interview without quoting them: "Okafor was asked about the tour
 * in a 2019 interview with the Observer." / "She appeared on “Good Morning America” on Monday." The person's
 * later quotes were given to that outlet.
 */
function findVenues(view: TokenView, inQuote: Uint8Array): { at: number; outlet: string; speaker: SpeakerPhrase }[] {
  const tokens = view.tokens;
  const out: { at: number; outlet: string; speaker: SpeakerPhrase }[] = [];
  for (const s of view.sentences) {
    let cue = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (!inQuote[i] && INTERVIEW_WORDS.has(headWord(tokens[i]!.normal))) { cue = i; break; }
    if (cue < 0) continue;
    const outlet = outletNear(tokens, cue, s.tokenEnd) ?? outletNear(tokens, s.tokenStart, cue) ?? venueIn(tokens, cue, s.tokenEnd);
    if (!outlet) continue;
    // The person the sentence is about: the first pronoun or personal name that a verb follows.
    let speaker: SpeakerPhrase | null = null;
    const verbAfter = (k: number) => {
      while (k < s.tokenEnd && (tokens[k]!.pos === 'ADV' || /^['’]s$/.test(tokens[k]!.text))) k++;
      return k < s.tokenEnd && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX');
    };
    for (let i = s.tokenStart; i < s.tokenEnd && !speaker; i++) {
      if (inQuote[i]) continue;
      const t = tokens[i]!;
      if (t.pos === 'PRON') {
        const p = classify(tokens, i, i + 1);
        if (p?.kind === 'pronoun' && /^(he|she)$/.test(p.name) && verbAfter(i + 1)) speaker = p;
      } else if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) {
        let j = i;
        while (j + 1 < s.tokenEnd && tokens[j + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j + 1]!.text)) j++;
        const p = classify(tokens, i, j + 1);
        if (p?.kind === 'person' && verbAfter(j + 1)) speaker = p;
        i = j;
      }
    }
    if (speaker) out.push({ at: tokens[cue]!.start, outlet, speaker });
    // "While talking with Mara Stone, Ben Ito told the audience of “The Tonight Show” …": the person
    // talked with is in the same interview.
    if (tokens[cue + 1]?.normal === 'with') {
      let e = cue + 2;
      while (e < s.tokenEnd && tokens[e]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[e]!.text)) e++;
      const partner = e > cue + 2 ? classify(tokens, cue + 2, e) : null;
      if (partner?.kind === 'person') out.push({ at: tokens[cue]!.start, outlet, speaker: partner });
    }
  }
  return out;
}

/** "… in interviews, this time in the Observer": an outlet after "in" near an interview word. */
function venueIn(tokens: Token[], lo: number, hi: number): string | null {
  for (let i = lo; i < hi && i < lo + 8; i++) {
    if (tokens[i]!.normal !== 'in') continue;
    let s = i + 1;
    if (tokens[s]?.text === 'the') s++;
    let e = s;
    while (e < hi && e < s + 6 && /^[\p{Lu}\d&]/u.test(tokens[e]!.text)) e++;
    for (let k = e; k > s; k--) {
      const outlet = lookupOutlet(sourceText(tokens, s, k));
      if (outlet) return outlet;
    }
  }
  return null;
}

/**
 * The he/she or named subject of the sentence right before a quotation, else right after it, in the
 * same paragraph, for a quoted sentence with no cue. The frame has no cue of its own.
 */
function neighbourSubject(view: TokenView, span: MarkedSpan): Frame | null {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  if (text.slice(span.start, span.end).trim().split(/\s+/).length < 4) return null;
  const para = view.doc.paragraphs[span.paragraph]!;
  const open = view.tokenAtOrAfter(span.open);
  const close = view.tokenAtOrAfter(span.close + 1);
  const candidates: number[] = [];
  if (open > 0 && tokens[open - 1]!.start >= para.start) candidates.push(open - 1);
  if (close < tokens.length && tokens[close]!.start < para.end) candidates.push(close);
  // A paragraph that is only this quotation: the named subject of the last sentence of the paragraph
  // before ("Reed is upbeat about the count. ¶ “We will win this.”"), at low confidence.
  const previousPara = view.doc.paragraphs[span.paragraph - 1];
  if (!candidates.length && previousPara && isWholeParagraph(text, span, para) && open > 0 && tokens[open - 1]!.start >= previousPara.start) candidates.push(open - 1);
  const pronounAt = (k: number): SpeakerPhrase | null => {
    const p = tokens[k] && tokens[k]!.pos === 'PRON' ? classify(tokens, k, k + 1) : null;
    return p?.kind === 'pronoun' && /^(he|she)$/.test(p.name) ? p : null;
  };
  const frameOf = (speaker: SpeakerPhrase, k: number): Frame => ({ cueStart: speaker.start, cueEnd: speaker.start, cue: '', cueToken: k, speaker, outlet: null, according: false });
  for (const k of candidates) {
    const s = view.sentence(k);
    if (s.tokenStart === view.sentence(open).tokenStart) {
      // The quote's own sentence runs on after it: "“…” He trails off."
      if (k >= close && pronounAt(k) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return frameOf(pronounAt(k)!, k);
      continue;
    }
    // "Will she run again?": a question's subject after its auxiliary.
    if (tokens[s.tokenStart]!.pos === 'AUX' && pronounAt(s.tokenStart + 1)) return frameOf(pronounAt(s.tokenStart + 1)!, s.tokenStart + 1);
    const first = tokens[s.tokenStart]!;
    const home = first.start >= para.start ? para : previousPara!;
    if (first.start < home.start || first.start >= home.end || isQuoteMark(first)) continue;
    const subject = sentenceSubject(view, s.tokenEnd - 1);
    if (subject && ((subject.kind === 'person' && namedElsewhere(view, subject)) || (subject.kind === 'pronoun' && /^(he|she)$/.test(subject.name)))) return frameOf(subject, s.tokenStart);
  }
  return null;
}
