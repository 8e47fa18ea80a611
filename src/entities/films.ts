import { readFileSync } from 'node:fs';
import type { AnalyzedArticle, FilmEntity, Mention, Token } from '../types.js';
import { capitalisedRuns, startsUpperOrDigit, type Run } from '../nlp/runs.js';
import { kindOfOutletWord, lookupOutlet } from '../lexicon/outlets.js';
import { endsCode } from '../text/openings.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isWhiteSpace } from '../text/boundaries.js';
import { datelineLength } from '../text/dateline.js';
import { cueLexicon } from '../lexicon/cues.js';
import { workWords } from '../lexicon/work-words.js';
import { isDayWord, isMonth } from '../nlp/time-words.js';
import { isCityNotGivenName, isPlaceNotGivenName } from '../lexicon/place-names.js';
import { namesTeamContestOrSchool } from './non-person-names.js';
import { contestShowNames, namedAsContestShow } from './contest-shows.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { NOUN_PHRASE_OPENERS, PERSON_POSSESSIVES, THIRD_PERSON_POSSESSIVES, alternatives } from '../nlp/words.js';

/** Right after a title, maybe past its closing mark and a comma, an article or possessive opening an apposition: "“Salt Line,” her first …". */
const APPOSITION_OPENING = String.raw`^[”"’']?\s*,?[”"’']?\s*(?:${alternatives(NOUN_PHRASE_OPENERS)})\s+`;

/** The apposition's first five words, an owner's possessive among them: "“Saltmarsh,” the company's costliest series". */
const KIND_APPOSITION = new RegExp(String.raw`${APPOSITION_OPENING}((?:[\p{L}-]+(?:['’]s)?\s+){0,4}[\p{L}-]+)`, 'u');

// A release verb right after a title, then cinemas: "returns to cinemas", "opens in theaters on Friday", "is released in cinemas".
const RELEASE_VERBS = ['returns?', 'opens?', 'arrives?', 'comes?', 'hits?', 'lands?', 'debuts?', 'heads?', 'is\\s+back', 'is\\s+released', 'was\\s+released', 'is\\s+due', 'goes'];
const RELEASED_TO_CINEMAS = new RegExp(String.raw`^[”"’'\s,]*(?:will\s+)?(?:${RELEASE_VERBS.join('|')})\s+(?:[\p{Ll}-]+\s+)?(?:to|in|into)\s+(?:cinemas|theaters|theatres|movie\s+theaters|picture\s+houses)\b`, 'iu');

/** Words after a title's comma that open a description of it: "Night Ferry, the new thriller", "…, her documentary". */
const ARTICLES_AND_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['the', 'a', 'an', ...PERSON_POSSESSIVES]);

interface FilmFact {
  title: string;
  year: number | null;
  kind: 'film' | 'tv';
  aliases: string[];
  /** A one-word title that is also an ordinary word or a given name ("Underworld", "Carrie"): needs a cue. */
  ordinary?: boolean;
}

interface Gazetteer {
  byName: Map<string, FilmFact>;
  /** Characters other than spaces in the longest name: a longer span can be no known title. */
  longestName: number;
  /** endsCode of every key. */
  ends: Set<number>;
}

let gazetteer: Gazetteer | undefined;

function films(): Gazetteer {
  if (gazetteer) return gazetteer;
  const data = JSON.parse(readFileSync(new URL('../../data/films.json', import.meta.url), 'utf8')) as { films: FilmFact[] };
  const byName = new Map<string, FilmFact>();
  let longestName = 0;
  for (const f of data.films) {
    for (const name of [f.title, ...f.aliases]) {
      byName.set(key(name), f);
      longestName = Math.max(longestName, name.replace(/\s/g, '').length);
    }
  }
  gazetteer = { byName, longestName, ends: new Set([...byName.keys()].map((k) => endsCode(k))) };
  return gazetteer;
}

/** Whether a known title opens and ends as text[from, to) does (see endsCode). */
function mayBeKnownTitle(text: string, from: number, to: number): boolean {
  const code = endsCode(text, from, to);
  return code < 0 || films().ends.has(code);
}

/** A gazetteer title or alias written exactly so, in lower case (“mother!”). */
export function isStyledTitle(surface: string): boolean {
  const fact = films().byName.get(key(surface));
  return !!fact && /^\p{Ll}/u.test(surface) && [fact.title, ...fact.aliases].includes(surface);
}

/** The runs of first and of last words of a title, shorter than it: "american idol live" → american, american idol, idol live, live. */
function headsAndTails(title: string): string[] {
  const words = title.split(' ');
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) out.push(words.slice(0, i).join(' '), words.slice(i).join(' '));
  return out;
}

/** A gazetteer title or alias, in any case. */
export function isKnownTitle(surface: string): boolean {
  return films().byName.has(key(surface));
}

/** What makes capitalised words in quotation marks a title: */
export type TitleEvidence =
  | 'known' // the gazetteer has it
  | 'work' // film words around it: "the film “Night Ferry”", "starred in “…”", "“…” star Ana Ruiz", "“…” (2019)"
  | 'programme' // a broadcast around it: "said on “Late Hour”", "MSNBC’s “…”", "On “Late Hour,” …"
  | 'emphasis'; // the page set it in italics

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
  // "The film, titled “Come Home,” opens Friday": a naming word after a film or show word ("the series called “…”").
  // (A bare "show" or "series" only with a screen word in its sentence: "The trade show, titled “…”", "The lecture
  // series, called “…”" name no screen work.)
  if (w1 && w2 && cueLexicon().titleNamingWords.has(w1) && SCREEN_KINDS_BEFORE_TITLE().has(w2) && (!BARE_SHOW_WORDS.has(w2) || screenWordInSentence(text, open, after))) return 'work';
  // "the film musical “Harbor Lights”": a musical made for the screen (a musical alone is a stage work, no film).
  if (w1 === 'musical' && w2 && SCREEN_WORDS.has(w2)) return 'work';
  if (w1 && w2 && /^(in|on|of)$/.test(w1)) {
    if (STRONG_VERB_CUES.has(w2) || IN_A_WORK.has(w2) || CUE_WORDS.has(w2)) return 'work';
    if (ON_A_PROGRAMME.has(w2)) return 'programme';
  }
  // An event or a piece of the work before it: "the March launch of “…”", "a still from “…”" (data/cues.json).
  if (w1 && w2 && /^(of|from|for)$/.test(w1) && cueLexicon().workEventNouns.has(w2)) return 'work';
  // "an Emmy for “Late Hour”".
  if (w1 === 'for' && w2 && AWARDS.has(w2)) return 'work';
  if (yearInParentheses(text, after)) return 'work';
  const following = text.slice(after, after + 60);
  const next = /^[\s,]*([\p{L}-]+)/u.exec(following)?.[1]?.toLowerCase();
  // ("its “Harbor Renewal” program": a body's programme after its own possessive is a scheme or plan, no broadcast.)
  if (next && (wordsAfterTitle().has(next) || CUE_WORDS.has(next)) && !(PROGRAM_WORDS.has(next) && (BODY_POSSESSIVE_BEFORE.test(preceding) || broadcasterPossessiveBefore(preceding)))) return 'work';
  // A genre word between the title and its kind: "the “Iron Meadow” crime drama", "“Salt Line” sci-fi series"
  // (data/work-words.json after_title_and_genre).
  const genreThenKind = /^\s+([\p{Ll}-]+)\s+([\p{Ll}-]+)\b/u.exec(following);
  if (genreThenKind && !NOT_A_GENRE.test(genreThenKind[1]!) && KINDS_AFTER_GENRE.has(genreThenKind[2]!)) return 'work';
  // "“Late Hour” returns for a third season", "… was renewed for a second season".
  if (/^[\s,]*(?:[\p{L}-]+\s+){0,5}?(?:seasons?|episodes?|renewed|cancell?ed|canceled|premiered|premieres|finale|spin-?off)\b/iu.test(following)) return 'work';
  // "“Harbour of Ash” returns to cinemas", "… opens in theaters on Friday": only a film is released to cinemas.
  // A release verb must follow the title: a campaign "brought audiences back to cinemas", an advert "will run in cinemas".
  if (RELEASED_TO_CINEMAS.test(following)) return 'work';
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

const BARE_SHOW_WORDS = new Set(['show', 'series', 'programme', 'program', 'special']);
const SCREEN_WORD = /\b(?:TV|television|televised|drama|sitcom|streaming|streamer|broadcast|broadcaster|network|channel|episodes?|seasons?|premiere|premieres|premiered|airs|aired|airing|cast|starring|stars|Netflix|Hulu|HBO|BBC|ITV|PBS|CBS|NBC|ABC)\b/;
/** Whether the sentence around a quoted title (from its start to the next full stop) has a screen word or a well-known network. */
function screenWordInSentence(text: string, open: number, after: number): boolean {
  const start = Math.max(text.lastIndexOf('. ', open), text.lastIndexOf('\n', open), open - 200, 0);
  const endDot = text.slice(after).search(/[.!?](?:\s|$)/);
  const sentence = text.slice(start, endDot < 0 ? text.length : Math.min(after + endDot + 1, after + 200));
  return SCREEN_WORD.test(sentence);
}

// Kinds of film or show before a quoted title (data/work-words.json before_quoted_title, without the other works and
// the words a scheme or a text is also called: "a program called “Safe Streets”", "a petition titled …").
const NO_SCREEN_KIND = new Set(['program', 'programme', 'petition', 'headline', 'headlined', 'musical', 'song', 'single', 'album', 'podcast', 'anthology']);
let screenKindsBeforeTitle: ReadonlySet<string> | undefined;
function SCREEN_KINDS_BEFORE_TITLE(): ReadonlySet<string> {
  return (screenKindsBeforeTitle ??= new Set(workWords('before_quoted_title').filter((w) => !OTHER_WORKS.has(w) && !NO_SCREEN_KIND.has(w))));
}

