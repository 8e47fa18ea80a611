// Titles opening a sentence before a verb of airing and a network: "Harbor Wives: Miami Nights premieres on Bravo".
import { notShowLastWords, screenNetworks } from '../lexicon/screen-networks.js';
import type { AnalyzedArticle } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { genderOfFirstName } from '../nlp/names.js';
import { namesTeamContestOrSchool } from './non-person-names.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { type FilmFact, films, key } from './film-gazetteer.js';
import { type Established } from './established-titles.js';

/**
 * "Harbor Wives: Miami Nights premieres on Bravo next month": capitalised words opening a sentence, then a verb of
 * airing and a network or streaming service (data/screen-networks.json), name a show. Only as the sentence's
 * subject; a network, a firm, a contest or a team ("the Super Bowl airs on CBS") is no title, nor is a person's
 * name (a given name first, or one word the article writes as a surname: "Kimmel returns on ABC").
 */
export function establishAiredTitles(doc: AnalyzedArticle, found: Established, establish: (surface: string, fact: FilmFact | null) => void): void {
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
export function networkNames(): string {
  return String.raw`(?:${[...screenNetworks()].sort((a, b) => b.length - a.length).map(regExpLiteral).join('|')})(?![\p{L}\d+])`;
}
function AIRED_TITLE_OPENING(): RegExp {
  return (airedTitleOpening ??= new RegExp(OPENING_TITLE + AIRING_ON + networkNames(), 'u'));
}
/** Whether a verb of airing and a network follow a title's mention at `end`: "… premieres on Bravo". */
export function airedOnNetworkAfter(text: string, end: number): boolean {
  airedOnNetwork ??= new RegExp(String.raw`^["”’]?` + AIRING_ON + networkNames(), 'u');
  return airedOnNetwork.test(text.slice(end, end + 60));
}
// First words of a sentence that open no title: pronouns, quantifiers, a part of a show ("Season 2 premieres on …").
const NOT_AIRED_TITLE_OPENERS = /^(?:It|Its|This|That|These|Those|She|He|They|We|I|You|Season|Series|Episode|Part|Chapter|Volume|Each|Every|Both|All)$/;
