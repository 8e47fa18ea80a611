// Whether the words before or after a title name it a television work rather than a film.
import { TELEVISION_LIST_BEFORE } from './film-lists.js';
import { APPOSITION_OPENING } from './title-apposition.js';
import { networkNames } from './aired-titles.js';
import { workWords } from '../lexicon/work-words.js';
import { lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { screeningCues } from '../lexicon/screening-cues.js';
import { regExpLiteral } from '../text/regexp-literal.js';

// A film word right before a title, maybe with "titled": "The film “Copper Sky” premieres on Netflix" is a film
// whatever network shows it.
export const FILM_WORD_BEFORE = /\b(?:film|movie|documentary|biopic)[\s,]*(?:(?:titled|entitled|called|named)[\s,]*)?["“‘']?$/iu;

/**
 * Whether the words right before a title name it a television work: "the television drama “Ravensmoor,”",
 * "the TV series Harbour Lights", "the sitcom …", "a BBC miniseries". An unknown title is otherwise a film.
 */
export function namedAsTelevision(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 50), at);
  return TELEVISION_BEFORE.test(before) || GUEST_ON_BEFORE.test(before) || networkGenreBeforePattern().test(before) || broadcasterProgrammeBefore(before) || broadcasterOwnsQuotedTitle(before) || TELEVISION_LIST_BEFORE.test(text.slice(Math.max(0, at - 150), at));
}