const PROGRAM_WORDS = new Set(['program', 'programme']);
const BODY_POSSESSIVE_BEFORE = /\b(?:its|their)\s*["“‘']?$/i;

/** "the network's “Morning Joe” program": a broadcaster noun's possessive before the title (its programme, a medium words went out on, no film). */
function broadcasterPossessiveBefore(preceding: string): boolean {
  const noun = /\bthe\s+([\p{Ll}]+)['’]s\s*["“‘']?$/u.exec(preceding)?.[1];
  return !!noun && kindOfOutletWord(noun) === 'broadcaster';
}

// Words that are no genre before a film word: "“Salt Line” was a hit", "“Salt Line” ratings show".
const NOT_A_GENRE = new RegExp(String.raw`^(?:is|was|are|were|be|been|has|had|have|a|an|the|and|or|but|as|${alternatives(THIRD_PERSON_POSSESSIVES)}|to|for|of|in|on|at|by|with|became|becomes|remains|stays|still|also|\p{Ll}+s)$`, 'u');

// Works that are no film or show (films are film|tv), and parts of a show: "her memoir, titled “…”", "the album “…”"
// (data/work-words.json other_work; a podcast is an outlet: "her podcast, “Late Pass,”").
const OTHER_WORKS: ReadonlySet<string> = new Set(workWords('other_work'));
// The kind of work right after the title: "her “Salt Line” podcast", "the “Tide Hymnal” album" (work-words.json
// other_work_after_title; not a part of a show, which follows its title: "the “Salt Line” episode where …").
const OTHER_WORK_AFTER = new RegExp(String.raw`^,?\s+(?:${workWords('other_work_after_title').join('|')})\b`, 'i');
// "“Salt Line,” the sixth episode of …": an apposition naming a part of a work.
const PART_OF_A_WORK = new RegExp(String.raw`${APPOSITION_OPENING}(?:[\p{L}\d-]+\s+){0,2}?(?:episode|chapter|track|song|single)\s+(?:of|from|on)\b`, 'iu');

/**
 * Whether a title in quotation marks names a book, a record or a part of a show rather than a film or show:
 * the kind of work right before it, maybe with "titled" ("The memoir, titled “…”"), or an apposition after
 * it ("“…,” the sixth episode of …"). `open` is the opening mark, `after` the first character after the closing one.
 */
export function namesOtherWork(text: string, open: number, after: number): boolean {
  // (An appearance on one is the same kind: "a podcast appearance on “…”", "an album interview on …".)
  const kind = /([\p{L}-]+)(?:\s+(?:appearance|interview|episode|segment)\s+(?:on|of))?(?:[\s,]+(?:titled|entitled|called|named))?[\s,]*$/u.exec(text.slice(Math.max(0, open - 60), open))?.[1];
  return (!!kind && OTHER_WORKS.has(kind.toLowerCase())) || exampleOfOtherWorks(text.slice(Math.max(0, open - 120), open)) || collectionOfOtherThings(text.slice(Math.max(0, open - 60), open)) || OTHER_WORK_AFTER.test(text.slice(after, after + 20)) || PART_OF_A_WORK.test(text.slice(after, after + 60)) || otherWorkApposition(text.slice(after, after + 60)) || stageWorkApposition(text.slice(after, after + 80));
}

// "hits such as “Paper Kites” and “Blue Glass”", "singles like “…”": titles given as examples of works that are no
// films (data/work-words.json examples_not_screen; not "box-office hits such as …").
const EXAMPLE_OF_WORKS = new RegExp(String.raw`(?<!\b(?:box-office|box\s+office|film|movie|screen|tv|television)\s+)\b(?:${workWords('examples_not_screen').join('|')})\s+(?:such\s+as|like|including)\s+(?:[“"][^“”"]{1,60}[”"],?\s+(?:(?:and|or)\s+)?)*$`, 'iu');

/** Whether `preceding`, the text before a title's opening mark, gives the title as an example of works that are no films. */
function exampleOfOtherWorks(preceding: string): boolean {
  return EXAMPLE_OF_WORKS.test(preceding);
}

// "a series of recordings, “…”", "a collection of essays titled “…”", "the podcast series “…”": a series of things
// that are no films, or a film word for a form after another kind of work, names that collection or that kind.
const COLLECTION_OF_THINGS = /\b(?:series|collection|set|compilation|anthology)\s+of\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)(?:[\s,]+(?:titled|entitled|called|named))?[\s,]*$/u;
const KIND_AFTER_OTHER_WORK = /\b([\p{L}-]+)\s+([\p{L}-]+)(?:[\s,]+(?:titled|entitled|called|named))?[\s,]*$/u;

/** Whether `preceding`, the text before a title, ends in a collection of things that are no films, or a film word that another kind of work qualifies. */
function collectionOfOtherThings(preceding: string): boolean {
  const things = COLLECTION_OF_THINGS.exec(preceding)?.[1]?.toLowerCase();
  if (things) return !CUE_WORDS.has(things) && !CUE_WORDS.has(things.replace(/s$/, ''));
  const kind = KIND_AFTER_OTHER_WORK.exec(preceding);
  return !!kind && formatOfOtherWork(kind[1]!.toLowerCase(), kind[2]!.toLowerCase());
}

// Words for the form a work comes in, whatever its medium: "a podcast series", "an album show".
const FORMATS: ReadonlySet<string> = new Set(['series', 'show', 'programme', 'program', 'special', 'episode', 'episodes']);

/**
 * Whether `kind` (lower case) qualifying the film word `format` makes it that other kind's form: "podcast series".
 * Not a film word of its own after a subject: "a tour documentary", "a novel adaptation" are films.
 */
function formatOfOtherWork(kind: string, format: string): boolean {
  return FORMATS.has(format) && OTHER_WORKS.has(kind);
}

/**
 * An apposition naming a stage work: "“The Glass Key,” the $14 million stage adaptation of …", "“…,” the
 * season's most expensive play". A stage word counts only before any film word ("the film version of the
 * play" is a film).
 */
// An apposition whose head names a work that is no film or show: "“Rosa del Valle,” a ballad about …", "“…,” his new
// single". (Not a part of a show, "“…,” the last episode", nor a film word before the head: "“…,” a film about a song".)
const WORK_APPOSITION = new RegExp(String.raw`${APPOSITION_OPENING}((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)(?=\s*(?:[,.;:—–]|$|\s(?:about|that|which|from|by|with|for|in|on|of|who|she|he|they|released|recorded|written)\b))`, 'iu');
const SHOW_PARTS: ReadonlySet<string> = new Set(['episode', 'finale', 'hour', 'segment', 'instalment', 'installment', 'chapter', 'tour', 'headline', 'headlined', 'petition', 'phrase', 'term', 'expression', 'podcast']);

/** Whether `following`, the text after a title's closing mark, is an apposition headed by a work that is no film or show. */
function otherWorkApposition(following: string): boolean {
  const m = WORK_APPOSITION.exec(following);
  if (!m) return false;
  const head = m[2]!.toLowerCase();
  if (!OTHER_WORKS.has(head) || SHOW_PARTS.has(head)) return false;
  return !m[1]!.toLowerCase().split(/\s+/).some((w) => CUE_WORDS.has(w));
}

function stageWorkApposition(following: string): boolean {
  const words = APPOSITION_WORDS.exec(following)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  for (const w of words) {
    const bare = w.replace(/[’']s$|[,;.:]$/g, '');
    if (STAGE_WORDS.has(bare)) return true;
    if (CUE_WORDS.has(bare) && bare !== 'adaptation' && bare !== 'musical' && bare !== 'hit' && bare !== 'production') return false;
  }
  return false;
}

const APPOSITION_WORDS = new RegExp(String.raw`${APPOSITION_OPENING}((?:\S+\s+){0,5}\S+)`, 'u');
const STAGE_WORDS = new Set(['play', 'plays', 'stage', 'broadway', 'off-broadway', 'theatre', 'theater', 'opera', 'ballet', 'playwright']);

// Verbs whose object is a work: "hosts “Late Hour”", "created “Night Ferry”".
const MAKING_A_WORK = new Set(['hosts', 'hosted', 'hosting', 'stars', 'co-stars', 'co-starred', 'anchors', 'anchored', 'created', 'creates', 'directs', 'produces', 'narrates', 'narrated', 'filmed', 'filming', 'binge', 'binged', 'streaming', 'streamed', 'airs', 'aired', 'reboot', 'rebooted']);
const AWARDS = new Set(['emmy', 'emmys', 'oscar', 'oscars', 'globe', 'globes', 'bafta', 'baftas', 'peabody', 'razzie', 'sag', 'tony']);

// Words before "in"/"on"/"of" that place someone in a work ("appears in", "cast of") or on a programme ("said on").
const IN_A_WORK = new Set(['starred', 'stars', 'star', 'starring', 'appears', 'appearing', 'role', 'roles', 'cameo', 'cast', 'debut', 'plays', 'played', 'playing', 'premiere', 'season', 'episode', 'episodes', 'finale', 'set', 'creator', 'creators']);
const ON_A_PROGRAMME = new Set(['said', 'says', 'told', 'speaking', 'interview', 'host', 'hosts', 'anchor', 'aired', 'airs', 'watching', 'watched', 'audience', 'audiences', 'viewers', 'broadcast', 'segment', 'edition', 'hour', 'hours', 'slot', 'ratings']);

const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Sens|Reps|Senator|Governor|President|Judge|Justice|Mayor)\.?$/;
const NAME_SUFFIX = /^(?:Jr|Sr)\.?$/; // (not II or III: "Ironvale III" is a film)
const MONTH_YEAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{4}$/;

/** Titles compare case-insensitively with typographic dashes and quotes folded. */
export function key(name: string): string {
  // Printable ASCII words with single spaces between have nothing to fold but their case (most names).
  if (PLAIN_WORDS.test(name)) return name.toLowerCase();
  return name.toLowerCase().replace(/[–—]/g, '-').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

const PLAIN_WORDS = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

// Words beside a name that make it a film or show (data/work-words.json film_cue).
const CUE_WORDS: ReadonlySet<string> = new Set(workWords('film_cue'));
// Kinds of film or show after a title and a genre word (data/work-words.json after_title_and_genre).
const KINDS_AFTER_GENRE: ReadonlySet<string> = new Set(workWords('after_title_and_genre'));
const VERB_CUES = new Set(['starred', 'starring', 'stars', 'directed', 'directing', 'directs', 'wrote', 'filming', 'filmed', 'shooting', 'produced', 'in', 'of']);
// (Not "starring" or "starred": the names right after them are the cast, "“Steel Horizon,” starring Pia
// Lund and Omar Teague"; "starred in “…”" is taken below.)
const STRONG_VERB_CUES = new Set(['directed', 'directing', 'produced', 'appeared']);

/**
 * Films and TV series: gazetteer titles (ordinary-word single-word titles only with a cue), titles after
 * cues ("the film X", "X (2019)", "starred in X", quoted titles), then every bare mention of an
 * established title.
 */
export function extractFilms(doc: AnalyzedArticle, quotedTitles: QuotedTitle[] = []): FilmEntity[] {
  const found: Established = new Map();
  const establish = establisher(found);
  establishNamedTitles(doc, establish);
  establishQuotedTitles(doc, quotedTitles, found, establish);
  establishSubtitledTitles(doc.article.text, found, establish);
  establishAiredTitles(doc, found, establish);
  // "the ITV singing contest Voicebox": a televised contest named beside its kind (no person's name, outlet or firm).
  for (const { name } of contestShowNames(doc.article.text)) {
    if (!found.has(key(name)) && !lookupOutlet(name) && !isKnownOrganisation(name) && genderOfFirstName(name.split(/\s+/)[0]!) === 'unknown') establish(name, null);
  }
  const result = withSubtitledKinds(mergeShortForms(filmsMentioned(doc.article.text, found), found));
  // A bare "John Wick" inside "John Wick: Parabellum" is a mention of the longer title only.
  const inside = mentionsInsideLonger(result.flatMap((f) => f.mentions));
  const kept = result
    .map((f) => ({ ...f, mentions: f.mentions.filter((m) => !inside.has(m)) }))
    .filter((f) => f.mentions.length > 0);
  // (A film left with mentions has none inside a longer one, so no film is contained in another.)
  return kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * "Harbor Wives: Miami Nights premieres on Bravo next month": capitalised words opening a sentence, then a verb of
 * airing and a network or streaming service (data/screen-networks.json), name a show. Only as the sentence's
 * subject; a network, a firm, a contest or a team ("the Super Bowl airs on CBS") is no title, nor is a person's
 * name (a given name first, or one word the article writes as a surname: "Kimmel returns on ABC").
 */
function establishAiredTitles(doc: AnalyzedArticle, found: Established, establish: (surface: string, fact: FilmFact | null) => void): void {
  const text = doc.article.text;
  for (const sentence of doc.sentences) {
    const m = AIRED_TITLE_OPENING().exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 160)));
    const title = m?.[1];
    if (!title || found.has(key(title))) continue;
    const words = title.split(/\s+/);
    if (NOT_AIRED_TITLE_OPENERS.test(words[0]!) || lookupOutlet(title) || isKnownOrganisation(title) || namesTeamContestOrSchool(title)) continue;
    if (words.length <= 3 && !title.includes(':') && genderOfFirstName(words[0]!) !== 'unknown') continue;
    if (words.length === 1 && new RegExp(String.raw`\p{Lu}\p{Ll}+\s+${regExpLiteral(title)}(?![\p{L}])`, 'u').test(text)) continue;
    // Narrow: the name must look like a show's (a colon's subtitle, or a show word in its sentence: "… returns on
    // Netflix for a second season"); an event's, a firm's or a school's last word ("The Brentwood Open", "Ford
    // Motor") makes none; nor does a name the article goes on to use as a person's.
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!title.includes(':') && !SHOW_WORD_IN_SENTENCE.test(sentenceText.slice(m!.index + m![0].length))) continue;
    if (notShowLastWords().has(words.at(-1)!)) continue;
    if (namedAsPersonLater(text, title, sentence.start + m!.index + m![0].length)) continue;
    establish(title, films().byName.get(key(title)) ?? null);
  }
}

