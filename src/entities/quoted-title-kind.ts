// Whether capitalised words in quotation marks name a film or show ("work") or a programme someone spoke on, from the words around them.
import { kindOfOutletWord, lookupOutlet } from '../lexicon/outlets.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { cueLexicon } from '../lexicon/cues.js';
import { workWords } from '../lexicon/work-words.js';
import { contextWords } from '../lexicon/context-words.js';
import { yearInParentheses } from './title-cues.js';
import { NOT_A_GENRE, OTHER_WORKS } from './other-works.js';
import { CUE_WORDS, KINDS_AFTER_GENRE, SCREEN_WORDS, STRONG_VERB_CUES, wordsAfterTitle } from './film-cue-words.js';
import { APPOSITION_OPENING } from './title-apposition.js';
import { networkSpecialAround } from './television-kind.js';
import { boxOfficeAfterTitle } from './box-office-titles.js';
import { sentenceBreakBefore, sentenceStopFrom } from '../text/sentence-bounds.js';
import { describedPartInBefore } from './described-part-in.js';
import { figurativeRoleInBefore } from './figurative-role.js';

/**
 * The apposition's first five words, an owner's possessive or a year among them: "“Saltmarsh,” the company's
 * costliest series", "“Low Water,” the 2019 film".
 */
const KIND_APPOSITION = new RegExp(String.raw`${APPOSITION_OPENING}((?:(?:[\p{L}-]+(?:['’]s)?|\d{4})\s+){0,4}[\p{L}-]+)`, 'u');

// "the film version of “…”", "a screen adaptation of “…”": the screen's work bears the title (a play or book may too).
const SCREEN_VERSION_OF_BEFORE = /\b(?:film|movie|screen|television|TV)\s+(?:version|adaptation)s?\s+of\s*[“"‘']?$/iu;

// A screen work's word, "from" or "by" (maybe after its making's participle), its maker's name (a description in small
// letters maybe before it) and a comma: "feature film from comedian Dana Whitlock, “…”", "the new series by Ana Ruiz,
// “…”", "the first film directed by Ana Ruiz, “…”".
const WORK_BY_MAKER_BEFORE = /\b(?:film|movie|feature|documentary|series|sitcom|miniseries)\s+(?:from|(?:(?:directed|written|produced|created|made|co-directed|co-written)\s+)?by)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*,\s*$/u;
// "plays Lydia Moss in “…”": the work a part is played in bears the title.
// (The part's name may follow a description of it, and a turn or role may give it: "her turn as the matriarch Ada Voss in “…”".)
const PLAYS_PART_IN_BEFORE = /\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|voicing|(?:role|turn|part|performance)\s+as)\s+(?:(?:the|an?)\s+(?:[\p{Ll}-]+\s+){1,3})?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+in\s*$/u;
// A release verb right after a title, then cinemas: "returns to cinemas", "opens in theaters on Friday", "is released in cinemas".
const RELEASE_VERBS = ['returns?', 'opens?', 'arrives?', 'comes?', 'hits?', 'lands?', 'debuts?', 'heads?', 'is\\s+back', 'is\\s+released', 'was\\s+released', 'is\\s+due', 'goes'];
const RELEASED_TO_CINEMAS = new RegExp(String.raw`^[”"’'\s,]*(?:will\s+)?(?:${RELEASE_VERBS.join('|')})\s+(?:[\p{Ll}-]+\s+)?(?:to|in|into)\s+(?:cinemas|theaters|theatres|movie\s+theaters|picture\s+houses)\b`, 'iu');

/** What makes capitalised words in quotation marks a title: */
export type TitleEvidence =
  | 'known' // the gazetteer has it
  | 'work' // film words around it: "the film “Night Ferry”", "starred in “…”", "“…” star Ana Ruiz", "“…” (2019)"
  | 'programme' // a broadcast around it: "said on “Late Hour”", "MSNBC’s “…”", "On “Late Hour,” …"
  | 'emphasis'; // the page set it in italics

/** The word before an adverb and the last word: "series" of "the series, provisionally titled ". */
const ADVERB_BEFORE_LAST = /([\p{L}-]+)[\s,]+\p{Ll}+ly[\s,]+[\p{L}-]+[\s,]*$/u;

/**
 * The words around a title in quotation marks that make it a work or a programme, if any. `open` is
 * the opening mark, `after` the first character after the closing one.
 */