// A guest's verb or noun and "on" right before a title: "Appearing on “Hannity” on Wednesday, the senator said": one
// appears, speaks or is interviewed on a broadcast (television or radio), and in a film ("an appearance on “The
// Late Show”" too: a guest's appearance, no part).
const GUEST_ON_BEFORE = /\b(?:appearing|appeared|appears|appearance|appearances|speaking|spoke|guest|interviewed)\s+on\s*["“‘']?$/iu;

// A broadcaster's name, a word maybe, and "programme" right before a title: "the RAI program Porta a Porta", "a BBC
// current-affairs programme …". A broadcaster's programme is on television, no film (a council's "program" is a scheme).
const PROGRAMME_AFTER_NAME_BEFORE = /(\p{Lu}[\p{L}\d+&!.-]*(?:\s+\p{Lu}[\p{L}\d+&!.-]*){0,3})(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:programme|program)[\s,]*["“‘']?$/u;

// A broadcaster's possessive right before a quoted title: "CNN's “State of the Union”" is its programme, no film.
const OWNER_BEFORE_QUOTED_TITLE = /(\p{Lu}[\p{L}\d+&!.-]*(?:\s+\p{Lu}[\p{L}\d+&!.-]*){0,3})['’]s\s*["“]$/u;

function broadcasterOwnsQuotedTitle(before: string): boolean {
  const words = OWNER_BEFORE_QUOTED_TITLE.exec(before)?.[1]!.split(/\s+/) ?? [];
  return words.some((_, i) => {
    const outlet = lookupOutlet(words.slice(i).join(' '));
    return !!outlet && outletKind(outlet) === 'broadcaster';
  });
}

function broadcasterProgrammeBefore(before: string): boolean {
  const words = PROGRAMME_AFTER_NAME_BEFORE.exec(before)?.[1]!.split(/\s+/) ?? [];
  // (The name's last words: "The RAI" or "Italy's RAI" hold the broadcaster at their end.)
  return words.some((_, i) => {
    const outlet = lookupOutlet(words.slice(i).join(' '));
    return !!outlet && outletKind(outlet) === 'broadcaster';
  });
}

// A network and a kind of show right before a title, one more word between them maybe: "the BBC drama “Low Tide”",
// "a Netflix crime thriller", "the Channel 4 comedy" (data/work-words.json network_genre). Not a film word between:
// "the Netflix film “…”" stays a film.
let networkGenreBefore: RegExp | undefined;
function networkGenreBeforePattern(): RegExp {
  return (networkGenreBefore ??= new RegExp(String.raw`\b${networkNames()}(?:['’]s)?\s+(?:(?!(?:film|movie|documentary|biopic|feature)\b)[\p{Ll}-]+\s+)?(?:${workWords('network_genre').join('|')})[\s,]*["“‘']?$`, 'u'));
}

// (… or a reality, dating or talk show, or a season of a show: "the second season of the thriller “…”"; or a series
// or show right before it, maybe "titled": "stars in the series “Night Shift”", not "the film series “…”".)
const TELEVISION_BEFORE = /(?:\b(?:television|tv)(?:\s+[\p{L}-]+)?\s+(?:drama|series|show|comedy|thriller|sitcom|soap|programme|program)|\b(?:sitcom|soap|soap\s+opera|miniseries|docuseries|telenovela)|\b(?:reality|dating|talk|game|cooking|chat)(?:-|\s+)show|\bseasons?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}|\bseason(?:\s+[\p{L}\d-]+)?\s+(?:reunion|finale|premiere|opener)\s+of\s+|(?<!\b(?:film|movie|podcast|book|comic|broadway|stage|fashion|art|trade|runway)\s+)\b(?:series|show|docuseries|drama\s+series)(?:[\s,]+(?:titled|entitled|called|named|dubbed))?)[\s,]*["“‘']?$/iu;

// "the children's programme “Sunny Street”", "BBC Radio 4's “Today” programme": a programme or show word right
// beside a title makes it a broadcast, never a film. ("show" before a title is TELEVISION_BEFORE's, which leaves out
// trade and art shows.)
const PROGRAMME_WORD_BEFORE = /\b(?:programme|program)[\s,]*["“‘']?$/iu;
const PROGRAMME_WORD_AFTER = /^["”’']?[\s,]*(?:programme|program|show)\b(?!\s+(?:that|how|the|a|an|it|its|his|her|their)\b)/iu;

// "the late “Heat” show", "the “Heat” show at the Odeon": a "show" after a title with a screening's time before it or
// a cinema after it is a screening of a film (data/screening-cues.json).
let screening: { before: RegExp; after: RegExp } | undefined;
function screeningPatterns(): { before: RegExp; after: RegExp } {
  return (screening ??= {
    before: new RegExp(String.raw`(?<![\p{L}-])(?:${screeningCues('before_title').map(regExpLiteral).join('|')})\s+["“‘']?$`, 'iu'),
    after: new RegExp(String.raw`^["”’']?[\s,]*show\s+at\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:${screeningCues('venue_after').map(regExpLiteral).join('|')})(?![\p{L}-])`, 'iu'),
  });
}

/**
 * Whether a programme or show word stands right before or after the title at start..end. A film word right
 * before the title wins ("the film “Sicario” programme notes"), and "show" after it is a screening with a
 * screening's time or a cinema beside it.
 */
export function programmeWordBeside(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (FILM_WORD_BEFORE.test(before)) return false;
  if (PROGRAMME_WORD_BEFORE.test(before.slice(-20))) return true;
  const after = text.slice(end, end + 80);
  if (!PROGRAMME_WORD_AFTER.test(after)) return false;
  const { before: timeBefore, after: venueAfter } = screeningPatterns();
  return !/^["”’']?[\s,]*show\b/iu.test(after) || !(timeBefore.test(before) || venueAfter.test(after));
}

/**
 * An apposition after a title naming it a series or a show: "“Saltmarsh,” the company's costliest series",
 * "“Cold Quay,” a new drama series". (The kind word ends the apposition's noun phrase.)
 */
export function televisionApposition(text: string, end: number): boolean {
  return TELEVISION_APPOSITION.test(text.slice(end, end + 70));
}

const TELEVISION_APPOSITION = new RegExp(String.raw`${APPOSITION_OPENING}(?:[\p{L}\d$-]+(?:['’]s)?\s+){0,4}(?:series|show|sitcom|miniseries|docuseries|soap|telenovela)\b(?!\s+(?:host|star|creator|producer|writer|director|veteran|alum|regular))`, 'iu');

/**
 * A network's special around a title: "the ABC special “A Night for Heroes”", "NBC’s “Lights on the Square”
 * special". A one-off broadcast, so a TV work, never anyone's words. `open` is where the title (or its opening
 * mark) starts, `after` where it (or its closing mark) ends.
 */
export function networkSpecialAround(text: string, open: number, after: number): boolean {
  const before = text.slice(Math.max(0, open - 40), open);
  if (networkSpecialBeforePattern().test(before)) return true;
  return networkPossessiveBeforePattern().test(before) && /^["”’']?\s+special\b/u.test(text.slice(after, after + 12));
}

let networkSpecialBefore: RegExp | undefined;
let networkPossessiveBefore: RegExp | undefined;
function networkSpecialBeforePattern(): RegExp {
  return (networkSpecialBefore ??= new RegExp(String.raw`\b${networkNames()}(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?special[\s,]*(?:(?:titled|entitled|called)[\s,]*)?["“‘']?$`, 'u'));
}
function networkPossessiveBeforePattern(): RegExp {
  return (networkPossessiveBefore ??= new RegExp(String.raw`\b${networkNames()}['’]s\s+["“‘']?$`, 'u'));
}

/**
 * A title renewed for a season is a series (a film has no seasons): "Night Ferry" Renewed for Third Season,
 * "renewed its thriller “Night Ferry” for a third season". `open` and `after` as in networkSpecialAround.
 */
export function renewedForSeason(text: string, open: number, after: number): boolean {
  const following = text.slice(after, after + 60);
  if (RENEWED_FOR_SEASON_AFTER.test(following)) return true;
  return FOR_SEASON_AFTER.test(following) && RENEWED_BEFORE.test(text.slice(Math.max(0, open - 60), open));
}

const RENEWED_FOR_SEASON_AFTER = /^["”’']?,?\s+(?:(?:is|was|has\s+been|have\s+been|been|gets?|got)\s+)?renewed\s+for\s+(?:a\s+|an\s+|another\s+|its\s+)?(?:[\p{L}\d-]+\s+)?season\b/iu;
const FOR_SEASON_AFTER = /^["”’']?,?\s+for\s+(?:a|an|another|its)\s+(?:[\p{L}\d-]+\s+)?season\b/iu;
// (The renewing verb in the same clause before the title: "has renewed its thriller ".)
const RENEWED_BEFORE = /\brenew(?:s|ed|ing)?\s+(?:[^\s.;!?]+\s+){0,4}["“‘']?$/iu;

/**
 * A title that runs for counted seasons or episodes, or that a network cancels or renews, is a series (a film has
 * neither): "“Late Shift” ended after nine seasons", "“Late Shift,” which ran for 200 episodes", "The network
 * cancelled “Late Shift”", "NBC axed “Late Shift”". `open` and `after` as in networkSpecialAround.
 */
export function seasonsOrNetworkCancelled(text: string, open: number, after: number): boolean {
  if (COUNTED_SEASONS_AFTER.test(text.slice(after, after + 70))) return true;
  return networkCancelledBeforePattern().test(text.slice(Math.max(0, open - 60), open));
}

// (Only in the title's own clause: a comma, maybe "which", up to three words and the count; "“Heat” was shot over
// 40 days" counts no seasons.)
const COUNTED_SEASONS_AFTER = /^[,"”’']{0,2}\s+(?:(?:which|that)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:after|for|over|across)\s+(?:its\s+|their\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\p{Ll}]+teen|twenty|thirty|several|many)\s+(?:seasons|episodes)\b/u;

// The network as the subject of cancelling or renewing, right before the title (maybe with "its" and a genre word).
let networkCancelledBefore: RegExp | undefined;
function networkCancelledBeforePattern(): RegExp {
  return (networkCancelledBefore ??= new RegExp(String.raw`(?:\b(?:network|broadcaster|channel|streamer)|\b${networkNames()})\s+(?:has\s+|had\s+|have\s+)?(?:cancel(?:l?ed|s)|axed|axes|renew(?:ed|s))\s+(?:(?:its|the|their)\s+(?:[\p{Ll}-]+\s+){0,2})?["“‘']?$`, 'u'));
}