// A show word in the rest of the sentence: "… returns on Netflix for a second season", "… the series finale".
const SHOW_WORD_IN_SENTENCE = /\b(?:series|seasons?|episodes?|show|sitcom|docuseries|miniseries|finale|showrunner)\b/i;
let notShowLastWordSet: ReadonlySet<string> | undefined;
function notShowLastWords(): ReadonlySet<string> {
  return (notShowLastWordSet ??= new Set((JSON.parse(readFileSync(new URL('../../data/screen-networks.json', import.meta.url), 'utf8')) as { not_show_last_words: string[] }).not_show_last_words));
}

/**
 * Whether the article, after `from`, writes the name's last word as a person's: alone ("Fennimore said"), with an
 * age ("Ansel, 41,"), or after a title of address ("Ms. Ansel").
 */
function namedAsPersonLater(text: string, title: string, from: number): boolean {
  const words = title.split(/\s+/);
  if (words.length > 3 || title.includes(':')) return false;
  const last = regExpLiteral(words.at(-1)!);
  const rest = text.slice(from);
  if (new RegExp(String.raw`\b${last},\s+\d{1,3},`, 'u').test(rest)) return true;
  if (new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+${last}\b`, 'u').test(rest)) return true;
  // (Alone: not right after the title's word before it, nor part of a longer capitalised name.)
  if (words.length >= 2) {
    const prev = regExpLiteral(words.at(-2)!);
    return new RegExp(String.raw`(?<!${prev}\s+)(?<![\p{Lu}][\p{L}'’-]*\s+)\b${last}(?=\s+(?:said|says|told|added|asked|wrote|explained|recalled|noted|replied)\b|['’]s\b|,\s+(?:who|whose)\b)`, 'u').test(rest);
  }
  return false;
}

// A verb of airing (maybe after "will") and a network: "premieres on Bravo", "will return on Netflix".
const AIRING_ON = String.raw`\s+(?:(?:will|also)\s+)?(?:premieres?|premiered|returns?|returned|airs?|aired|debuts?|debuted|streams?)\s+on\s+`;
// Capitalised words (small words and a subtitle's colon between them) opening a sentence.
const OPENING_TITLE = String.raw`^["“‘]?(\p{Lu}[\p{L}\d'’&-]*(?:(?::\s+|\s+)(?:(?:of|the|and|a|an|in|on|at|to|for|with|from)\s+)*[\p{Lu}\d][\p{L}\d'’&-]*){0,7})["”’]?`;
let airedTitleOpening: RegExp | undefined;
let airedOnNetwork: RegExp | undefined;
/** data/screen-networks.json as alternatives, longest first ("HBO Max" before "HBO"), ending where no word or "+" goes on. */
function networkNames(): string {
  const data = JSON.parse(readFileSync(new URL('../../data/screen-networks.json', import.meta.url), 'utf8')) as { networks: string[] };
  return String.raw`(?:${[...data.networks].sort((a, b) => b.length - a.length).map(regExpLiteral).join('|')})(?![\p{L}\d+])`;
}
function AIRED_TITLE_OPENING(): RegExp {
  return (airedTitleOpening ??= new RegExp(OPENING_TITLE + AIRING_ON + networkNames(), 'u'));
}
/** Whether a verb of airing and a network follow a title's mention at `end`: "… premieres on Bravo". */
function airedOnNetworkAfter(text: string, end: number): boolean {
  airedOnNetwork ??= new RegExp(String.raw`^["”’]?` + AIRING_ON + networkNames(), 'u');
  return airedOnNetwork.test(text.slice(end, end + 60));
}
// First words of a sentence that open no title: pronouns, quantifiers, a part of a show ("Season 2 premieres on …").
const NOT_AIRED_TITLE_OPENERS = /^(?:It|Its|This|That|These|Those|She|He|They|We|I|You|Season|Series|Episode|Part|Chapter|Volume|Each|Every|Both|All)$/;

/**
 * "Maple Hollis: Night Shift": a title written as a named work, a colon and a capitalised subtitle is that
 * work's sequel or spin-off, a work of its own (not when the first part is a known title: the gazetteer
 * names its sequels).
 */
function establishSubtitledTitles(text: string, found: Established, establish: (surface: string, fact: FilmFact | null) => void): void {
  // One pass over the text's "…: Subtitle" spots and a lookup of the titles ending at each colon, by their last
  // word: a pattern per title, each scanning the whole text, made a page of quoted titles quadratic.
  const byLastWord = new Map<string, string[]>();
  for (const entry of found.values()) {
    if (entry.fact) continue;
    for (const surface of entry.surface) {
      const last = LAST_WORD.exec(surface)?.[0];
      if (last) byLastWord.set(last, [...(byLastWord.get(last) ?? []), surface]);
    }
  }
  if (byLastWord.size === 0) return;
  for (const m of text.matchAll(SUBTITLE_AFTER_COLON)) {
    const before = text.slice(Math.max(0, m.index - LONGEST_TITLE), m.index);
    for (const surface of byLastWord.get(LAST_WORD.exec(before)?.[0] ?? '') ?? []) {
      const start = m.index - surface.length;
      if (!before.endsWith(surface) || (start > 0 && /[\p{L}'’-]/u.test(text[start - 1]!))) continue;
      const whole = text.slice(start, m.index + m[0].length);
      if (!found.has(key(whole))) establish(whole, null);
    }
  }
}

const LAST_WORD = /\S+$/u;
const LONGEST_TITLE = 300;
const SUBTITLE_AFTER_COLON = /:[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|the|in|on|at|and|a)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,4}(?![\p{L}'’-])/gu;

/** A subtitled title with no kind of its own ("Maple Hollis: Night Shift") is of its first part's kind. */
function withSubtitledKinds(result: FilmEntity[]): FilmEntity[] {
  // (The head looked up by title, not by comparing every pair: a page of titles has thousands.)
  const firstWithTitle = new Map<string, number>();
  result.forEach((f, i) => { if (!firstWithTitle.has(f.title)) firstWithTitle.set(f.title, i); });
  return result.map((f) => {
    const at = subtitleHeads(f.title).map((t) => firstWithTitle.get(t) ?? Infinity).filter((i) => result[i] !== f);
    const head = at.length ? result[Math.min(...at)] : undefined;
    return head && head.kind !== f.kind && !films().byName.get(key(f.title)) ? { ...f, kind: head.kind } : f;
  });
}

/** Every "HEAD" of a title written "HEAD: SUBTITLE". */
function subtitleHeads(title: string): string[] {
  const heads: string[] = [];
  for (let at = title.indexOf(': '); at > 0; at = title.indexOf(': ', at + 1)) heads.push(title.slice(0, at));
  return heads;
}

type QuotedTitle = { start: number; end: number; evidence?: TitleEvidence | null };

/** A title the article is taken to name, by key: its gazetteer fact (if known) and the forms written. */
interface EstablishedTitle {
  fact: FilmFact | null;
  surface: Set<string>;
  title: string;
}

type Established = Map<string, EstablishedTitle>;

function establisher(found: Established): (surface: string, fact: FilmFact | null) => void {
  return (surface, fact) => {
    const title = fact?.title ?? surface;
    const entry = found.get(key(title)) ?? { fact, surface: new Set<string>(), title };
    entry.surface.add(surface);
    found.set(key(title), entry);
  };
}

/** Titles among the capitalised runs: known ones, with a cue where they are ordinary words, and unknown ones after a strong cue. */
function establishNamedTitles(doc: AnalyzedArticle, establish: (surface: string, fact: FilmFact | null) => void): void {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const sentenceStarts = new Set(doc.sentences.map((x) => x.tokenStart));
  for (const whole of capitalisedRuns(doc, true).flatMap((r) => withoutDateline(text, tokens, r, sentenceStarts)).flatMap((r) => splitListedTitles(text, tokens, r)).flatMap((r) => splitAtPrizeFor(text, tokens, r)).map((r) => withoutYearAfter(text, tokens, r)).map((r) => afterPlayedPart(text, tokens, r))) {
    const run = afterOpeningPhrase(text, tokens, whole, sentenceStarts);
    // Longest titles first; a run may hold several ("a cross between The Simpsons and This Is Spinal Tap").
    const taken: number[] = [];
    const spans = subRuns(tokens, run, films().longestName);
    for (let k = 0; k < spans.length; k += 2) {
      const s = spans[k]!;
      const e = spans[k + 1]!;
      if (overlapsTaken(taken, s, e)) continue;
      // A span that is no known title can only be taken as a whole run (below): most sub-spans stop here,
      // on how they open and end.
      const whole = s === run.first && e === run.last;
      const mayBeKnown = mayBeKnownTitle(text, tokens[s]!.start, tokens[e]!.end);
      if (!mayBeKnown && !whole) continue;
      // "the US version of The Office in March": a known title and a date after it, not one unknown title.
      if (whole && !mayBeKnown && knownTitleBeforeDate(text, tokens, s, e)) continue;
      const surface = text.slice(tokens[s]!.start, tokens[e]!.end);
      const fact = mayBeKnown ? films().byName.get(key(surface)) ?? null : null;
      if (!fact && !whole) continue;
      if (namesTitle(doc, run, s, e, surface, fact, sentenceStarts)) {
        establish(fact || e !== run.last ? surface : withPlaceOwner(text, tokens, run).text, fact);
        taken.push(s, e);
      }
    }
  }
}

/**
 * A run that opens a sentence with a dateline ("BOSTON — Paper Lanterns, the film about …", "PARIS (AFP) — …"):
 * the place and the dash are no part of the title, which starts after them; a run all dateline names nothing.
 */
function withoutDateline(text: string, tokens: Token[], run: Run, sentenceStarts: Set<number>): Run[] {
  if (!sentenceStarts.has(run.first)) return [run];
  const length = datelineLength(text, run.start);
  if (!length) return [run];
  let first = run.first;
  while (first <= run.last && tokens[first]!.start < run.start + length) first++;
  return first > run.last ? [] : [runOf(text, tokens, first, run.last)];
}

/**
 * In a list of films ("films include X, Sister of Wolves and The Long Field", "movies such as Frozen and Moana")
 * each "and" ends one title and opens the next, unless a known title holds it ("Pride and Prejudice"). A run
 * that a small noun follows describes the films, it names none: "films included Japanese and Korean entries".
 */
function splitListedTitles(text: string, tokens: Token[], run: Run): Run[] {
  if (!listOfFilmsBefore(text, run.start)) return adaptedLastOfList(text, tokens, run);
  const next = tokens[run.last + 1];
  if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return [];
  const parts: Run[] = [];
  let first = run.first;
  for (let k = run.first + 1; k < run.last; k++) {
    if (tokens[k]!.text !== 'and' || knownTitleHolds(text, tokens, first, k, run.last)) continue;
    parts.push(runOf(text, tokens, first, k - 1));
    first = k + 1;
  }
  parts.push(runOf(text, tokens, first, run.last));
  return parts;
}

/**
 * "went to the filmmaker Ana Ruiz for Night Ferry": the capitalised run holds the winner, "for" and the film
 * (a title may hold "for": "Scent of a Woman", "Dial M for Murder"), cut at a "for" a prize is won for.
 */
function splitAtPrizeFor(text: string, tokens: Token[], run: Run): Run[] {
  for (let k = run.first + 1; k < run.last; k++) {
    if (tokens[k]!.text !== 'for' || !prizeWonForFilm(text, tokens[k + 1]!.start, tokens[k + 1]!.text)) continue;
    return [runOf(text, tokens, run.first, k - 1), runOf(text, tokens, k + 1, run.last)];
  }
  return [run];
}

/**
 * "novels including The Salt Orchard and A House Without Clocks, which was adapted into a film": the last
 * title of a list is the one adapted. Cut only at an "and" before a capitalised article, which opens a title.
 */
function adaptedLastOfList(text: string, tokens: Token[], run: Run): Run[] {
  if (text[run.end] !== ',' || !ADAPTED_INTO_SCREEN.test(text.slice(run.end + 1, run.end + 61))) return [run];
  for (let k = run.last - 1; k > run.first; k--) {
    if (tokens[k]!.text !== 'and' || !/^(?:The|A|An)$/.test(tokens[k + 1]!.text)) continue;
    return [runOf(text, tokens, k + 1, run.last)];
  }
  return [run];
}

/** Whether a known title among tokens first..last holds the "and" at k. */
function knownTitleHolds(text: string, tokens: Token[], first: number, k: number, last: number): boolean {
  for (let s = first; s < k; s++) {
    for (let e = k + 1; e <= last; e++) {
      if (films().byName.has(key(text.slice(tokens[s]!.start, tokens[e]!.end)))) return true;
    }
  }
  return false;
}

/** The run of tokens[first..last], as capitalisedRuns makes one. */
function runOf(text: string, tokens: Token[], first: number, last: number): Run {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { first, last, start, end, text: text.slice(start, end) };
}

/**
 * A sentence's capitalised opening word and a small preposition before a title's capitalised article are no
 * part of the title: "Production on The Hollow Hour", "Work on The Long Field" (a title's inner article is
 * written small: "Return of the Jedi"). The run from that article on, or the run itself.
 */
function afterOpeningPhrase(text: string, tokens: Token[], run: Run, sentenceStarts: Set<number>): Run {
  if (!sentenceStarts.has(run.first)) return run;
  for (let k = run.first + 1; k + 1 < run.last; k++) {
    if (/^\p{Lu}/u.test(tokens[k]!.text)) return run;
    if (/^(?:The|A|An)$/.test(tokens[k + 1]!.text)) return runOf(text, tokens, k + 1, run.last);
  }
  return run;
}

/**
 * "Supper at Marlow’s won", "Dinner at Tiffany’s.": a title ending "at/from NAME’s" names a shop or
 * restaurant and keeps its ’s, which the run left off. Not when a noun follows the possessive ("at Marlow’s
 * new show"): there the name owns what follows, and the title ends before "at".
 */
function withPlaceOwner(text: string, tokens: Token[], run: Run): Run {
  const e = run.last;
  const owner = tokens[e + 1];
  if (e - run.first < 2 || !/^(?:at|from)$/.test(tokens[e - 1]!.normal) || !owner || !POSSESSIVE_ENDING.test(owner.text) || owner.start !== tokens[e]!.end) return run;
  const after = tokens[e + 2];
  // (A title never stops on an owner without its ’s: there "at NAME’s …" says where the work is set, after the title.)
  if (after && /^[\p{L}\d]/u.test(after.text) && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(after.pos)) return runOf(text, tokens, run.first, e - 2);
  return runOf(text, tokens, run.first, e + 1);
}

/**
 * A run without "in" and a year in figures at its end ("produced Harbour Lights in 1998"): a title keeps a date
 * word ("Never on Sunday") but hardly ever "in" and a year, which say when the work was made.
 */
function withoutYearAfter(text: string, tokens: Token[], run: Run): Run {
  const e = run.last;
  if (e - run.first >= 2 && tokens[e - 1]!.normal === 'in' && /^(?:1[89]|20)\d\d$/.test(tokens[e]!.text)) return runOf(text, tokens, run.first, e - 2);
  return withoutTimePhraseAfter(text, tokens, run);
}

/**
 * An unquoted title ends before a time phrase run on to it: "shooting the thriller Cold Harbor in October" (not
 * "Cold Harbor in October"), "… Salt Road on Friday". A quoted title keeps its words ("“Summer in February”").
 */
function withoutTimePhraseAfter(text: string, tokens: Token[], run: Run): Run {
  if (/["“‘']$/u.test(text.slice(Math.max(0, run.start - 1), run.start))) return run;
  // Only where the time phrase can say when the work is made or shown: after a verb of shooting or release
  // ("begins shooting X in October", "opens X on Friday"), or where the title's own verb does not follow
  // ("The film Eight Days in May won …" keeps its month).
  const next = tokens[run.last + 1];
  if (!MAKING_OR_SHOWING_BEFORE.test(text.slice(Math.max(0, run.start - 60), run.start)) && next && /^(?:VERB|AUX)$/.test(next.pos)) return run;
  // (Two words at least before it: a one-word title keeps its day, "Never on Sunday".)
  for (let k = run.first + 2; k < run.last; k++) {
    if (!['in', 'on', 'at', 'until', 'by', 'from', 'this', 'next', 'last'].includes(tokens[k]!.normal)) continue;
    const when = tokens[k + 1]!;
    const rest = tokens.slice(k + 2, run.last + 1);
    if ((isMonth(when.normal) || isDayWord(when.normal)) && rest.every((t) => /^\d+$/.test(t.text) || t.text === ',')) return runOf(text, tokens, run.first, k - 1);
  }
  return run;
}

// A verb of shooting, making or showing a work, maybe with "the" and a kind word, right before a title.
const MAKING_OR_SHOWING_BEFORE = /\b(?:shoot|shoots|shooting|shot|filming|filmed|wrap|wraps|wrapping|wrapped|release|releases|releasing|released|open|opens|opening|opened|premiere|premieres|premiering|premiered|screen|screens|screening|screened|debut|debuts|debuting|debuted|direct|directs|directing|produce|produces|producing|start|starts|starting|begin|begins|beginning|finish|finishes|finishing)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "will play the late singer Ana Ruiz in Salt Road": after a verb of playing a part, a name of two or three words
 * and "in" open the run; the title is what follows "in" (the name is the part played).
 */
function afterPlayedPart(text: string, tokens: Token[], run: Run): Run {
  if (!PLAYED_BEFORE.test(text.slice(Math.max(0, run.start - 60), run.start))) return run;
  for (let k = run.first + 2; k <= run.first + 3 && k < run.last; k++) {
    if (tokens[k]!.normal !== 'in') continue;
    if (tokens.slice(run.first, k).every((t) => /^\p{Lu}[\p{L}'’-]*$/u.test(t.text))) return runOf(text, tokens, k + 1, run.last);
    return run;
  }
  return run;
}

/**
 * "will play the late senator Tom Kerr in Capitol": a biopic's title (one word too) after the one who died and
 * "in" (not a place: "in Memphis").
 */
function afterPlayedLate(text: string, tokens: Token[], s: number, e: number): boolean {
  const surface = text.slice(tokens[s]!.start, tokens[e]!.end);
  return PLAYED_LATE_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 90), tokens[s]!.start)) && !isPlaceNotGivenName(surface) && !isCityNotGivenName(surface);
}

/** "play the late singer Ana Ruiz in " right before a title. */
const PLAYED_LATE_BEFORE = /\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+the\s+late\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}\s+in\s+$/u;

const PLAYED_BEFORE = /\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3})?$/u;

/**
 * Whether tokens s..e end "in/on DATE" ("in March", "on Friday", "in 1989") after a known title: the date
 * is no part of it. An unknown title keeps its date word ("Never on Sunday").
 */
function knownTitleBeforeDate(text: string, tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || !/^(in|on)$/.test(tokens[e - 1]!.normal)) return false;
  const date = tokens[e]!;
  if (!isDayWord(date.normal) && !isMonth(date.normal) && !/^(?:1[89]|20)\d\d$/.test(date.text)) return false;
  const title = text.slice(tokens[s]!.start, tokens[e - 2]!.end);
  return mayBeKnownTitle(text, tokens[s]!.start, tokens[e - 2]!.end) && films().byName.has(key(title));
}

/** Whether tokens s..e overlap a span of `taken` (pairs of first and last token, flat). */
function overlapsTaken(taken: number[], s: number, e: number): boolean {
  for (let k = 0; k < taken.length; k += 2) if (s <= taken[k + 1]! && e >= taken[k]!) return true;
  return false;
}

/** Whether tokens s..e of a run, written `surface`, are a title here. */
function namesTitle(doc: AnalyzedArticle, run: Run, s: number, e: number, surface: string, fact: FilmFact | null, sentenceStarts: Set<number>): boolean {
  const text = doc.article.text;
  const tokens = doc.tokens;
  // (A known title after "a remake of", "a sequel to", "the US version of" is that work: "the US version of The
  // Office". Not an unknown name there: "a sequel to Operation Sandstorm" is as often a plan or a bill.)
  // (Whether a list of films opens right before the run's first word: hasCue and the unknown-title test below both ask.)
  let listedMemo: boolean | undefined;
  const listed = () => (listedMemo ??= s === run.first && listOfFilmsBefore(text, tokens[s]!.start) && fitsListOfFilms(text, tokens, s, e));
  const cued = fact && remadeOrAdapted(tokens, s) ? 'strong' : hasCue(tokens, s, e, text, run.first, listed);
  // An unknown title needs a strong cue (below): most runs are no title and have none.
  if (!fact && cued !== 'strong') return false;
  const single = e === s || (e === s + 1 && tokens[s]!.normal === 'the');
  if (lookupOutlet(surface)) return false;
  // Part of a hyphenated name is no title ("Carrie-Anne Moss").
  if (/^[-‐]\p{Lu}/u.test(text.slice(tokens[e]!.end, tokens[e]!.end + 2)) || /\p{Lu}[\p{Ll}]*[-‐]$/u.test(text.slice(Math.max(0, tokens[s]!.start - 12), tokens[s]!.start))) return false;
  // "the Titanic": a one-word title after a lower-case article is the thing it names, unless a cue follows.
  if (fact && e === s && tokens[s - 1]?.text === 'the' && !CUE_WORDS.has(tokens[e + 1]?.normal ?? '')) return false;
  const ordinary = fact?.ordinary === true || isOrdinary(tokens[e]!);
  // Capitalised mid-sentence and followed by a film word, an ordinary word is the title: "his Mummy premiere".
  const midSentence = !sentenceStarts.has(s) && !(sentenceStarts.has(s - 1) && /^["“‘(]$/.test(tokens[s - 1]!.text));
  // One word of a longer name is no title without a film word beside it ("Control" in "the Bureau of
  // Flood Control"); beside "and" or a comma it is one of a list ("Castaway and Forrest Gump").
  const joined = (k: number) => k < run.first || k > run.last || !/^\p{Lu}/u.test(tokens[k]!.text);
  const insideName = single && !(joined(s - 1) && joined(e + 1)) && cued !== 'strong' && cued !== 'after';
  if (fact) return !insideName && (!single || cued === 'strong' || !ordinary || (cued === 'after' && midSentence));
  // An unknown title needs a strong cue and more than one word, or a year: "the film Night Ferry", "Salt (2010)".
  // A person's name after a cue is no unknown title ("her debut, Jess Okonedo, …"); known titles such as "Jackie Brown" are in the gazetteer.
  // … nor is a name with a title or a suffix ("Sen. Claire McCaskill", "Cuba Gooding Jr."), nor a date ("July 2013").
  // ("Les Heures Creuses": a foreign article that is also a given name opens a title of three words or more.)
  const personLike = (e - s <= 2 && genderOfFirstName(tokens[s]!.text) !== 'unknown' && !(e - s === 2 && FOREIGN_ARTICLES.has(tokens[s]!.text))) || PERSON_TITLE.test(tokens[s]!.text) || NAME_SUFFIX.test(tokens[e]!.text) || MONTH_YEAR.test(surface);
  return cued === 'strong' && (!personLike || formatAppositionAfter(tokens, e)) && !isKnownOrganisation(surface) && s === run.first && e === run.last && (e > s || /^\s*\((?:19|20)\d\d\)/.test(text.slice(tokens[e]!.end, tokens[e]!.end + 8)) || oneWordAfterKindOfFilm(text, tokens, s) || afterPlayedLate(text, tokens, s, e) || (tokens[s]!.pos === 'PROPN' && !cueLexicon().outletKindNationalities.has(tokens[s]!.text) && !cueLexicon().nationalityNouns.has(tokens[s]!.text) && listed()));
}

// Articles of French, Spanish and Italian titles that people also bear as given names ("Les", "La").
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(['Les', 'Le', 'La', 'Los', 'Las', 'El', 'Il']);

// Kinds of film right before a one-word title: "his previous film Vetala" (data/work-words.json before_one_word_title).
const ONE_WORD_TITLE_KINDS: ReadonlySet<string> = new Set(workWords('before_one_word_title'));

/** Whether tokens[s], one proper noun and no date, follows a kind of film in small letters and one space (no headline's break): "the documentary Tidewater". */
function oneWordAfterKindOfFilm(text: string, tokens: Token[], s: number): boolean {
  const kind = tokens[s - 1];
  const word = tokens[s]!;
  if (!kind || word.start !== kind.end + 1 || kind.text !== kind.normal || !ONE_WORD_TITLE_KINDS.has(kind.normal)) return false;
  return word.pos === 'PROPN' && !isDayWord(word.normal) && !isMonth(word.normal) && !opensLongerName(text, word.text) && !endsLongerName(text, word.text) && !opensThatlessRelative(tokens, s);
}

/** Whether `word` ends a longer name elsewhere in the text ("the film Okafor shot" beside "Ada Okafor"): a surname, no title. */
function endsLongerName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = /(\p{Lu}[\p{Ll}'’-]+) $/u.exec(text.slice(Math.max(0, at - 30), at));
    if (!before) continue;
    // A capitalised word that opens its sentence ("In Tidewater …") joins no name unless it is a given name.
    const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - before[0].length - 4), at - before[0].length));
    if (!opensSentence || genderOfFirstName(before[1]!) !== 'unknown') return true;
  }
  return false;
}

// Words that end the clause a title opens: punctuation aside, relative pronouns, subordinators and conjunctions.
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'because', 'after', 'before', 'as', 'since', 'until', 'although', 'though', 'if', 'and', 'but', 'or', 'so']);

/**
 * Whether the word at s, right after a kind of film, is the subject of a relative clause with no "that"
 * ("the film Okafor shot in Lagos won …", "the documentary Okafor made about her father airs …",
 * "He sold the film Neon picked up at Toronto"), so a person or a company, not the title. A title has one
 * predicate of its own ("the documentary Tidewater follows three fishermen"); a relative's subject is followed
 * by a noun the tagger misreads ("shot"), by a second verb in the same clause, or stands after a verb that
 * already has its object (a verb of saying takes a whole clause: "said the film Vetala premiered").
 */
function opensThatlessRelative(tokens: Token[], s: number): boolean {
  const next = tokens[s + 1];
  if (!next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ' || CLAUSE_ENDS.has(next.normal)) return false;
  if (next.pos === 'NOUN' && next.text === next.normal) return true;
  if (next.pos !== 'VERB' && next.pos !== 'AUX') return false;
  const cues = cueLexicon();
  for (let k = s - 2; k >= 0 && !endsClause(tokens[k]!); k--) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !cues.speech.has(t.lemma) && !cues.report.has(t.lemma)) return true;
  }
  // Count verb groups ("has already been shown" is one); an adverb inside a group does not end it.
  let groups = 0;
  let inGroup = false;
  for (let k = s + 1; k < tokens.length && !endsClause(tokens[k]!); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // A participle or an infinitive ("living on the coast", "to open") is no predicate of its own.
      if (!inGroup && !/ing$/.test(t.normal) && tokens[k - 1]!.normal !== 'to') groups++;
      inGroup = true;
    } else if (t.pos !== 'ADV') inGroup = false;
  }
  return groups > 1;
}

