import type { Token } from '../types.js';
import { isShortCallSign } from '../lexicon/short-call-signs.js';
import { acronymBeforeNoun, isCallSign, isChannelNumberAt, isMediumWord, isProgrammeTitleWord, lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { ownerPartWords } from '../lexicon/owner-part-words.js';
import { genderOfFirstName } from '../nlp/names.js';
import { hyphenInWord } from '../nlp/name-shapes.js';
import { isTitleCase, OWNER_POSSESSIVES } from '../nlp/words.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isQuoteMark, sourceText } from './speaker.js';
import { isDayWord, isMonth, WEEKDAYS } from '../nlp/time-words.js';

/** Kinds of programme a speaker may have of their own ("her podcast", "his show") and that "on the …" refers back to. */
export const PROGRAMME_KINDS: ReadonlySet<string> = new Set(['podcast', 'show', 'programme', 'program']);

/**
 * "on her podcast, “Villa Talk,” she said", "his radio show “Night Desk”": a programme of the speaker's own,
 * its kind after a possessive (tokens[k]) and maybe one small-letter modifier, its title in quotation marks
 * and title case right after (a comma between them or not). The title and the token after its closing
 * mark; or null.
 */
export function ownProgrammeTitle(tokens: Token[], k: number, kinds: ReadonlySet<string>): { title: string; end: number } | null {
  if (!OWNER_POSSESSIVES.has(tokens[k]?.normal ?? '')) return null;
  const named = describedProgrammeAt(tokens, k + 1, 1, kinds);
  return named && isTitleCase(named.title.split(/\s+/)) ? { title: named.title, end: named.end } : null;
}

/**
 * "on the company's flagship interview show, “The Long Table”", "on a new podcast, “Side B”": after "on" (tokens[k]
 * the word after it) an article, maybe an owner's possessive ("the company's", "Meridian's"), up to three
 * small-letter modifiers and a programme's kind, its title in quotation marks and title case right after, a comma
 * between them or not: the programme the words were spoken on. The title, or null.
 */
export function describedProgrammeTitle(tokens: Token[], k: number): string | null {
  if (!/^(?:the|a|an)$/.test(tokens[k]?.normal ?? '')) return null;
  let kind = k + 1;
  // (The owner: one word and its possessive, not the programme's own ("on the show's second series").)
  if (/^['’]s$/.test(tokens[kind + 1]?.text ?? '') && !PROGRAMME_KINDS.has(tokens[kind]!.normal)) kind += 2;
  const named = describedProgrammeAt(tokens, kind, 3);
  return named && isTitleCase(named.title.split(/\s+/)) ? named.title : null;
}

/**
 * "flagship interview show, “The Long Table”", "podcast “Side B”" from tokens[first]: up to `most` small-letter
 * modifiers (with `hyphens`, hyphens joining their words: "call-in"), a programme's kind (`kinds`) in small
 * letters and its title in quotation marks right after, a comma between them or not. The one reader of the
 * described programme after a lead-in: an own programme ("on her …"), one described after an article ("on the
 * company's …"), the one a sentence places its person on (venues.ts). The title as read, or null.
 */
export function describedProgrammeAt(tokens: Token[], first: number, most: number, kinds: ReadonlySet<string> = PROGRAMME_KINDS, hyphens = false): ProgrammeTitle | null {
  let kind = first;
  while (kind < first + most && !kinds.has(tokens[kind]?.normal ?? '') && (/^\p{Ll}/u.test(tokens[kind]?.text ?? '') || (hyphens && hyphenInWord(tokens, kind)))) kind++;
  if (!kinds.has(tokens[kind]?.normal ?? '') || !/^\p{Ll}/u.test(tokens[kind]!.text)) return null;
  const named = programmeTitleAfter(tokens, kind);
  return named?.quoted ? named : null;
}

/** A programme's title as read after its kind word. */
export interface ProgrammeTitle {
  title: string;
  /** Written in quotation marks. */
  quoted: boolean;
  /** The token after the title (after its closing mark). */
  end: number;
}

/**
 * The title a programme's kind word at tokens[kind] gives right after it: in quotation marks, maybe after a
 * comma ("her podcast, “Late Pass,”", "the podcast “Side B”"), up to its closing mark within ten tokens and
 * opening with a capital or digit; or up to six capitalised words ("the show Night Desk") that do not open a
 * date ("on the show Monday", "the show Last night"). Without the comma or full stop American style keeps
 * inside the marks; null when no title follows. The one reader of programme titles: an own programme, the
 * one programme of a kind an article names, the programme a host fronts.
 */
export function programmeTitleAfter(tokens: Token[], kind: number): ProgrammeTitle | null {
  let open = kind + 1;
  if (tokens[open]?.text === ',' && tokens[open + 1] && isQuoteMark(tokens[open + 1]!)) open++;
  if (tokens[open] && isQuoteMark(tokens[open]!)) {
    let close = open + 1;
    while (close < tokens.length && close < open + 10 && (!isQuoteMark(tokens[close]!) || pluralApostropheInTitle(tokens, close))) close++;
    if (close >= tokens.length || !isQuoteMark(tokens[close]!) || close === open + 1) return null;
    if (!pairedMarks(tokens, open, close)) return null;
    const title = sourceText(tokens, open + 1, close).replace(/[,.]$/, '');
    return /^[\p{Lu}\d]/u.test(title) ? { title, quoted: true, end: close + 1 } : null;
  }
  let end = kind + 1;
  while (end < tokens.length && end < kind + 7 && /^[\p{Lu}\d]/u.test(tokens[end]!.text)) end++;
  if (end === kind + 1 || opensDate(tokens[kind + 1]!)) return null;
  return { title: sourceText(tokens, kind + 1, end).replace(/[,.]$/, ''), quoted: false, end };
}

/** tokens[at] is a plural's apostrophe ("Writers'") joined to the word before it and followed by a capitalised word of the title. */
export function pluralApostropheInTitle(tokens: Token[], at: number): boolean {
  const mark = tokens[at]!, before = tokens[at - 1]!, next = tokens[at + 1];
  return /^['’]$/.test(mark.text) && mark.start === before.end && /s$/.test(before.text) && !!next && next.start > mark.end && /^\p{Lu}/u.test(next.text);
}

/**
 * Whether the marks at tokens[open] and tokens[close] open and close ONE quotation: a title lies inside a pair
 * of marks, never in the text between one quotation's closing mark and the next one's opening mark ("“… this
 * show,” Hartley said. The Telegraph called the episode “…”"). Curly marks say which way they face; a straight
 * one opens when it hugs the word after it and closes when it hugs the word before.
 */
function pairedMarks(tokens: Token[], open: number, close: number): boolean {
  const o = tokens[open]!;
  const c = tokens[close]!;
  if (/^[”’]$/.test(o.text) || /^[“‘]$/.test(c.text)) return false;
  if (o.text === '"' && tokens[open + 1] && tokens[open + 1]!.start !== o.end && tokens[open - 1]?.end === o.start) return false;
  if (c.text === '"' && tokens[close + 1]?.start === c.end && tokens[close - 1]!.end !== c.start) return false;
  return true;
}

/** "Monday", "March", "Last" (night), "On" (Tuesday): a capitalised word after a programme's kind that opens a date, no title. */
function opensDate(token: Token): boolean {
  return (WEEKDAYS as readonly string[]).includes(token.normal) || isMonth(token.normal) || DATE_OPENERS.has(token.text);
}

/** Small words inside a broadcaster's programme title after its possessive ("CNN's State of the Union"). */
const PROGRAMME_TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'the', '&']);

/** Capitalised words that open a date after "the show" ("the show Last night"), not a title. (Not "Night" or "Today", which open titles.) */
const DATE_OPENERS = new Set(['Last', 'This', 'Next', 'Earlier', 'Later', 'On', 'In']);

/** A programme an article names after its kind word, lower case ("podcast"), and whether a possessive owns it ("her podcast"). */
export interface NamedProgramme {
  title: string;
  kind: string;
  own: boolean;
  /** Where the article first names it here (its kind word or its title's opening mark). */
  at: number;
}

/** Every programme an article names after its kind ("the music podcast “Side B”", "the show Night Desk"), in text order. */
export function programmesNamed(tokens: Token[]): NamedProgramme[] {
  // Once per article: an interview that says "on the show" forty times must not rescan the article each time.
  let named = namedByArticle.get(tokens);
  if (named) return named;
  named = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const titled = kindEndingQuotedTitle(tokens, k) ?? kindInAppositionAfter(tokens, k) ?? kindAfterQuotedTitle(tokens, k);
    if (titled) named.push(titled);
    if (!PROGRAMME_KINDS.has(tokens[k]!.normal) || !/^\p{Ll}/u.test(tokens[k]!.text)) continue;
    const title = programmeTitleAfter(tokens, k);
    if (title) named.push({ title: title.title, kind: tokens[k]!.normal, own: OWNER_POSSESSIVES.has(tokens[k - 1]?.normal ?? ''), at: tokens[k]!.start });
  }
  namedByArticle.set(tokens, named);
  return named;
}

/**
 * A title in quotation marks opening at tokens[open] whose last word is its kind, capitalised: “The Back Porch
 * Podcast”, “Late Night Show”: that programme, as if named after its kind word. Title case throughout; null otherwise.
 */
function kindEndingQuotedTitle(tokens: Token[], open: number): NamedProgramme | null {
  if (!isQuoteMark(tokens[open]!) || !/^[\p{Lu}\d]/u.test(tokens[open + 1]?.text ?? '')) return null;
  let close = open + 1;
  while (close < tokens.length && close < open + 10 && !isQuoteMark(tokens[close]!)) close++;
  if (close >= tokens.length || !isQuoteMark(tokens[close]!) || !pairedMarks(tokens, open, close)) return null;
  const last = /^[,.]$/.test(tokens[close - 1]!.text) ? close - 1 : close;
  const kind = tokens[last - 1]!;
  if (last - 1 <= open + 1 || !PROGRAMME_KINDS.has(kind.normal) || !/^\p{Lu}/u.test(kind.text)) return null;
  const words = tokens.slice(open + 1, last).map((t) => t.text);
  return isTitleCase(words) ? { title: sourceText(tokens, open + 1, last), kind: kind.normal, own: false, at: tokens[open]!.start } : null;
}

/**
 * "on the “Script Notes” podcast": a title in quotation marks opening at tokens[open] after "the", its kind in
 * small letters right after the closing mark, is that programme, so that "she said on the podcast" later finds it.
 * Title case; null otherwise.
 */
function kindAfterQuotedTitle(tokens: Token[], open: number): NamedProgramme | null {
  if (tokens[open - 1]?.normal !== 'the' || !isQuoteMark(tokens[open]!) || !/^[\p{Lu}\d]/u.test(tokens[open + 1]?.text ?? '')) return null;
  let close = open + 1;
  while (close < tokens.length && close < open + 10 && !isQuoteMark(tokens[close]!)) close++;
  if (close >= tokens.length || !pairedMarks(tokens, open, close)) return null;
  const kind = tokens[close + 1];
  if (!kind || !PROGRAMME_KINDS.has(kind.normal) || !/^\p{Ll}/u.test(kind.text)) return null;
  const last = /^[,.]$/.test(tokens[close - 1]!.text) ? close - 1 : close;
  const words = tokens.slice(open + 1, last).map((t) => t.text);
  return last > open + 1 && isTitleCase(words) ? { title: sourceText(tokens, open + 1, last), kind: kind.normal, own: false, at: tokens[open]!.start } : null;
}

/**
 * A title in quotation marks opening at tokens[open] with its kind and host in an apposition right after it:
 * “Long Table,” the weekly show hosted by …; “Side B,” a music podcast presented by …. Title case; up to three
 * small-letter words between the article and the kind. Null otherwise.
 */
function kindInAppositionAfter(tokens: Token[], open: number): NamedProgramme | null {
  if (!isQuoteMark(tokens[open]!) || !/^[\p{Lu}\d]/u.test(tokens[open + 1]?.text ?? '')) return null;
  let close = open + 1;
  while (close < tokens.length && close < open + 10 && !isQuoteMark(tokens[close]!)) close++;
  if (close >= tokens.length || !isQuoteMark(tokens[close]!) || !pairedMarks(tokens, open, close)) return null;
  const last = tokens[close - 1]!.text === ',' ? close - 1 : close;
  // (The comma inside the marks, American style, or after them.)
  const commaOutside = last === close && tokens[close + 1]?.text === ',';
  if (last === close && !commaOutside) return null;
  const k = commaOutside ? close + 2 : close + 1;
  if (!/^(?:the|a|an)$/.test(tokens[k]?.normal ?? '')) return null;
  let kind = k + 1;
  while (kind < k + 4 && /^\p{Ll}/u.test(tokens[kind]?.text ?? '') && !PROGRAMME_KINDS.has(tokens[kind]!.normal)) kind++;
  if (!PROGRAMME_KINDS.has(tokens[kind]?.normal ?? '') || !/^\p{Ll}/u.test(tokens[kind]!.text)) return null;
  // (Only with its host: "“Live,” a syndicated show featuring …" beside the article's own show leaves "the show" unclear.)
  if (!HOSTED_BY.has(tokens[kind + 1]?.normal ?? '') || tokens[kind + 2]?.normal !== 'by') return null;
  const words = tokens.slice(open + 1, last).map((t) => t.text);
  return words.length > 0 && isTitleCase(words) ? { title: sourceText(tokens, open + 1, last), kind: tokens[kind]!.normal, own: false, at: tokens[open]!.start } : null;
}

/** Participles that name a programme's host after its kind: "the weekly show hosted by …". */
const HOSTED_BY: ReadonlySet<string> = new Set(['hosted', 'co-hosted', 'presented', 'fronted', 'anchored']);

/** Results of programmesNamed by the article's token list (gone with the article). */
const namedByArticle = new WeakMap<Token[], NamedProgramme[]>();

/**
 * The titles an article names after this kind of programme. A host's own podcast is her show too ("her
 * podcast, “Late Pass,”" … "she said on the show"); a podcast someone guests on is not.
 */
export function programmeTitlesOfKind(tokens: Token[], kind: string): Set<string> {
  return new Set(programmesNamed(tokens).filter((p) => p.kind === kind || (kind !== 'podcast' && p.kind === 'podcast' && p.own)).map((p) => p.title));
}

/**
 * Whether the "on" at tokens[on] places the people before it in a programme rather than naming the medium
 * of words: "a contestant on the dating show “…”", "anyone on the show" (cues.json programme_people_words).
 */
export function placesPeopleOnProgramme(tokens: Token[], on: number): boolean {
  const words = cueLexicon().programmePeopleWords;
  const before = tokens[on - 1]?.normal ?? '';
  return words.has(before) || words.has(`${tokens[on - 2]?.normal ?? ''} ${before}`);
}

/**
 * A broadcaster's call sign opening at tokens[s] ("KTLA", "WSMV-TV", the tagger splitting the hyphen off):
 * the name as written and the token after it; or null. Four capitals alone are often another acronym, so a
 * sign without its band must not modify a noun after it.
 */
export function callSignAt(tokens: Token[], s: number, givenWords = false): { name: string; end: number } | null {
  const first = tokens[s];
  if (!first || !/^[KW][A-Z]{2,3}$/.test(first.text)) return null;
  // "told WGN", "in an interview with KEX": a three-letter sign, where words are given to it (see short-call-signs.ts).
  if (givenWords && isShortCallSign(first.text) && !acronymBeforeNoun(tokens, s) && !(tokens[s + 1]?.text === '-' && tokens[s + 1]!.start === first.end)) return withMediumWord(tokens, { name: first.text, end: s + 1 });
  const hyphen = tokens[s + 1];
  const band = tokens[s + 2];
  const suffixed = hyphen?.text === '-' && hyphen.start === first.end && band?.start === hyphen.end;
  const name = suffixed ? first.text + '-' + band!.text : first.text;
  if (suffixed && isCallSign(name)) return withMediumWord(tokens, { name, end: s + 3 });
  if (!isCallSign(first.text)) return null;
  // "told KIRO 7 that …": the channel number is part of the station's name.
  if (isChannelNumberAt(tokens, s + 1)) return withMediumWord(tokens, { name: `${first.text} ${tokens[s + 1]!.text}`, end: s + 2 });
  if (acronymBeforeNoun(tokens, s)) return null;
  return withMediumWord(tokens, { name: first.text, end: s + 1 });
}

/**
 * A medium word right after a call sign is part of the station's name, as the outlet entity has it: "told KIRO
 * 7 News", "WSMV-TV News" (as "ABC News" is whole).
 */
function withMediumWord(tokens: Token[], sign: { name: string; end: number }): { name: string; end: number } {
  const next = tokens[sign.end];
  const prev = tokens[sign.end - 1]!;
  if (!next || next.start !== prev.end + 1 || !isMediumWord(next.text)) return sign;
  return { name: `${sign.name} ${next.text}`, end: sign.end + 1 };
}

/**
 * "on BBC Radio 1's Night Owls on Tuesday", "on NPR's Morning Desk, she said": up to four capitalised words right
 * after a known broadcaster's possessive (tokens[after] the first word), unquoted and with no kind word, are its
 * programme when a date ("on Tuesday", "this week", "last night") or the clause's end (a comma, a full stop,
 * "that") closes them. Not a person the broadcaster employs ("NPR's Ann Lee on Monday"): no given name opens
 * it. The title, or null.
 */
export function broadcasterProgrammeAfter(tokens: Token[], after: number, told = false): string | null {
  const possessive = tokens[after - 1];
  if (!possessive || !/^['’]s$/.test(possessive.text)) return null;
  let s = after - 1;
  while (s > 0 && s > after - 5 && /^[\p{Lu}\d&]/u.test(tokens[s - 1]!.text)) s--;
  const known = s < after - 1 ? lookupOutlet(sourceText(tokens, s, after - 1)) : null;
  if (!known || outletKind(known) !== 'broadcaster') return null;
  let e = after;
  const capital = (k: number): boolean => k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text) && !isQuoteMark(tokens[k]!);
  // ("State of the Union": "of", "the" or "&" inside, when a capitalised word follows them.)
  while (e < after + 6 && (capital(e) || (e > after && PROGRAMME_TITLE_LINKS.has(tokens[e]!.text) && (capital(e + 1) || (PROGRAMME_TITLE_LINKS.has(tokens[e + 1]?.text ?? '') && capital(e + 2)))))) e++;
  while (e > after && !capital(e - 1)) e--;
  // A date word opens a title when capitalised words that are no date follow it ("This Week", "Sunday Briefing").
  const dated = opensDate(tokens[after]!) && !(e > after + 1 && !opensDate(tokens[after + 1]!) && !/^\d/.test(tokens[after + 1]!.text));
  if (e === after || genderOfFirstName(tokens[after]!.text) !== 'unknown' || dated) return null;
  // (After "told", a person of the broadcaster is met more often than on air: no staff title ("told Sky's Political
  // Editor"), no surname of someone the article names in full ("told CNN's Tapper").)
  if (told && (tokens.slice(after, e).some((t) => isOwnerPartWord(t.normal)) || namedAsSurname(tokens, tokens[e - 1]!.text))) return null;
  // (… and two title-case words read as a host's name unless the last is a programme's word: "told MSNBC's Tamron
  // Hall" is a person, "told CTV's Power Play" a programme.)
  if (told && e === after + 2 && tokens.slice(after, e).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) && !lookupOutlet(sourceText(tokens, after, e)) && !isProgrammeTitleWord(tokens[e - 1]!.normal)) return null;
  return closesProgrammeTitle(tokens, e) ? sourceText(tokens, after, e) : null;
}

/** A staff job or a part of a broadcaster ("correspondent", "host", "newsroom"; data/outlets.json staffWords, staffTitleJobs, ownerPartWords). */
function isOwnerPartWord(word: string): boolean {
  return ownerPartWords().has(word);
}

/** Whether `word` follows a given name somewhere in the text ("Jake Tapper"): a person's surname. */
function namedAsSurname(tokens: Token[], word: string): boolean {
  return tokens.some((t, k) => t.text === word && k > 0 && genderOfFirstName(tokens[k - 1]!.text) !== 'unknown');
}

/** A date or the clause's end at tokens[k], after an unquoted programme title: "on Tuesday", "this week", ",", ".", "that". */
export function closesProgrammeTitle(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (/^[,.;]$/.test(t.text) || t.normal === 'that') return true;
  const next = tokens[k + 1]?.normal ?? '';
  if (t.normal === 'on') return isDayWord(next) || isMonth(next);
  return /^(this|last|earlier)$/.test(t.normal) && /^(week|month|year|night|morning|evening|weekend)$/.test(next);
}

/**
 * Hosts named with the programme they spoke to someone on: "Speaking to Ann Lee on BBC Radio 1's Night Owls on
 * Tuesday", "told Ann Lee on NPR's Morning Desk": the host's surname and the programme (see
 * broadcasterProgrammeAfter), in text order.
 */
export function hostsOnBroadcasterProgrammes(tokens: Token[]): { surname: string; programme: string }[] {
  const out: { surname: string; programme: string }[] = [];
  for (let on = 2; on < tokens.length - 2; on++) {
    if (tokens[on]!.normal !== 'on') continue;
    let s = on;
    while (s > on - 3 && /^\p{Lu}\p{Ll}/u.test(tokens[s - 1]?.text ?? '')) s--;
    if (s === on || !/^(to|told|with)$/.test(tokens[s - 1]?.normal ?? '') || lookupOutlet(tokens[s]!.text)) continue;
    let after = on + 1;
    while (after < on + 6 && after < tokens.length && !/^['’]s$/.test(tokens[after]!.text)) after++;
    const programme = broadcasterProgrammeAfter(tokens, after + 1);
    if (programme) out.push({ surname: tokens[on - 1]!.text, programme });
  }
  return out;
}
