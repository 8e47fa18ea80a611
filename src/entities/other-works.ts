// Rejecting works that are no film or show: albums, songs, books, plays, parts of a show, named beside a title.
import { workWords } from '../lexicon/work-words.js';
import { THIRD_PERSON_POSSESSIVES, alternatives } from '../nlp/words.js';
import { CUE_WORDS } from './film-cue-words.js';
import { APPOSITION_OPENING } from './title-apposition.js';
import { namesProduct } from './product-names.js';
import { stagedTitle } from './stage-context.js';
import { namesGame } from './game-titles.js';
import { writtenInTitle } from './written-in-title.js';
import { titleContexts } from '../lexicon/title-contexts.js';
import { namesHitPodcast, namesHitSong } from './hit-songs.js';

// Words that are no genre before a film word: "“Salt Line” was a hit", "“Salt Line” ratings show".
export const NOT_A_GENRE = new RegExp(String.raw`^(?:is|was|are|were|be|been|has|had|have|a|an|the|and|or|but|as|${alternatives(THIRD_PERSON_POSSESSIVES)}|to|for|of|in|on|at|by|with|became|becomes|remains|stays|still|also|\p{Ll}+s)$`, 'u');

// Works that are no film or show (films are film|tv), and parts of a show: "her memoir, titled “…”", "the album “…”"
// (data/work-words.json other_work; a podcast is an outlet: "her podcast, “Late Pass,”").
export const OTHER_WORKS: ReadonlySet<string> = new Set(workWords('other_work'));
// The kind of work right after the title: "her “Salt Line” podcast", "the “Tide Hymnal” album" (work-words.json
// other_work_after_title; not a part of a show, which follows its title: "the “Salt Line” episode where …").
const OTHER_WORK_AFTER = new RegExp(String.raw`^,?\s+(?:${workWords('other_work_after_title').join('|')})\b`, 'i');
// "“Salt Line,” the sixth episode of …": an apposition naming a part of a work.
const PART_OF_A_WORK = new RegExp(String.raw`${APPOSITION_OPENING}(?:[\p{L}\d-]+\s+){0,2}?(?:episode|chapter|track|song|single)\s+(?:of|from|on)\b`, 'iu');

// "performed “Thunder Road” with the band", "sang “…”": a verb of performing right before the title makes it a song or a
// piece (data/work-words.json performed_before_title).
const PERFORMED: ReadonlySet<string> = new Set(workWords('performed_before_title'));
// "the “Ready, Set, Go” program had helped residents": a programme that helps, funds or serves people is a public
// scheme, no broadcast (a broadcast programme airs, runs or is watched).
const SCHEME_PROGRAMME = /^\s+(?:program|programme|initiative|scheme)\b(?:\s+(?:has|had|have|will|would|that|which|also|already))*\s+(?:helped|helps|help|funds|funded|provides|provided|offers|offered|pays|paid|serves|served|enrols|enrolls|enrolled|subsidises|subsidizes|subsidised|subsidized|trains|trained)\b/u;

/**
 * Whether a title in quotation marks names a book, a record or a part of a show rather than a film or show:
 * the kind of work right before it, maybe with "titled" ("The memoir, titled “…”"), or an apposition after
 * it ("“…,” the sixth episode of …"); also a product's name, a title in a sentence about the stage, one a writer writes in, or a band's or a podcast's hit. `open` is the opening mark, `after` the first character after the closing one.
 */
export function namesOtherWork(text: string, open: number, after: number): boolean {
  // (An appearance on one is the same kind: "a podcast appearance on “…”", "an album interview on …".)
  const kind = /([\p{L}-]+)(?:\s+(?:appearance|interview|episode|segment)\s+(?:on|of))?(?:[\s,]+(?:titled|entitled|called|named))?[\s,]*$/u.exec(text.slice(Math.max(0, open - 60), open))?.[1];
  return (!!kind && (OTHER_WORKS.has(kind.toLowerCase()) || PERFORMED.has(kind.toLowerCase()))) || SCHEME_PROGRAMME.test(text.slice(after, after + 60)) || exampleOfOtherWorks(text.slice(Math.max(0, open - 120), open)) || collectionOfOtherThings(text.slice(Math.max(0, open - 60), open)) || OTHER_WORK_AFTER.test(text.slice(after, after + 20)) || PART_OF_A_WORK.test(text.slice(after, after + 60)) || otherWorkApposition(text.slice(after, after + 60)) || madeWorkApposition(text.slice(after, after + 100)) || stageWorkApposition(text.slice(after, after + 80)) || namesProduct(text, open, after) || stagedTitle(text, open, after) || namesGame(text, open, after) || writtenInTitle(text, open, after) || namesHitSong(text, open, after) || namesHitPodcast(text, open, after);
}