function endsClause(t: Token): boolean {
  return (t.pos === 'PUNCT' && !/^['’]/.test(t.text)) || CLAUSE_ENDS.has(t.normal);
}

/** Whether `word` opens a longer capitalised name elsewhere in the text: "the film Tomás would make" beside "Tomás Ribera". */
function opensLongerName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/^\s\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 2))) return true;
  }
  return false;
}

/**
 * Capitalised words in quotation marks are as often a slogan or a scare quote (“Mostly True”) as a title.
 * One with no evidence of its own is a title in an article that names films already (a programme a
 * politician spoke on is no such sign), or beside a title it is a short or long form of (“Idol” and
 * “American Idol”).
 */
function establishQuotedTitles(doc: AnalyzedArticle, quotedTitles: QuotedTitle[], found: Established, establish: (surface: string, fact: FilmFact | null) => void): void {
  const text = doc.article.text;
  // The quote stage's spans already end before a closing comma or full stop; a title of its own that ends
  // in one keeps it (“E.T.”), or the gazetteer would not know it.
  const quoted = quotedTitles.map((q) => ({ ...q, surface: text.slice(q.start, q.end) }));
  const aboutFilms = [...found.values()].some((f) => !f.fact || f.fact.kind === 'film') || quoted.some((q) => q.evidence === 'work' || q.evidence === 'emphasis' || (q.evidence === 'known' && films().byName.get(key(q.surface))?.kind === 'film'));
  // Through sets of the titles and of their first and last words, not by comparing every pair.
  const evident = new Set(quoted.filter((q) => q.evidence).map((q) => key(q.surface)).concat([...found.keys()]));
  const partsOfEvident = new Set([...evident].flatMap(headsAndTails));
  const shortForm = (k: string) => partsOfEvident.has(k) || headsAndTails(k).some((part) => evident.has(part));
  // "The canvas, “Tidewater No. 4,”" names an artwork; the same name's short form ("the “Tidewater” series")
  // is that artist's series of pictures, no show.
  const art = new Set(quoted.filter((q) => ARTWORK_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))).map((q) => key(q.surface)));
  const artParts = new Set([...art].flatMap(headsAndTails));
  for (const q of quoted) {
    if (art.size && (art.has(key(q.surface)) || artParts.has(key(q.surface)))) continue;
    if (!q.evidence && !aboutFilms && !shortForm(key(q.surface))) continue;
    establish(q.surface, films().byName.get(key(q.surface)) ?? null);
  }
}

