import type { AnalyzedArticle, Paragraph, Token } from '../types.js';
import { isOutletStaffJob } from '../lexicon/outlets.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { genderOfFirstName, type Person } from '../nlp/names.js';
import { cueAt, outletNear, sentenceSubject, type Frame, type TokenView } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import type { SpeakerPhrase } from './speaker.js';
import type { NameMention } from './antecedents.js';

/** A speaker's label at the start of a paragraph, "WALLACE:": where the label is and where its colon is. */
interface Label {
  start: number;
  end: number;
  text: string;
  colon: number;
}

/**
 * A paragraph's speaker label: "WALLACE: …", "MIKE PENCE: …", "Mike Pence: …", "Ana Seitz-Lowe: …",
 * "Okafor: …", maybe after an opening quotation mark. A label in capitals has up to three words, one in
 * title case up to three (a single one is a speaker only as the surname of someone the article names in
 * full, and only in a dialogue: see surnameLabels).
 */
function speakerLabelAt(text: string, p: Paragraph): Label | null {
  const line = text.slice(p.start, Math.min(p.end, p.start + 60));
  const m = /^(["“]?\s*)((?:\p{Lu}[\p{Lu}'’.-]+)(?: \p{Lu}[\p{Lu}'’.-]+){0,2}|(?:\p{Lu}\p{Ll}[\p{L}'’.-]*)(?: \p{Lu}\p{Ll}[\p{L}'’.-]*){0,2}):\s+\S/u.exec(line);
  if (!m || cueLexicon().transcriptNonSpeakers.has(m[2]!.toLowerCase())) return null;
  const start = p.start + m[1]!.length;
  const end = start + m[2]!.length;
  return { start, end, text: m[2]!, colon: end };
}

/** A label in capitals: "WALLACE", "MIKE PENCE", "WHY IT MATTERS". */
function inCapitals(label: Label): boolean {
  return label.text === label.text.toUpperCase();
}

/**
 * A label in capitals is a speaker's only when it reads as one: a person the article names ("WALLACE"
 * for Chris Wallace), a given name and a surname ("JANE MORROW"),
 * the surname of such a label ("MORROW"), or a transcript's role ("HOST"). Section heads ("WHY IT
 * MATTERS:", "THE BACKSTORY:") hold function words, datelines ("CAIRO:") name places; neither names anyone.
 */
function capitalsLabelNamesSomeone(label: Label, named: (name: string) => boolean): boolean {
  const lex = cueLexicon();
  const name = labelName(label.text);
  if (name.split(' ').some((w) => lex.labelFunctionWords.has(w.toLowerCase())) || lex.placeNames.has(name)) return false;
  return lex.transcriptRoles.has(name.toLowerCase()) || givenNameAndSurname(name) || named(name);
}

/** "Jane Morrow": two or three words, the first a known given name. */
function givenNameAndSurname(name: string): boolean {
  return name.includes(' ') && genderOfFirstName(name.split(' ')[0]!) !== 'unknown';
}

/**
 * Whether a name from a label is someone the article names: the surname of a person it names, the
 * surname of a given name and surname another label gives ("MORROW" after "JANE MORROW"), or a label
 * that takes turns with such a named speaker, as a host does whom the article never names ("WALLACE: …"
 * next to "PENCE: …" for Mike Pence): section heads and datelines take no turns with a person.
 */
function namedInArticle(labels: (Label | null)[], mentions: NameMention[]): (name: string) => boolean {
  const capitals = labels.flatMap((l) => (l && inCapitals(l) ? [labelName(l.text)] : []));
  const fullNames = capitals.filter(givenNameAndSurname);
  const surnames = new Set(mentions.map((m) => m.person.tokens[m.person.tokens.length - 1]));
  const named = (name: string) => givenNameAndSurname(name) || surnames.has(name.split(' ').pop()!) || fullNames.some((n) => n.endsWith(' ' + name));
  const nextToNamed = new Set(capitals.filter((n, k) => [capitals[k - 1], capitals[k + 1]].some((o) => o !== undefined && o !== n && named(o))));
  return (name) => named(name) || nextToNamed.has(name);
}

/** A label of one word in title case: "Okafor:" (not "OKAFOR:", a transcript's usual form). */
function oneTitleCaseWord(label: Label): boolean {
  return !label.text.includes(' ') && label.text !== label.text.toUpperCase();
}

/** The person named in full ("Dana Okafor") whose surname the one-word label is, or null. */
function surnameOf(label: Label, mentions: NameMention[]): Person | null {
  return mentions.find((m) => m.person.tokens.length > 1 && m.person.tokens[m.person.tokens.length - 1] === label.text)?.person ?? null;
}

/**
 * The paragraphs' speaker labels, keeping a one-word title-case label ("Okafor: …") only when it is the
 * surname of a person named in full and the labels make a dialogue: a speaker who speaks again after
 * someone else ("Okafor: … Vick: … Okafor: …"). Alone, such a label opens a list item as often ("Okafor:
 * wants a new ramp. Vick: wants lower fares.").
 */
function speakerLabels(text: string, paragraphs: Paragraph[], mentions: NameMention[]): (Label | null)[] {
  const found = paragraphs.map((p, k) => (k > 0 ? speakerLabelAt(text, p) : null));
  const named = namedInArticle(found, mentions);
  const labels = found.map((l) => (l && (!inCapitals(l) || capitalsLabelNamesSomeone(l, named)) ? l : null));
  const speakerOf = (l: Label) => (oneTitleCaseWord(l) ? surnameOf(l, mentions)?.name ?? null : personOf(l, mentions));
  const dialogue = isDialogue(labels.flatMap((l) => (l ? [speakerOf(l)] : [])));
  return labels.map((l) => (l && oneTitleCaseWord(l) && !(dialogue && speakerOf(l)) ? null : l));
}

/**
 * The words after a label open with a verb in its third-person form and no subject ("Okafor: Supports
 * a rise in fares."): a candidate guide's list item saying what someone does, not speech, which has a
 * subject of its own ("I support …", "We want …").
 */
function opensWithBareVerb(view: TokenView, label: Label): boolean {
  const first = view.tokens[view.tokenAtOrAfter(label.colon + 1)];
  return !!first && first.pos === 'VERB' && /s$/.test(first.normal) && first.lemma !== first.normal && /^\p{Lu}/u.test(first.text);
}

/** A label's speaker as the article names them: "PENCE" or "Mike Pence" → "Mike Pence" when named in full; else the label as a name. */
function personOf(label: Label, mentions: NameMention[]): string {
  const words = labelName(label.text).split(' ');
  const last = words[words.length - 1]!;
  return mentions.find((m) => m.person.tokens[m.person.tokens.length - 1] === last && m.person.tokens.length >= words.length)?.person.name ?? words.join(' ');
}

/** Some speaker speaks again after another one: "A, B, A". Unknown speakers (null) end nothing and count as no one. */
function isDialogue(speakers: (string | null)[]): boolean {
  const seen = new Set<string>();
  let last: string | null = null;
  for (const s of speakers) {
    if (s === null) continue;
    if (s !== last && seen.has(s)) return true;
    seen.add(s);
    last = s;
  }
  return false;
}

/**
 * Each label's name in its fullest form among the transcript's labels: "TAPPER" after "JAKE TAPPER" is
 * Jake Tapper. (The article's own mentions resolve it further when the speaker is resolved.) Worked out
 * once per distinct name, not per turn: a long transcript repeats a few labels thousands of times.
 */
function fullestLabelNames(labels: (Label | null)[]): (string | null)[] {
  const names = labels.map((l) => (l ? labelName(l.text) : null));
  const distinct = [...new Set(names.filter((n): n is string => n !== null))];
  const fullest = new Map(distinct.map((name) => [name, distinct.filter((n) => n.endsWith(' ' + name)).sort((a, b) => b.length - a.length)[0] ?? name]));
  return names.map((n) => (n === null ? null : fullest.get(n)!));
}

/** "WALLACE" → "Wallace", "MIKE PENCE" → "Mike Pence": a label in capitals as a name is written. */
function labelName(label: string): string {
  return label.split(' ').map((w) => (/^[\p{Lu}'’.-]+$/u.test(w) && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
}

/** The frame a label gives its turn: the label is the speaker's mention, its colon the cue. */
function labelFrame(view: TokenView, label: Label, speaker: SpeakerPhrase): Frame {
  return { cueStart: label.colon, cueEnd: label.colon + 1, cue: view.doc.article.text[label.colon]!, cueToken: view.tokenAtOrAfter(label.colon), speaker, outlet: null, according: false };
}

/** A turn of a transcript: its frame, and whether it is an interview's question (whose quotations are not the interviewer's words). */
export interface Turn {
  frame: Frame;
  question: boolean;
  /** The label is a transcript's: a name (not "Bottom Line:"), or an interview's "Q:"/"A:". */
  transcript: boolean;
}

/**
 * Transcript turns: a paragraph opening with "NAME:" ("WALLACE: …", "Mike Pence: …") is that speaker's,
 * and in an interview printed as questions and answers one opening with "Q:" or "A:" is the
 * interviewer's or the interviewee's. A following paragraph that opens with a quotation mark and no label
 * of its own continues the turn. Indexed by paragraph. (The first paragraph is the headline's: "Okafor:
 * Fares Must Rise".)
 */
export function transcriptTurns(view: TokenView, mentions: NameMention[]): (Turn | null)[] {
  const text = view.doc.article.text;
  const paragraphs = view.doc.paragraphs;
  const interview = interviewLabels(view, paragraphs, mentions);
  const firstLabel = interview.find((l) => l)?.start;
  const examination = firstLabel === undefined ? null : examinationOf(view, mentions, firstLabel);
  const speakers = firstLabel === undefined ? null : examination ? examinationSpeakers(view, examination) : interviewSpeakers(view, mentions, firstLabel);
  const labels = speakerLabels(text, paragraphs, mentions).map((l) => (l && opensWithBareVerb(view, l) ? null : l));
  const fullNames = fullestLabelNames(labels);
  const out: (Turn | null)[] = [];
  let current: Turn | null = null;
  paragraphs.forEach((p, k) => {
    const named = labels[k];
    const asked = interview[k];
    if (named) {
      const speaker: SpeakerPhrase = { start: named.start, end: named.end, text: named.text, kind: 'person', name: fullNames[k]!, role: null, title: null };
      // (A one-word label is kept by speakerLabels only as a surname.)
      current = { frame: labelFrame(view, named, speaker), question: false, transcript: oneTitleCaseWord(named) || namesSpeaker(named.text) };
    } else if (asked && speakers) {
      // (A lawyer's question is the lawyer's own words, unlike an interviewer's, which quote others.)
      current = { frame: speakers.frame(asked), question: asked.question && !examination, transcript: true };
    } else if (!(current && (/^["“]/.test(text.slice(p.start, p.end)) || (answerGoesOn(current, interview, k) && !inArticleVoice(view, p, current, mentions))))) {
      current = null;
    }
    out[k] = current;
  });
  return out;
}

/**
 * An interview's answer runs on over the paragraphs after it up to the next question or answer label: a
 * Q&A prints nothing else between its labels. (Not after the last label, where the article may go on with
 * its own text; nor in a speaker-label transcript, which a story's own paragraphs often interrupt.)
 */
function answerGoesOn(turn: Turn, interview: (InterviewLabel | null)[], k: number): boolean {
  const byInterviewLabel = interview.some((l) => l?.start === turn.frame.speaker.start);
  return byInterviewLabel && !turn.question && interview.some((l, j) => j > k && l);
}

/**
 * A paragraph in the article's own voice, where an answer running on stops: it names the interviewee in
 * the third person ("Lund has run the port since 2019."), or reports with a cue whose subject is no
 * first or second person ("The authority did not respond", "Records show …"): the interviewee speaks
 * as "I" and "we".
 */
function inArticleVoice(view: TokenView, p: Paragraph, turn: Turn, mentions: NameMention[]): boolean {
  if (mentions.some((m) => m.at >= p.start && m.at < p.end && m.person.name === turn.frame.speaker.name)) return true;
  const end = view.tokenAtOrAfter(p.end);
  for (let i = view.tokenAtOrAfter(p.start); i < end; i++) {
    if (!cueAt(view.tokens, i)) continue;
    const subject = sentenceSubject(view, i, () => true);
    if (subject && subject.end <= view.tokens[i]!.start && !/^(i|we|you)$/i.test(subject.text)) return true;
  }
  return false;
}

/** An interview's label: "Q:", "A.", "Question:", and whether it asks or answers. */
interface InterviewLabel extends Label {
  question: boolean;
}

/**
 * The "Q:"/"A:" labels of the paragraphs, by paragraph: only when a question is answered in the very next
 * paragraph, by the label that pairs with its own ("Q:" by "A:", "Question:" by "Answer:"), and the
 * introduction says an interview was given. A lone "A." or "Question:" opens a list item or a heading as
 * often ("A. Raise the fares. B. Close the ramp."); a quiz or an explainer asks and answers too, but
 * nobody was interviewed for it, and an "A." followed by "B." is a multiple choice's options.
 */
function interviewLabels(view: TokenView, paragraphs: Paragraph[], mentions: NameMention[]): (InterviewLabel | null)[] {
  const text = view.doc.article.text;
  const labels = paragraphs.map((p, k) => (k > 0 ? interviewLabelAt(text, p) : null));
  const answered = labels.findIndex((l, k) => l?.question && answers(l, labels[k + 1]));
  if (answered < 0 || hasLetteredOptions(text, paragraphs, labels)) return [];
  const firstLabel = labels.find((l) => l)!.start;
  return introSaysInterview(view, firstLabel) || examinationOf(view, mentions, firstLabel) ? labels : [];
}

/** Who questions whom in a witness's examination printed as questions and answers. */
interface Examination {
  questioner: Person;
  witness: Person;
}

/**
 * A witness's examination named in the paragraphs right before the first label (data/cues.json
 * examination_nouns, examination_verbs): "Under questioning from defence lawyer X, Y acknowledged …"
 * (X asks, Y answers), "X cross-examined Y". The last such sentence before the labels names them;
 * null when none names two people. Plain "questioned" and "examined" name one among words of a court
 * (examination_court_words), or with the one questioned named right after the verb ("Sergeant X questioned
 * Y …"; not "doctors examined her", "police questioned neighbours"). And an
 * interview the introduction tells of after it is what the labels print ("… later sat down with a
 * reporter"): the examination was earlier.
 */
function examinationOf(view: TokenView, mentions: NameMention[], firstLabel: number): Examination | null {
  const { tokens, doc } = view;
  const lex = cueLexicon();
  const paragraph = doc.paragraphs.findIndex((p) => p.start <= firstLabel && firstLabel < p.end);
  const from = view.tokenAtOrAfter(doc.paragraphs[Math.max(0, paragraph - 3)]!.start);
  const end = view.tokenAtOrAfter(firstLabel);
  const inCourt = tokens.slice(from, end).some((t) => lex.examinationCourtWords.has(t.normal));
  const before = (k: number) => mentions.filter((m) => m.at >= view.sentence(k).start && m.at < tokens[k]!.start);
  const after = (k: number) => mentions.filter((m) => m.at > tokens[k]!.start && m.at < view.sentence(k).end);
  let found: Examination | null = null;
  let foundAt = -1;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    // (Outside a court, a verb only with the one questioned named right after it: "Sergeant X questioned Y …".)
    const namedRightAfter = lex.examinationVerbs.has(t.normal) && after(k)[0]?.at === tokens[k + 1]?.start;
    if (!inCourt && !/^(cross|re)-/.test(t.normal) && !namedRightAfter) continue;
    let questioner: Person | undefined;
    let witness: Person | undefined;
    if (lex.examinationNouns.has(t.normal) && /^(from|by)$/.test(tokens[k + 1]?.normal ?? '')) {
      // "under questioning from X, Y said": X is named first after the noun, Y after X.
      const named = after(k);
      questioner = named[0]?.person;
      witness = named.find((m) => m.person !== questioner)?.person;
    } else if (lex.examinationVerbs.has(t.normal) && t.pos === 'VERB') {
      questioner = before(k).pop()?.person;
      witness = after(k).find((m) => m.person !== questioner)?.person;
    }
    if (questioner && witness) {
      found = { questioner, witness };
      foundAt = k;
    }
  }
  if (found && interviewWordBetween(view, view.sentence(foundAt).tokenEnd, end)) return null;
  return found;
}

/** An interview told of among tokens [from, to): "interviewed", "an interview", "sat down with", "spoke to". */
function interviewWordBetween(view: TokenView, from: number, to: number): boolean {
  const tokens = view.tokens;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!cueLexicon().interviewVerbs.has(t.normal)) continue;
    if (/^interview/.test(t.normal) || tokens.slice(k + 1, k + 3).some((w) => /^(with|to)$/.test(w.normal))) return true;
  }
  return false;
}

/** The speakers of an examination's turns: "Q:" the questioner's, "A:" the witness's, each label the mention. */
function examinationSpeakers(view: TokenView, examination: Examination): { frame: (label: InterviewLabel) => Frame } {
  return {
    frame: (label) => {
      const person = label.question ? examination.questioner : examination.witness;
      return labelFrame(view, label, { start: label.start, end: label.end, text: label.text, kind: 'person', name: person.name, role: null, title: null });
    },
  };
}

/** An answer "A." whose next paragraph opens "B." (or "B)"): the options of a multiple choice, not an interview's answer. */
function hasLetteredOptions(text: string, paragraphs: Paragraph[], labels: (InterviewLabel | null)[]): boolean {
  return labels.some((l, k) => l?.text === 'A' && k + 1 < paragraphs.length && /^["“]?\s*B[.):]\s+\S/u.test(text.slice(paragraphs[k + 1]!.start, paragraphs[k + 1]!.end)));
}

/**
 * The text before the first label says an interview was given: an interview word ("spoke with", "talked
 * to", "in an interview") or an editor's note on an interview ("condensed and edited").
 */
function introSaysInterview(view: TokenView, firstLabel: number): boolean {
  const end = view.tokenAtOrAfter(firstLabel);
  if (view.tokens.slice(0, end).some((t) => cueLexicon().interviewVerbs.has(t.normal))) return true;
  const intro = view.doc.article.text.slice(0, firstLabel).toLowerCase();
  return [...cueLexicon().interviewNotes].some((note) => intro.includes(note));
}

/** `next` answers `question` with the label of the same form: one letter for one letter, a word for a word. */
function answers(question: InterviewLabel, next: InterviewLabel | null | undefined): boolean {
  return !!next && !next.question && (next.text.length === 1) === (question.text.length === 1);
}

function interviewLabelAt(text: string, p: Paragraph): InterviewLabel | null {
  const m = /^(["“]?\s*)(\p{L}+)([:.])\s+\S/u.exec(text.slice(p.start, Math.min(p.end, p.start + 20)));
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  const lex = cueLexicon();
  // "Q" and "A" in capitals, the words capitalised: "a. the pier" is no label.
  if (!/^\p{Lu}/u.test(m[2]!) || !(lex.interviewQuestionLabels.has(word) || lex.interviewAnswerLabels.has(word))) return null;
  const start = p.start + m[1]!.length;
  const end = start + m[2]!.length;
  return { start, end, text: m[2]!, colon: end, question: lex.interviewQuestionLabels.has(word) };
}

/**
 * Who asks and who answers in an interview: the interviewee is the person the introduction's interview
 * word points to (see intervieweeOf); the interviewer is the medium the introduction says the interview
 * was given to ("spoke with the Harbour Gazette"). Either unknown is an unnamed speaker, its label the
 * mention.
 */
function interviewSpeakers(view: TokenView, mentions: NameMention[], firstLabel: number): { frame: (label: InterviewLabel) => Frame } {
  const interviewee = intervieweeOf(view, mentions, firstLabel);
  const outlet = interviewOutlet(view, firstLabel);
  return {
    frame: (label) => {
      const base = { start: label.start, end: label.end, text: label.text, role: null, title: null };
      if (label.question) {
        const speaker: SpeakerPhrase = outlet ? { ...base, kind: 'outlet', name: outlet } : { ...base, kind: 'anonymous', name: label.text };
        return labelFrame(view, label, speaker);
      }
      const speaker: SpeakerPhrase = interviewee ? { ...base, kind: 'person', name: interviewee.name } : { ...base, kind: 'anonymous', name: label.text };
      return { ...labelFrame(view, label, speaker), outlet };
    },
  };
}

/**
 * The person interviewed, by the first interview word of the introduction that points to one: the
 * person it is given with ("Vick spoke with Mayor Ana Ruiz", "sat down with Ruiz") or, when it is given
 * to a medium, the person doing it ("Pell talked to the Harbour Ledger"). Not whoever is named most:
 * that is as often the reporter or a biography's subject. Only when no interview word points to anyone
 * (the interview is marked by an editor's note alone) is it the person named most, a profile's subject.
 */
function intervieweeOf(view: TokenView, mentions: NameMention[], firstLabel: number): Person | null {
  const end = view.tokenAtOrAfter(firstLabel);
  for (let k = 0; k < end; k++) {
    if (!cueLexicon().interviewVerbs.has(view.tokens[k]!.normal)) continue;
    const person = personInterviewedAfter(view, mentions, k) ?? personBefore(view, mentions, k);
    if (person) return person;
  }
  return mostNamed(mentions.filter((m) => m.at < firstLabel));
}

/** The person named more often than any other among `mentions`; null on a tie or none. */
function mostNamed(mentions: NameMention[]): Person | null {
  const counts = new Map<Person, number>();
  for (const m of mentions) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

/** The person named within a few words after interview word k, before any medium: "spoke with Mayor Ana Ruiz". */
function personInterviewedAfter(view: TokenView, mentions: NameMention[], k: number): Person | null {
  const tokens = view.tokens;
  const hi = Math.min(view.sentence(k).tokenEnd, k + 6);
  const limit = tokens[hi]?.start ?? Infinity;
  const after = mentions.find((m) => m.at > tokens[k]!.start && m.at < limit);
  if (!after) return null;
  const named = view.tokenAtOrAfter(after.at);
  return outletNear(tokens, k + 1, named) || journalist(tokens, k + 1, named) ? null : after.person;
}

/**
 * The person named at tokens[named] is a journalist, by a staff job of a news outlet (outlets.json
 * staffWords) before the name ("sat down with reporter Ana Pell") or in an apposition after it ("with
 * Ana Pell, a reporter"): the one asking, not the one interviewed.
 */
function journalist(tokens: Token[], from: number, named: number): boolean {
  if (tokens.slice(from, named).some((t) => isOutletStaffJob(t.normal))) return true;
  let k = named;
  while (tokens[k + 1]?.pos === 'PROPN') k++;
  if (tokens[k + 1]?.text !== ',' || !/^(a|an|the)$/.test(tokens[k + 2]?.normal ?? '')) return false;
  return tokens.slice(k + 3, k + 6).some((t) => isOutletStaffJob(t.normal));
}

/**
 * The person doing interview word k: the person named last before it in its sentence ("Jo Pell talked
 * to …"), or, when its subject is a pronoun ("He later spoke with …"), the person named last before
 * the sentence.
 */
function personBefore(view: TokenView, mentions: NameMention[], k: number): Person | null {
  const sentenceStart = view.sentence(k).tokenStart;
  const from = view.tokens[sentenceStart]!.start;
  const before = mentions.filter((m) => m.at < view.tokens[k]!.start);
  const inSentence = before.filter((m) => m.at >= from);
  if (inSentence.length) return inSentence[inSentence.length - 1]!.person;
  const pronounSubject = view.tokens.slice(sentenceStart, k).some((t) => /^(he|she)$/.test(t.normal));
  return pronounSubject ? before[before.length - 1]?.person ?? null : null;
}

/** The outlet an interview's introduction names after an interview word ("spoke with the Harbour Gazette"), or null. */
function interviewOutlet(view: TokenView, firstLabel: number): string | null {
  const tokens = view.tokens;
  const end = view.tokenAtOrAfter(firstLabel);
  for (let k = 0; k < end; k++) {
    if (!cueLexicon().interviewVerbs.has(tokens[k]!.normal)) continue;
    const outlet = outletNear(tokens, k + 1, Math.min(end, k + 10));
    if (outlet) return outlet;
  }
  return null;
}

/** "WALLACE", "MIKE PENCE", "Mike Pence" — not "Bottom Line": a label in capitals, or one opening with a given name. */
function namesSpeaker(label: string): boolean {
  return label === label.toUpperCase() || genderOfFirstName(label.split(' ')[0]!) !== 'unknown';
}

/**
 * The turns of a transcript (two or more labelled paragraphs by two or more speakers, or an interview's
 * questions and answers) that hold no
 * quotation marks, as the span after the label and its colon.
 */
export function unmarkedTurns(doc: AnalyzedArticle, turns: (Turn | null)[], marked: MarkedSpan[]): { start: number; end: number; frame: Frame }[] {
  const text = doc.article.text;
  const labelled = doc.paragraphs.flatMap((p, k) => {
    const turn = turns[k];
    const frame = turn?.frame;
    return frame && frame.speaker.start >= p.start && frame.speaker.end <= p.end && turn.transcript ? [{ k, frame }] : [];
  });
  if (labelled.length < 2 || new Set(labelled.map((t) => t.frame.speaker.name.toLowerCase())).size < 2) return [];
  const out: { start: number; end: number; frame: Frame }[] = [];
  const unmarked = (k: number) => !marked.some((m) => m.paragraph === k);
  for (const { k, frame } of labelled) {
    // An interview's "Q:"/"A:" whose asker or answerer the introduction does not name reports no one's
    // words: a line that merely opens with "A:" is no quote without a speaker.
    if (!unmarked(k) || frame.speaker.kind === 'anonymous') continue;
    // An answer that runs on: one report over its paragraphs, up to one holding a quotation of its own.
    let last = k;
    while (turns[last + 1]?.frame === frame && unmarked(last + 1)) last++;
    let start = frame.cueEnd;
    while (start < doc.paragraphs[k]!.end && /\s/.test(text[start]!)) start++;
    let end = doc.paragraphs[last]!.end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (/\p{L}/u.test(text.slice(start, end))) out.push({ start, end, frame });
  }
  return out;
}

/** Where a turn's words start inside its quotation ("“WALLACE: Let's start …"): after the label and colon; null when the label is outside it. */
export function wordsAfterLabel(text: string, turn: Frame, span: MarkedSpan): number | null {
  if (turn.speaker.start < span.start || turn.speaker.end >= span.end) return null;
  let start = turn.cueEnd;
  while (start < span.end && /\s/.test(text[start]!)) start++;
  return start;
}

/** The person speaking a turn, when the label names one: not an interview's asker, nor an unnamed answerer. */
export function speakerOfTurn(turn: Turn | null | undefined): SpeakerPhrase | null {
  return turn && turn.transcript && !turn.question && turn.frame.speaker.kind === 'person' ? turn.frame.speaker : null;
}