// "hits such as “Paper Kites” and “Blue Glass”", "singles like “…”": titles given as examples of works that are no
// films (data/work-words.json examples_not_screen; not "box-office hits such as …").
const EXAMPLE_OF_WORKS = new RegExp(String.raw`(?<!\b(?:box-office|box\s+office|film|movie|screen|tv|television)\s+)\b(?:${workWords('examples_not_screen').join('|')})\s+(?:such\s+as|like|including)\s+(?:[“"][^“”"]{1,60}[”"],?\s+(?:(?:and|or)\s+)?)*$`, 'iu');

const EXAMPLE_OPENERS = /such\s+as|like|including/iu;

/** Whether `preceding`, the text before a title's opening mark, gives the title as an example of works that are no films. */
function exampleOfOtherWorks(preceding: string): boolean {
  // (A cheap test for the words every match holds first: the pattern tries each word of the text before every title.)
  return EXAMPLE_OPENERS.test(preceding) && EXAMPLE_OF_WORKS.test(preceding);
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
export function formatOfOtherWork(kind: string, format: string): boolean {
  return FORMATS.has(format) && OTHER_WORKS.has(kind);
}

/**
 * An apposition naming a stage work: "“The Glass Key,” the $14 million stage adaptation of …", "“…,” the
 * season's most expensive play". A stage word counts only before any film word ("the film version of the
 * play" is a film).
 */
// An apposition whose head names a work that is no film or show: "“Rosa del Valle,” a ballad about …", "“…,” his new
// single", "“…,” a 2019 podcast hosted by …". (Not a part of a show, "“…,” the last episode", nor a film word before the head: "“…,” a film about a song".)
const WORK_APPOSITION = new RegExp(String.raw`${APPOSITION_OPENING}((?:(?:[\p{L}-]+|\d{4})\s+){0,3}?)([\p{L}-]+)(?=\s*(?:[,.;:—–]|$|\s(?:about|that|which|from|by|with|for|in|on|of|who|she|he|they|released|recorded|written|hosted|published|narrated)\b))`, 'iu');
const SHOW_PARTS: ReadonlySet<string> = new Set(['episode', 'finale', 'hour', 'segment', 'instalment', 'installment', 'chapter', 'tour', 'headline', 'headlined', 'petition', 'phrase', 'term', 'expression']);

/** Whether `following`, the text after a title's closing mark, is an apposition headed by a work that is no film or show. */
function otherWorkApposition(following: string): boolean {
  const m = WORK_APPOSITION.exec(following);
  if (!m) return false;
  const head = m[2]!.toLowerCase();
  if (!OTHER_WORKS.has(head) || SHOW_PARTS.has(head)) return false;
  return !m[1]!.toLowerCase().split(/\s+/).some((w) => CUE_WORDS.has(w));
}

let madeWorkRe: RegExp | undefined;

/**
 * An apposition naming a work that is no film and who made it: "“Red,” the song Ana Ruiz wrote about him", "“…,”
 * the album she recorded in a barn" (data/title-contexts.json making_verbs). The WORK_APPOSITION above stops
 * at a pronoun but not at a name.
 */
function madeWorkApposition(following: string): boolean {
  madeWorkRe ??= new RegExp(String.raw`${APPOSITION_OPENING}(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+(?:that\s+|which\s+)?(?:he|she|they|(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:\p{Ll}+ly\s+)?(?:${titleContexts().making_verbs.join('|')})\b`, 'u');
  const head = madeWorkRe.exec(following)?.[1];
  return !!head && OTHER_WORKS.has(head) && !SHOW_PARTS.has(head);
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