const ARTWORK_BEFORE = /\b(?:painting|paintings|canvas|canvases|sculpture|portrait|triptych|diptych|mural|drawing|watercolou?r|etching|lithograph|artwork|print)[ \t]*,?[ \t]*(?:titled[ \t]+|called[ \t]+)?["“‘']$/iu;

/** Bare mentions of every established surface form (and of its aliases the article uses). */
function filmsMentioned(text: string, found: Established): FilmEntity[] {
  const result: FilmEntity[] = [];
  const formsOf = (entry: EstablishedTitle) => {
    const forms = new Set<string>(entry.surface);
    if (entry.fact) for (const alias of [entry.fact.title, ...entry.fact.aliases]) if (alias.includes(' ') || alias.length > 3) forms.add(alias);
    return [...forms];
  };
  // Many titles (a list article): every form's occurrences from one pass over the text's words, not a
  // scan of the whole text for each.
  const occurrences = found.size > 32 ? occurrencesOf(text, [...found.values()].flatMap(formsOf)) : null;
  for (const entry of found.values()) {
    // "Reeves plays John Wick": a title right after a role cue names the character, not the film.
    const mentions = findAll(text, formsOf(entry), occurrences).filter((m) => !ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));
    if (!mentions.length) continue;
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((a) => a !== entry.title);
    result.push({
      title: entry.title,
      aliases,
      year: entry.fact?.year ?? yearNear(text, mentions) ?? null,
      kind: entry.fact?.kind ?? (mentions.some((m) => namedAsTelevision(text, m.start) || namedAsContestShow(text, m.start) || televisionApposition(text, m.end) || (airedOnNetworkAfter(text, m.end) && !FILM_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))) ? 'tv' : 'film'),
      mentions,
    });
  }
  return result;
}