export function workAround(text: string, open: number, after: number): 'work' | 'programme' | null {
  const preceding = text.slice(Math.max(0, open - 60), open);
  // (A comma may stand between: "her new series, “Late Hour,” returns …".)
  const before = /(?:([\p{L}-]+)[\s,]+)?([\p{L}-]+)[\s,]*$/u.exec(preceding);
  const w1 = before?.[2]?.toLowerCase();
  const w2 = before?.[1]?.toLowerCase();
  if (w1 && (CUE_WORDS.has(w1) || STRONG_VERB_CUES.has(w1) || MAKING_A_WORK.has(w1))) return 'work';
  if (w1 && WATCHING.has(w1) && !PLURAL_NOUN_AFTER.test(text.slice(after - 1, after + 30))) return 'work';
  // "the ABC special “…”", "NBC’s “…” special": a network's one-off broadcast.
  if (networkSpecialAround(text, open, after)) return 'work';
  // "The film, titled “Come Home,” opens Friday": a naming word after a film or show word ("the series called “…”").
  // (A bare "show" or "series" only with a screen word in its sentence: "The trade show, titled “…”", "The lecture
  // series, called “…”" name no screen work.)
  // (An adverb may stand before the naming word: "the series, provisionally titled “…”".)
  const kind = w2 && w1 && cueLexicon().titleNamingWords.has(w1) && /\p{Ll}ly$/u.test(w2) ? ADVERB_BEFORE_LAST.exec(preceding)?.[1]?.toLowerCase() : w2;
  if (w1 && kind && cueLexicon().titleNamingWords.has(w1) && SCREEN_KINDS_BEFORE_TITLE().has(kind) && (!BARE_SHOW_WORDS.has(kind) || screenWordInSentence(text, open, after))) return 'work';
  // "the film musical “Harbor Lights”": a musical made for the screen (a musical alone is a stage work, no film).
  if (w1 === 'musical' && w2 && SCREEN_WORDS.has(w2)) return 'work';
  // "the soap opera “Harbour Lane”": a soap opera is a television serial (an opera alone is a stage work, no film).
  if (w1 === 'opera' && w2 === 'soap') return 'work';
  if (SCREEN_VERSION_OF_BEFORE.test(preceding)) return 'work';
  // "the first feature film from comedian Dana Whitlock, “…”": a film word and its maker, the title set off after them.
  if (WORK_BY_MAKER_BEFORE.test(preceding)) return 'work';
  // "who plays Nora Pell in “Coastline”": the work a named part is played in (a staged one is read as a play before).
  if (PLAYS_PART_IN_BEFORE.test(preceding)) return 'work';
  // "voiced the fox in “…”", "plays a nurse in “…”": a part named by its noun alone.
  if (describedPartInBefore(preceding)) return 'work';
  if (w1 && w2 && /^(in|on|of)$/.test(w1)) {
    // ("played a key role in “…”" is the idiom for taking part: its "role" says nothing of a work.)
    if (STRONG_VERB_CUES.has(w2) || (IN_A_WORK.has(w2) && !figurativeRoleInBefore(preceding)) || CUE_WORDS.has(w2)) return 'work';
    if (ON_A_PROGRAMME.has(w2)) return 'programme';
    // "the director of “The Paper Orchard”": a maker of a work; not of a name opened like an operation's or a
    // project's ("the director of “Operation Clean Sweep”").
    if (w1 === 'of' && MAKERS_OF_WORKS().has(w2) && !cueLexicon().thingNameOpeners.has(/^[“"‘']?([\p{L}-]+)/u.exec(text.slice(open, after))?.[1] ?? '')) return 'work';
  }
  // An event or a piece of the work before it: "the March launch of “…”", "a still from “…”" (data/cues.json).
  if (w1 && w2 && /^(of|from|for)$/.test(w1) && cueLexicon().workEventNouns.has(w2)) return 'work';
  // "challenge the record set by “…”", "the sequel to “…”": a film's feat or successor, in a sentence about films.
  if (followsFilmFeat(text, open, after)) return 'work';
  // "an Emmy for “Late Hour”".
  if (w1 === 'for' && w2 && AWARDS.has(w2)) return 'work';
  if (yearInParentheses(text, after)) return 'work';
  const following = text.slice(after, after + 60);
  const next = /^[\s,]*([\p{L}-]+)/u.exec(following)?.[1]?.toLowerCase();
  // ("its “Harbor Renewal” program": a body's programme after its own possessive is a scheme or plan, no broadcast.)
  if (next && (wordsAfterTitle().has(next) || CUE_WORDS.has(next)) && !(PROGRAM_WORDS.has(next) && (BODY_POSSESSIVE_BEFORE.test(preceding) || SCHEME_LEAD_BEFORE.test(preceding) || broadcasterPossessiveBefore(preceding)))) return 'work';
  // A genre word between the title and its kind: "the “Iron Meadow” crime drama", "“Salt Line” sci-fi series"
  // (data/work-words.json after_title_and_genre).
  const genreThenKind = /^\s+([\p{Ll}-]+)\s+([\p{Ll}-]+)\b/u.exec(following);
  if (genreThenKind && !NOT_A_GENRE.test(genreThenKind[1]!) && KINDS_AFTER_GENRE.has(genreThenKind[2]!)) return 'work';
  // "“Late Hour” returns for a third season", "… was renewed for a second season".
  if (/^[\s,]*(?:[\p{L}-]+\s+){0,5}?(?:seasons?|episodes?|renewed|cancell?ed|canceled|premiered|premieres|finale|spin-?off)\b/iu.test(following)) return 'work';
  // "“Harbour of Ash” returns to cinemas", "… opens in theaters on Friday": only a film is released to cinemas.
  // A release verb must follow the title: a campaign "brought audiences back to cinemas", an advert "will run in cinemas".
  if (RELEASED_TO_CINEMAS.test(following)) return 'work';
  // "“Cloud Harbor,” opened to $41 million", "“…,” an animated adventure, set records": takings are a film's.
  if (boxOfficeAfterTitle(text, after)) return 'work';
  // An apposition naming the kind of work: "“Salt Line”, her first feature", "“Night Ferry,” a new thriller".
  // (An owner's possessive may open it: "“Saltmarsh,” the company's costliest series".)
  const apposition = KIND_APPOSITION.exec(following)?.[1];
  if (apposition && apposition.toLowerCase().split(/\s+/).some((w) => CUE_WORDS.has(w))) return 'work';
  // "On “Late Hour,” the senator said …": a sentence opening on a programme.
  if (w1 === 'on' && !w2 && /(?:^|[.!?]["”’']?\s+)on\s*$/i.test(preceding)) return 'programme';
  // A broadcaster's programme: "MSNBC’s “Morning Joe”", "the BBC's “Newsnight”".
  const owner = /(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})['’]s\s*$/u.exec(preceding)?.[1];
  if (owner && (lookupOutlet(owner) || isKnownOrganisation(owner) || /^[A-Z]{2,5}$/.test(owner))) return 'programme';
  return null;
}

// A film's feat or successor right before the opening mark (data/context-words.json film_feat_before_title).
const FILM_FEAT_BEFORE = new RegExp(String.raw`\b(?:${contextWords('film_feat_before_title').join('|')})\s*$`, 'iu');
// (A record or a success of a team or a campaign is no film's: the sentence must speak of films.)
const FILM_WORD = /\b(?:film|films|movie|movies|box office|cinemas?|theaters|theatres|opening weekend|ticket sales|grosse[sd]|grossing)\b/i;
/** A film's feat or successor right before the title, in a sentence about films: "challenge the record set by “…”", "the sequel to “…”". */
export function followsFilmFeat(text: string, open: number, after: number): boolean {
  return FILM_FEAT_BEFORE.test(text.slice(Math.max(0, open - 30), open)) && filmWordInSentence(text, open, after);
}

/** Whether the sentence around a quoted title (up to 200 characters each side) speaks of films. */
function filmWordInSentence(text: string, open: number, after: number): boolean {
  return FILM_WORD.test(sentenceAround(text, open, after));
}

const BARE_SHOW_WORDS = new Set(['show', 'series', 'programme', 'program', 'special']);
const SCREEN_WORD = /\b(?:TV|television|televised|drama|sitcom|streaming|streamer|broadcast|broadcaster|network|channel|episodes?|seasons?|premiere|premieres|premiered|airs|aired|airing|cast|starring|stars|Netflix|Hulu|HBO|BBC|ITV|PBS|CBS|NBC|ABC)\b/;
/** Whether the sentence around a quoted title (from its start to the next full stop) has a screen word or a well-known network. */
function screenWordInSentence(text: string, open: number, after: number): boolean {
  return SCREEN_WORD.test(sentenceAround(text, open, after));
}

/** The sentence around a quoted title, from its start to the next full stop, at most 200 characters each side (none further ahead read). */
function sentenceAround(text: string, open: number, after: number): string {
  const start = Math.max(sentenceBreakBefore(text, open, open - 200), open - 200, 0);
  const stop = sentenceStopFrom(text, after, { reach: 200 });
  return text.slice(start, stop < 0 ? Math.min(text.length, after + 200) : stop + 1);
}

// Kinds of film or show before a quoted title (data/work-words.json before_quoted_title, without the other works and
// the words a scheme or a text is also called: "a program called “Safe Streets”", "a petition titled …").
const NO_SCREEN_KIND = new Set(['program', 'programme', 'petition', 'headline', 'headlined', 'musical', 'song', 'single', 'album', 'podcast', 'anthology']);
let screenKindsBeforeTitle: ReadonlySet<string> | undefined;
function SCREEN_KINDS_BEFORE_TITLE(): ReadonlySet<string> {
  return (screenKindsBeforeTitle ??= new Set(workWords('before_quoted_title').filter((w) => !OTHER_WORKS.has(w) && !NO_SCREEN_KIND.has(w))));
}

let makersOfWorks: ReadonlySet<string> | undefined;
function MAKERS_OF_WORKS(): ReadonlySet<string> {
  return (makersOfWorks ??= new Set(workWords('maker_of_work')));
}

const PROGRAM_WORDS = new Set(['program', 'programme']);
const BODY_POSSESSIVE_BEFORE = /\b(?:its|their)\s*["“‘']?$/i;
// "the director of the “Safe Streets” programme": a programme someone directs or heads is a scheme (a broadcast has a
// presenter or a producer).
const SCHEME_LEAD_BEFORE = /\b(?:director|head|manager|coordinator|chief|leader)s?\s+of\s+(?:the|its|their|a|an)\s*["“‘']?$/i;

/** "the network's “Morning Joe” program": a broadcaster noun's possessive before the title (its programme, a medium words went out on, no film). */
function broadcasterPossessiveBefore(preceding: string): boolean {
  const noun = /\bthe\s+([\p{Ll}]+)['’]s\s*["“‘']?$/u.exec(preceding)?.[1];
  return !!noun && kindOfOutletWord(noun) === 'broadcaster';
}

// Verbs whose object is a work: "hosts “Late Hour”", "created “Night Ferry”"; and WATCHING, what one watches is a film
// or a show ("rewatched “Night Ferry” last night").
const MAKING_A_WORK = new Set(['hosts', 'hosted', 'hosting', 'stars', 'co-stars', 'co-starred', 'anchors', 'anchored', 'created', 'creates', 'directs', 'produces', 'narrates', 'narrated', 'filmed', 'filming', 'binge', 'binged', 'streaming', 'streamed', 'airs', 'aired', 'reboot', 'rebooted']);
const WATCHING = new Set(['watched', 'watches', 'rewatched', 'rewatches', 'rewatching', 're-watched']);
// A plural noun right after the closing mark: the quoted words modify it, "watched “Save the Pier” banners go up".
const PLURAL_NOUN_AFTER = /^[”"’']?[ \t]+(?!(?:as|is|was|has|this|thus|plus|across|always)\b)\p{Ll}+s\b/u;
const AWARDS = new Set(['emmy', 'emmys', 'oscar', 'oscars', 'globe', 'globes', 'bafta', 'baftas', 'peabody', 'razzie', 'sag', 'tony']);

// Words before "in"/"on"/"of" that place someone in a work ("appears in", "cast of") or on a programme ("said on").
const IN_A_WORK = new Set(['starred', 'stars', 'star', 'starring', 'appears', 'appearing', 'role', 'roles', 'cameo', 'cast', 'debut', 'plays', 'played', 'playing', 'premiere', 'season', 'episode', 'episodes', 'finale', 'set', 'creator', 'creators']);
const ON_A_PROGRAMME = new Set(['said', 'says', 'told', 'speaking', 'interview', 'host', 'hosts', 'anchor', 'aired', 'airs', 'watching', 'watched', 'audience', 'audiences', 'viewers', 'broadcast', 'segment', 'edition', 'hour', 'hours', 'slot', 'ratings']);