// A film word right before a title, maybe with "titled": "The film “Copper Sky” premieres on Netflix" is a film
// whatever network shows it.
const FILM_WORD_BEFORE = /\b(?:film|movie|documentary|biopic)[\s,]*(?:(?:titled|entitled|called|named)[\s,]*)?["“‘']?$/iu;

/**
 * Whether the words right before a title name it a television work: "the television drama “Ravensmoor,”",
 * "the TV series Harbour Lights", "the sitcom …", "a BBC miniseries". An unknown title is otherwise a film.
 */
function namedAsTelevision(text: string, at: number): boolean {
  return TELEVISION_BEFORE.test(text.slice(Math.max(0, at - 50), at)) || TELEVISION_LIST_BEFORE.test(text.slice(Math.max(0, at - 150), at));
}

// (… or a reality, dating or talk show, or a season of a show: "the second season of the thriller “…”"; or a series
// or show right before it, maybe "titled": "stars in the series “Night Shift”", not "the film series “…”".)
const TELEVISION_BEFORE = /(?:\b(?:television|tv)(?:\s+[\p{L}-]+)?\s+(?:drama|series|show|comedy|thriller|sitcom|soap|programme|program)|\b(?:sitcom|soap|soap\s+opera|miniseries|docuseries|telenovela)|\b(?:reality|dating|talk|game|cooking|chat)(?:-|\s+)show|\bseasons?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}|\bseason(?:\s+[\p{L}\d-]+)?\s+(?:reunion|finale|premiere|opener)\s+of\s+|(?<!\b(?:film|movie|podcast|book|comic|broadway|stage|fashion|art|trade|runway)\s+)\b(?:series|show|docuseries|drama\s+series)(?:[\s,]+(?:titled|entitled|called|named|dubbed))?)[\s,]*["“‘']?$/iu;

/**
 * An apposition after a title naming it a series or a show: "“Saltmarsh,” the company's costliest series",
 * "“Cold Quay,” a new drama series". (The kind word ends the apposition's noun phrase.)
 */
function televisionApposition(text: string, end: number): boolean {
  return TELEVISION_APPOSITION.test(text.slice(end, end + 70));
}

const TELEVISION_APPOSITION = new RegExp(String.raw`${APPOSITION_OPENING}(?:[\p{L}\d$-]+(?:['’]s)?\s+){0,4}(?:series|show|sitcom|miniseries|docuseries|soap|telenovela)\b(?!\s+(?:host|star|creator|producer|writer|director|veteran|alum|regular))`, 'iu');

/**
 * A short form of a title the article names in full is an alias of it: "Idol" after "American Idol";
 * “Breakfast” after “Breakfast Table with Ann and Joe”, even when the short form is a title of its own, because the
 * long title came first (not after a subtitle's colon: "Alien" beside "Alien: Covenant" is the first film).
 * Titles by each run of their first and last words ("american idol" under "idol" as a tail), so a
 * short form finds its full titles without comparing every pair (an article listing thousands of titles).
 */
function mergeShortForms(result: FilmEntity[], found: Established): FilmEntity[] {
  const keys = new Map(result.map((f) => [f, key(f.title)]));
  const heads = new Map<string, FilmEntity[]>();
  const tails = new Map<string, FilmEntity[]>();
  for (const f of result) {
    const words = keys.get(f)!.split(' ');
    for (let i = 1; i < words.length; i++) {
      const head = words.slice(0, i).join(' ');
      const tail = words.slice(i).join(' ');
      if (!heads.has(head)) heads.set(head, []);
      if (!tails.has(tail)) tails.set(tail, []);
      heads.get(head)!.push(f);
      tails.get(tail)!.push(f);
    }
  }
  const order = new Map(result.map((f, i) => [f, i]));
  const merged = new Set<FilmEntity>();
  for (const short of [...result]) {
    const shortKey = keys.get(short)!;
    const known = !!found.get(shortKey)?.fact;
    // Not after a host's name: "Today" is its own show beside "Megyn Kelly Today".
    const tail = (f: FilmEntity) => !known && genderOfFirstName(f.title.split(/\s+/)[0]!) === 'unknown';
    const head = (f: FilmEntity) => !f.title.includes(':') && f.title.split(/\s+/).length >= 3 && f.mentions[0]!.start <= short.mentions[0]!.start;
    const candidates = [...(tails.get(shortKey) ?? []).filter(tail), ...(heads.get(shortKey) ?? []).filter(head)]
      .filter((f) => f !== short && f.title.length > short.title.length && !merged.has(f));
    const full = candidates.sort((a, b) => order.get(a)! - order.get(b)!)[0];
    if (!full) continue;
    full.mentions = [...full.mentions, ...short.mentions.filter((m) => !full.mentions.some((n) => n.start <= m.start && n.end >= m.end))].sort((a, b) => a.start - b.start);
    if (!full.aliases.includes(short.title)) full.aliases = [...full.aliases, short.title];
    result.splice(result.indexOf(short), 1);
    merged.add(short);
  }
  return result;
}

const ROLE_BEFORE = new RegExp(String.raw`\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|(?:stars?|starred|starring|cast|returns?|returned|returning|reprises?|reprised|reprising|appears?|appeared)\s+(?:(?:${alternatives(PERSON_POSSESSIVES)})\s+role\s+)?as|role\s+(?:of|as)|character(?:\s+of)?|\p{Lu}\p{Ll}+\s+as)\s+(?:the\s+)?$`, 'u');

/**
 * Candidate sub-spans of a run, longest first (then leftmost first), each starting and ending on a
 * capitalised word: the whole run, and the parts no longer than `longest` characters besides spaces (a
 * part can only be a known title). Without that bound a run of a few thousand capitalised words (a
 * list of names) took minutes: every part of it, sliced and folded. As first and last token in one flat
 * array: a pair and a generator result for each of many spans were most of the stage's garbage.
 */
function subRuns(tokens: Token[], run: Run, longest: number): number[] {
  // A run of one word (most runs) is its only span, when it may open a title (what may open one may end one).
  // (startsUpperOrDigit is /^[\p{Lu}\d]/u without a new RegExp object per call.)
  if (run.first === run.last) return startsUpperOrDigit(tokens[run.first]!.text) ? [run.first, run.last] : [];
  // Which tokens may start or end a span, tested once each; spans come out in order, with no list to sort.
  const mayStart: boolean[] = [];
  const mayEnd: boolean[] = [];
  // Characters of the run's tokens before each one (tokens hold no spaces).
  const before: number[] = [0];
  for (let k = run.first; k <= run.last; k++) {
    mayStart.push(startsUpperOrDigit(tokens[k]!.text));
    mayEnd.push(startsUpperOrDigit(tokens[k]!.text) || tokens[k]!.text.startsWith('!'));
    before.push(before[before.length - 1]! + tokens[k]!.text.length);
  }
  const whole = run.last - run.first;
  const spans: number[] = [];
  if (mayStart[0] && mayEnd[whole]) spans.push(run.first, run.last);
  // Every token has a character at least: a part of more than `longest` tokens is never short enough.
  for (let length = Math.min(whole, longest) - 1; length >= 0; length--) {
    for (let i = 0; i + length <= whole; i++) {
      if (mayStart[i] && mayEnd[i + length] && before[i + length + 1]! - before[i]! <= longest) spans.push(run.first + i, run.first + i + length);
    }
  }
  return spans;
}

// Film words that follow a title: "the Speed premiere", "his Mummy co-star" (data/work-words.json
// after_film_title); and its one-word credits (cues.json credit_phrases: "“Steel Horizon,” starring …").
let afterCues: ReadonlySet<string> | undefined;

/** The film words after a title and the one-word credit phrases, built once. */
function wordsAfterTitle(): ReadonlySet<string> {
  afterCues ??= new Set([...workWords('after_film_title'), ...cueLexicon().creditPhrases.filter((phrase) => !phrase.includes(' '))]);
  return afterCues;
}

const LETTER_OR_HYPHEN = /[\p{L}-]/u;

/** The word (letters and hyphens) that ends right before white space before `at`, lower-cased; a scan, not a regex over a slice (this runs for every candidate title). */
function wordBefore(text: string, at: number): string | undefined {
  let end = at;
  // (isWhiteSpace is /\s/ for one unit, without a new RegExp object per character.)
  while (end > 0 && end > at - 30 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && start > at - 30 && LETTER_OR_HYPHEN.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end).toLowerCase() : undefined;
}

/**
 * Whether the sentence before `at` last names a kind of work that is no film or show ("released 14 albums,
 * among them Low Tide (1973)"): a year after the title then dates a record or a book, not a film.
 */
function otherWorksListedBefore(text: string, at: number): boolean {
  const sentence = text.slice(Math.max(0, at - 160), at).split(/[.!?]\s+|\n/).pop() ?? '';
  let last: string | undefined;
  for (const m of sentence.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const word = m[0].toLowerCase();
    const single = word.endsWith('s') ? word.slice(0, -1) : word;
    if (OTHER_WORKS.has(word) || OTHER_WORKS.has(single)) last = 'other';
    else if (CUE_WORDS.has(word) || CUE_WORDS.has(single)) last = 'film';
  }
  return last === 'other';
}

/** Whether the sentence around start..end names a kind of work that is no film or show, and no film word. */
function sentenceNamesOtherWork(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start).split(/[.!?]\s+|\n/).pop() ?? '';
  const after = text.slice(end, end + 200).split(/[.!?](?:\s+|$)|\n/)[0] ?? '';
  let other = false;
  for (const m of `${before} ${after}`.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const word = m[0].toLowerCase();
    const single = word.endsWith('s') ? word.slice(0, -1) : word;
    if (CUE_WORDS.has(word) || CUE_WORDS.has(single)) return false;
    if (OTHER_WORKS.has(word) || OTHER_WORKS.has(single)) other = true;
  }
  return other;
}

/**
 * 'strong' for a cue that makes any capitalised phrase a title; 'weak' or 'after' (a film word after it) for
 * one that confirms a known title. A film word inside the same capitalised run (from `runFirst`) is part of a
 * longer name, no cue: "Joy" in a chanted “Show Joy, Not Fear”.
 */
function hasCue(tokens: Token[], s: number, e: number, text: string, runFirst: number, listed: () => boolean): 'strong' | 'weak' | 'after' | null {
  // The word before, hyphenated words whole ("spin-off", "follow-up").
  const word = s > runFirst ? undefined : wordBefore(text, tokens[s]!.start);
  if (word && word.includes('-') && CUE_WORDS.has(word)) return 'strong';
  const prev = s > runFirst ? undefined : tokens[s - 1];
  const prev2 = tokens[s - 2];
  if (yearInParentheses(text, tokens[e]!.end) && !otherWorksListedBefore(text, tokens[s]!.start)) return 'strong';
  // (A film word used as a verb is none: "polls show Sen. Reyes ahead", "the ads feature Reyes".)
  // ("the podcast series The Salt Tapes": a film word after another kind of work is that kind's.)
  // ("the station's morning programme Wake Up Lisboa": a news or talk programme is its guests' outlet, no show to list.)
  if (prev && CUE_WORDS.has(prev.normal) && !usedAsVerb(tokens, s - 1)) return formatOfOtherWork(prev2?.normal ?? '', prev.normal) || talkProgrammeKind(prev2, prev) ? null : 'strong';
  // "The film, A Quiet Harbour, follows …" (not a department after "of": "its head of drama, Ada Lenz,").
  if (prev?.text === ',' && prev2 && CUE_WORDS.has(prev2.normal) && !usedAsVerb(tokens, s - 2) && tokens[s - 3]?.normal !== 'of' && !formatOfOtherWork(tokens[s - 3]?.normal ?? '', prev2.normal)) return 'strong';
  // ("who produced Low Tide, said the album's title track …": a record or a book is produced too.)
  if (prev && STRONG_VERB_CUES.has(prev.normal) && !(prev.normal === 'produced' && sentenceNamesOtherWork(text, tokens[s]!.start, tokens[e]!.end))) return 'strong';
  // "whose earlier films include Nightfall, Salt Road and The Long Field": each title of a list of films.
  if (listed()) return 'strong';
  if (prev && prev2 && prev.normal === 'in' && /^(starred|starring|appeared|appears|cameo|role)$/.test(prev2.normal)) return 'strong';
  if (prev?.normal === 'in' && afterPlayedLate(text, tokens, s, e)) return 'strong';
  // Emphasis marks around a title ("**Salt and Iron**, a documentary") are skipped.
  let a = e + 1;
  while (tokens[a] && (tokens[a]!.text[0] === '*' || tokens[a]!.text[0] === '_') && /^[*_]+$/.test(tokens[a]!.text)) a++;
  const after = tokens[a];
  if (after?.text === ',' && ARTICLES_AND_PERSON_POSSESSIVES.has(tokens[a + 1]?.normal ?? '')) {
    // "Night Ferry, the new thriller from …", "Salt and Iron, a ninety-minute documentary …"
    for (let k = a + 2; k < a + 8 && k < tokens.length; k++) {
      if (CUE_WORDS.has(tokens[k]!.normal)) return appositionNamesWork(tokens, k) ? 'strong' : null;
      if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'NUM' && tokens[k]!.text !== '-') break;
    }
  }
  // "the Harbor Lights sequel": only a film has a sequel, prequel, spin-off, remake or reboot.
  if (after && /^(?:sequel|prequel|spin-?off|remake|reboot)$/.test(after.normal) && !(after.normal === 'spin' && tokens[a + 1]?.text !== '-')) return 'strong';
  // "the 2019 film adaptation of The Glass Orchard": the film bears the book's name (the book alone is no film).
  if (prev?.normal === 'of' && /^adaptations?$/.test(prev2?.normal ?? '') && SCREEN_WORDS.has(tokens[s - 3]?.normal ?? '')) return 'strong';
  // "The Glass Orchard, which was adapted into a film in 2019": the film of that name.
  // (Only a work's name: "Her memoir about life in New Orleans, which was later made into a film" names a place.)
  if (after?.text === ',' && ADAPTED_INTO_SCREEN.test(text.slice(after.end, after.end + 60)) && SOURCE_WORK_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 150), tokens[s]!.start))) return 'strong';
  // "When Silver Monsoon released, …", "before Silver Monsoon premiered in March": a work that is released or
  // premieres with no object after it (a maker releases something: "when Apple released its phone").
  // ("When Grand Lane V released in 2013, it broke sales records": a game or a program is released too, so a
  // release needs a cinema in this sentence or the one before; only a premiere is the screen's alone.)
  if (after && /^(?:released|premiered)$/.test(after.normal) && RELEASE_CLAUSE_OPENERS.has(tokens[s - 1]?.normal ?? '') && releasedWithoutObject(tokens[a + 1]) && !sentenceNamesOtherWork(text, tokens[s]!.start, tokens[e]!.end) && (after.normal === 'premiered' || cinemaNear(text, tokens[s]!.start, after.end))) return 'strong';
  // "His Harbour Lights co-star Kim Ara": an owner's name of a work before "co-star" is the show or film they shared.
  if (after && /^co-?stars?$/.test(after.normal) && PERSON_POSSESSIVES.has(tokens[s - 1]?.normal ?? '')) return 'strong';
  // "the Chilean entry The Salt Bell": a nation's entry names its film (a person after it fails namesTitle's name test).
  if (prev?.normal === 'entry' && prev2 && cueLexicon().outletKindNationalities.has(prev2.text)) return 'strong';
  // "the movie musical Harbor Lights": a musical made for the screen (a musical alone is a stage work, no film).
  if (prev?.normal === 'musical' && SCREEN_WORDS.has(prev2?.normal ?? '')) return 'strong';
  // "the animated fable The Lantern Keeper", "an animated short Paper Kites": what is animated is a film.
  if (prev && prev.pos === 'NOUN' && prev.text === prev.normal && prev2?.normal === 'animated') return 'strong';
  // "Night Ferry, which stars Ana Ruiz": only a work stars someone.
  if (after?.text === ',' && SYNOPSIS_AFTER_TITLE.test(text.slice(after.end, after.end + 40))) return 'strong';
  // "the best director prize went to Ana Ruiz for Night Ferry": a festival prize won "for" a name is won for a film.
  if (prev?.normal === 'for' && prizeWonForFilm(text, tokens[s]!.start, tokens[s]!.text)) return 'strong';
  // "the season seven reunion of Harbor Hearts", "the finale of …": a season's event belongs to a show.
  if (prev?.normal === 'of' && SEASON_EVENT_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 60), tokens[s]!.start))) return 'strong';
  if (prev && VERB_CUES.has(prev.normal)) return 'weak';
  if (after && (CUE_WORDS.has(after.normal) || wordsAfterTitle().has(after.normal))) return 'after';
  return null;
}

const SEASON_EVENT_BEFORE = /\bseason(?:[ \t]+[\p{L}\d-]+)?[ \t]+(?:reunion|finale|premiere|opener)[ \t]+of[ \t]+$|\b(?:season|series)[ \t]+(?:[\p{L}\d-]+[ \t]+)?of[ \t]+$/u;

// (Not "starred in", which a building does, nor "tells the story of", which a museum does.)
const SYNOPSIS_AFTER_TITLE = /^\s*which\s+(?:also\s+)?(?:stars|co-stars)\s+\p{Lu}/u;
const PRIZE_WORDS: ReadonlySet<string> = new Set(workWords('prize_for_film'));
const FESTIVAL_WORDS: ReadonlySet<string> = new Set(workWords('festival_context'));
// An award's category, no film: "the award for Best Director", "for Outstanding Lead Actor".
const CATEGORY_OPENERS = /^(?:Best|Outstanding|Lifetime|Most|Excellence|Achievement|Services)$/;

/**
 * Whether the sentence before offset `at` (where "for" and a name follow) tells of a prize and of the cinema:
 * "won the Palme d’Or on Saturday for …", "the best director prize went to the filmmaker Ana Ruiz for …".
 * (A book or a record wins prizes too: the cinema word is what makes it a film.)
 */
function prizeWonForFilm(text: string, at: number, firstWord: string): boolean {
  if (CATEGORY_OPENERS.test(firstWord)) return false;
  // ("won the jury award for New York": a place the prize honours or is won in.)
  const rest = /^(?:\p{Lu}[\p{L}'’.-]*[ \t]?)*/u.exec(text.slice(at, at + 60))![0].trim();
  if (isPlaceNotGivenName(rest) || isCityNotGivenName(rest)) return false;
  const before = text.slice(Math.max(0, at - 300), at).split(/[.!?]["”’]?\s+|\n/).pop() ?? '';
  const words = before.toLowerCase().split(/[^\p{L}-]+/u);
  return words.some((w) => PRIZE_WORDS.has(w)) && words.some((w) => FESTIVAL_WORDS.has(w));
}

const RELEASE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'before', 'after', 'since', 'until', 'once']);

/** Words of the cinema that show a work "released" is a film: "When X released, I hid in a theatre". */
const CINEMA_WORDS = /\b(?:films?|movies?|theatres?|theaters?|cinemas?|screens|multiplex(?:es)?|box[- ]office)\b/i;

/** Whether CINEMA_WORDS occur in the sentence around start..end or in the sentence before it. */
function cinemaNear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 400), start).split(/(?<=[.!?][”"’]?)\s+|\n/).slice(-2).join(' ');
  const after = text.slice(end, end + 200).split(/[.!?](?:\s+|$)|\n/)[0] ?? '';
  return CINEMA_WORDS.test(`${before} ${after}`);
}

/** Whether the token after "released"/"premiered" ends the clause or opens a time or place: no object follows. */
function releasedWithoutObject(next: Token | undefined): boolean {
  return !next || /^[,.;:!?)”"’]$/.test(next.text) || /^(?:in|on|at|last|this|worldwide|nationwide|globally)$/.test(next.normal);
}

/** Words for the screen before "adaptation of" a book: "the film adaptation of", "a TV adaptation of". */
const SCREEN_WORDS: ReadonlySet<string> = new Set(['film', 'movie', 'screen', 'television', 'tv', 'series']);
const ADAPTED_INTO_SCREEN = /^\s*(?:which|that)\s+(?:was|were|has\s+been|had\s+been|is\s+being|was\s+later|was\s+also)\s+(?:later\s+|also\s+)?(?:adapted|made)\s+into\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:film|movie|television\s+series|tv\s+series|series|miniseries)\b/iu;

// A list's opening, "films include" or "movies such as", and the titles listed before this one ("X, Y and ").
const LISTED_TITLE = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|the|in|on|at|to|a|for)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,5}`;
// The titles of a list before this one, each followed by its joiner: "X, Y and ".
const TITLES_LISTED_BEFORE = String.raw`(?:${LISTED_TITLE}(?:,[ \t]+|,?[ \t]+and[ \t]+))*`;
// What opens a list of kinds of work: "the ", "his ", "the hit " (capitalised at a sentence's start), perhaps one small word more.
const LIST_OWNER = String.raw`(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Hh]it)[ \t]+(?:[\p{Ll}-]+[ \t]+)?`;
// … or a plural kind of film or show right after "the", a possessive or "hit": "the hit dramas X and Y".
const FILM_LIST_BEFORE = new RegExp(String.raw`\b(?:(?:films|movies|documentaries)[ \t]+(?:include|included|includes|including|such[ \t]+as)|${LIST_OWNER}(?:films|movies|documentaries|dramas|sitcoms|telenovelas|miniseries))[ \t]+${TITLES_LISTED_BEFORE}$`, 'u');

// The kind of work a film is made from right before its name ("her novel "), or opening a list of such works
// before it ("five novels, including The Salt Road and "): the name before ADAPTED_INTO_SCREEN is that work's.
const SOURCE_WORKS = String.raw`(?:novels?|novellas?|books?|memoirs?|plays?|story|stories|comics?)`;
const SOURCE_WORK_BEFORE = new RegExp(String.raw`\b${SOURCE_WORKS}(?:[ \t]+|,?[ \t]+(?:including|such[ \t]+as|among[ \t]+them)[ \t]+${TITLES_LISTED_BEFORE})$`, 'u');

// (The list's opening capitalised at a sentence's start: "Her dramas X and Y ran for years.")
// … and such a list of shows: "the sitcoms X and Y", "her telenovelas X, Y and Z" are television's.
const TELEVISION_LIST_BEFORE = new RegExp(String.raw`\b${LIST_OWNER}(?:dramas|sitcoms|telenovelas|miniseries|soaps|docuseries)[ \t]+${TITLES_LISTED_BEFORE}$`, 'u');

/** Whether a list of films opens right before offset `at` ("films include X, Y and "): FILM_LIST_BEFORE on the 150 characters before. */
function listOfFilmsBefore(text: string, at: number): boolean {
  return FILM_LIST_BEFORE.test(text.slice(Math.max(0, at - 150), at));
}

/**
 * Whether tokens s..e, after a list's opening ("the documentaries …", "his films …"), can be a listed title: no
 * day, month or place ("air the documentaries Sunday and Monday"), and one word only inside a list ("X and Y",
 * "X, Y"). A lone title that a verb follows is the subject of a relative clause with no "that": "his films
 * Hollywood ignored were his best".
 */
function fitsListOfFilms(text: string, tokens: Token[], s: number, e: number): boolean {
  const surface = text.slice(tokens[s]!.start, tokens[e]!.end);
  if (e === s && (isDayWord(tokens[s]!.normal) || isMonth(tokens[s]!.normal))) return false;
  if (isPlaceNotGivenName(surface) || isCityNotGivenName(surface)) return false;
  return joinedInList(text, tokens[s]!.start, tokens[e]!.end) || (e > s && !opensThatlessRelative(tokens, e));
}

/** A list joiner right before a run: a comma or "and", then spaces (", and " is six characters). */
const JOINER_BEFORE = /(?:,|\band)[ \t]+$/;
/** A list joiner right after a run, then the next item's capital: ", X", " and X", ", and X" (at most 7 characters). */
const JOINER_AFTER = /^(?:,[ \t]+|,?[ \t]+and[ \t]+)\p{Lu}/u;

/**
 * Whether the run text[start, end) is one item of a list of names: a comma or "and" joins it to the item
 * before ("X and Cold River") or to a capitalised item after ("Cold River, X"). The windows are just wide
 * enough for the longest joiner with one space each side.
 */
function joinedInList(text: string, start: number, end: number): boolean {
  return JOINER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || JOINER_AFTER.test(text.slice(end, end + 8));
}

/** Words for a work made again or abroad, before "of"/"to" and the work: "a remake of", "a sequel to". */
const REMADE_WORK_WORDS: ReadonlySet<string> = new Set(['remake', 'remakes', 'reboot', 'sequel', 'prequel', 'spin-off', 'spinoff']);
/** Countries' adjectives before "version of" a show: "the US version of". */
const VERSION_COUNTRIES: ReadonlySet<string> = new Set(['us', 'u.s.', 'american', 'british', 'uk', 'u.k.', 'french', 'korean', 'spanish', 'german', 'italian', 'australian', 'indian', 'japanese']);

/** Whether tokens[s] follows "a remake of", "a sequel to" or "the US version of". */
function remadeOrAdapted(tokens: Token[], s: number): boolean {
  const prep = tokens[s - 1]?.normal;
  const noun = tokens[s - 2]?.normal ?? '';
  if ((prep === 'of' || prep === 'to') && REMADE_WORK_WORDS.has(noun)) return true;
  return prep === 'of' && noun === 'version' && VERSION_COUNTRIES.has(tokens[s - 3]?.normal ?? '');
}

/** A programme word after the kind of a talk or news programme: "morning programme", "breakfast show" (data/work-words.json). */
function talkProgrammeKind(kind: Token | undefined, programme: Token): boolean {
  return !!kind && PROGRAMME_NAMES.has(programme.normal) && TALK_PROGRAMME_KINDS.has(kind.normal);
}

const PROGRAMME_NAMES: ReadonlySet<string> = new Set(workWords('names_a_programme'));
const TALK_PROGRAMME_KINDS: ReadonlySet<string> = new Set(workWords('talk_programme_kind'));

/**
 * Whether the film word at k heads an apposition after a name ("Night Ferry, the new thriller"). Not when it
 * qualifies a person noun ("Rush Reyes, the veteran quiz-show host"), nor when it is a possessive owner:
 * "Kaisa Voller, the film's producer" and "the series' director" describe a person; the noun after the
 * possessive is the head, so "Night Ferry, the film's sequel" is still a work.
 */
function appositionNamesWork(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  if (POSSESSIVE_ENDING.test(next)) return CUE_WORDS.has(tokens[k + 2]?.normal ?? '');
  return !PEOPLE_OF_WORKS.has(tokens[k + 1]?.normal ?? '');
}

/**
 * "Maple Hollis, the daytime soap opera that has aired …": a format noun heading the apposition and a clause
 * or the sentence's end after it names a work even when the title opens on a given name (no person is "a
 * soap that aired"; "Ana Reyes, a documentary maker," goes on with a person's noun and is kept a person).
 */
function formatAppositionAfter(tokens: Token[], e: number): boolean {
  if (tokens[e + 1]?.text !== ',' || !ARTICLES_AND_PERSON_POSSESSIVES.has(tokens[e + 2]?.normal ?? '') || PERSON_POSSESSIVES.has(tokens[e + 2]?.normal ?? '')) return false;
  for (let k = e + 3; k < e + 8 && k < tokens.length; k++) {
    if (!FORMAT_HEADS.has(tokens[k]!.normal)) continue;
    let after = k + 1;
    if (tokens[k]!.normal === 'soap' && tokens[after]?.normal === 'opera') after++;
    return FORMAT_APPOSITION_ENDS.has(tokens[after]?.normal ?? '.');
  }
  return false;
}

const FORMAT_HEADS: ReadonlySet<string> = new Set(['soap', 'sitcom', 'series', 'drama', 'miniseries', 'docuseries', 'telenovela', 'film', 'movie', 'documentary', 'show']);
const FORMAT_APPOSITION_ENDS: ReadonlySet<string> = new Set(['that', 'which', ',', '.', ';', 'about', 'set', 'starring', 'created', 'now', 'on', 'from']);

const POSSESSIVE_ENDING = /^['’]s?$/;

// People named by the work they make or appear in: "the talk-show host", "the reality-show star".
const PEOPLE_OF_WORKS = new Set(['host', 'hosts', 'star', 'stars', 'creator', 'producer', 'director', 'writer', 'actor', 'actress', 'presenter', 'anchor', 'judge', 'contestant', 'winner', 'veteran', 'alum', 'personality', 'executive', 'critic', 'fan']);

/** A film word that is a verb here: tagged so, or after a plural noun, a pronoun or an auxiliary ("reports show"). */
function usedAsVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // The tagger reads "hit" after a compound or a possessive as a verb: "the prime-time hit", "Caracol's hit".
  // "his debut, Dust Road", "her show": after an owner's possessive the word is a noun, however tagged.
  if (/^(show|feature|hit|debut)$/.test(t.normal) && PERSON_POSSESSIVES.has(tokens[k - 1]?.normal ?? '')) return false;
  if (t.pos === 'VERB') return !afterCompoundOrPossessive(tokens, k);
  if (!/^(show|feature|hit|debut)$/.test(t.normal)) return false;
  const before = tokens[k - 1];
  return !!before && ((before.pos === 'NOUN' && /s$/.test(before.normal)) || before.pos === 'PRON' || before.pos === 'AUX' || before.normal === 'to');
}

/** Whether tokens[k] follows a hyphenated compound ("prime-time", "box-office") or an owner's "'s": a noun's modifiers. */
function afterCompoundOrPossessive(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  const touches = (left: Token | undefined, right: Token) => !!left && left.end === right.start;
  // An owner's "'s" written onto its noun: "Caracol" + "'s" + "hit".
  if (POSSESSIVE_ENDING.test(before.text) && touches(tokens[k - 2], before)) return true;
  // A hyphenated compound, three tokens with no space between: "prime" + "-" + "time" + "hit".
  const hyphen = tokens[k - 2];
  return hyphen?.text === '-' && touches(hyphen, before) && touches(tokens[k - 3], hyphen);
}

/** /^\s*\((?:19|20)\d\d\)/ on the eight characters from `at`, sliced only when a "(" opens them after white space. */
function yearInParentheses(text: string, at: number): boolean {
  for (let k = at; k < at + 8 && k < text.length; k++) {
    if (text[k] === '(') return /^\s*\((?:19|20)\d\d\)/.test(text.slice(at, at + 8));
    if (!isWhiteSpace(text.charCodeAt(k))) return false;
  }
  return false;
}

/** A one-word title that is also an ordinary word ("Ballerina", "Up", "Speed") needs a cue. */
function isOrdinary(t: Token): boolean {
  // A given name is an ordinary word here too ("Carrie", "Annie"): people carry it far more often.
  return t.pos !== 'PROPN' || t.normal.length <= 4 || genderOfFirstName(t.text) !== 'unknown';
}

/**
 * Every whole-word occurrence of the forms, longest forms first, none overlapping another. `occurrences`,
 * when given, holds where forms stand (from occurrencesOf); a form it lacks is searched for in the text.
 */
function findAll(text: string, forms: string[], occurrences: Map<string, number[]> | null = null): Mention[] {
  const mentions: Mention[] = [];
  const sorted = forms.filter(Boolean).sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    const at = occurrences?.get(form) ?? null;
    let from = 0;
    for (let n = 0; ; n++) {
      let i: number;
      if (at) {
        while (n < at.length && (at[n]! < from || !text.startsWith(form, at[n]!))) n++;
        i = n < at.length ? at[n]! : -1;
      } else {
        i = text.indexOf(form, from);
      }
      if (i < 0) break;
      from = i + form.length;
      const before = text[i - 1] ?? ' ';
      const after = text[i + form.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (mentions.some((m) => i < m.end && i + form.length > m.start)) continue;
      mentions.push({ start: i, end: i + form.length, text: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

/** The letters and digits a form starts with, one UTF-16 unit at a time (as findAll tests its edges). */
function leadingWord(form: string): string {
  let k = 0;
  while (k < form.length && WORD_UNIT.test(form[k]!)) k++;
  return form.slice(0, k);
}

/**
 * Where each form that starts with a letter or digit stands in the text, in text order: at every start of
 * the form's first word, the text of each length the forms with that first word have, looked up.
 */
function occurrencesOf(text: string, forms: string[]): Map<string, number[]> {
  const byFirstWord = new Map<string, { forms: Set<string>; lengths: Set<number> }>();
  for (const form of forms) {
    const first = leadingWord(form);
    if (!first) continue;
    const group = byFirstWord.get(first) ?? { forms: new Set<string>(), lengths: new Set<number>() };
    group.forms.add(form);
    group.lengths.add(form.length);
    byFirstWord.set(first, group);
  }
  const out = new Map<string, number[]>();
  for (const group of byFirstWord.values()) for (const form of group.forms) out.set(form, []);
  for (const [word, positions] of wordStarts(text)) {
    const group = byFirstWord.get(word);
    if (!group) continue;
    for (const at of positions) {
      for (const length of group.lengths) {
        const candidate = text.slice(at, at + length);
        if (group.forms.has(candidate)) out.get(candidate)!.push(at);
      }
    }
  }
  return out;
}

/** Where each word (a run of letters and digits) of the text starts, by the word. */
function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  let k = 0;
  while (k < text.length) {
    if (!WORD_UNIT.test(text[k]!)) {
      k++;
      continue;
    }
    const from = k;
    while (k < text.length && WORD_UNIT.test(text[k]!)) k++;
    const word = text.slice(from, k);
    const list = starts.get(word);
    if (list) list.push(from);
    else starts.set(word, [from]);
  }
  return starts;
}

function yearNear(text: string, mentions: Mention[]): number | null {
  for (const m of mentions) {
    const y = /^\s*\(((?:19|20)\d\d)\)/.exec(text.slice(m.end, m.end + 8));
    if (y) return Number(y[1]);
  }
  return null;
}

/** The mentions that lie inside a longer one, in one sweep by start (a pairwise test was quadratic). */
function mentionsInsideLonger(mentions: Mention[]): Set<Mention> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const inside = new Set<Mention>();
  let endBefore = -1; // the furthest end of the mentions that start before the current start
  let groupStart = -1;
  let groupEnd = -1; // the furthest end of the mentions that start where the current one does
  for (const m of sorted) {
    if (m.start !== groupStart) {
      endBefore = Math.max(endBefore, groupEnd);
      groupStart = m.start;
      groupEnd = m.end;
    }
    if (endBefore >= m.end || groupEnd > m.end) inside.add(m);
  }
  return inside;
}

