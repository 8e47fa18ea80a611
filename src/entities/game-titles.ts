// A quoted title that the words beside it call a video game ("the role-playing game “…”", "“…,” the sequel to its
// best-selling fantasy role-playing game", "“…,” a title for consoles") is no film: films leave it out.
import { gameWords } from '../lexicon/game-words.js';
import { APPOSITION_OPENING } from './title-apposition.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const GAME_NOUN = () => gameWords().game_nouns.map(escape).join('|');

// "the role-playing game “…”", "the video game, titled “…”" (not "the game show “…”": the noun ends the words before).
let before: RegExp | undefined;
// An apposition, in one clause, ending in a game noun not followed by "show": "“…,” the sequel to its fantasy role-playing game".
let apposition: RegExp | undefined;
// An apposition with a title on or for a platform: "“…,” a title for consoles", "“…,” out next year on PlayStation".
let platform: RegExp | undefined;
// A film or show word in the apposition before the game noun makes it a screen work about or from a game: "“…,” the film adaptation of the video game".
const SCREEN_IN_APPOSITION = /\b(?:film|films|movie|movies|series|show|adaptation|documentary|sitcom|drama|miniseries|television|tv)\b/i;
// A genre noun heading the apposition ("“…,” a comedy about a video game tester") makes it a screen work; one right
// before the game noun only modifies it ("a horror game"). "about …" after it names the work's subject, not its kind.
let screenGenre: RegExp | undefined;
let subject: RegExp | undefined;
// A release that is a film's: "“…,” a thriller about a gamer, opens Friday".
let screenOpening: RegExp | undefined;

/** Whether the apposition words call the title a screen work or open its subject; `beforeNoun`: they end right before the game noun. */
function screenOrSubject(words: string, beforeNoun: boolean): boolean {
  screenGenre ??= new RegExp(String.raw`\b(?:${gameWords().screen_genres.map(escape).join('|')})\b(?!\s*$)`, 'i');
  subject ??= new RegExp(String.raw`\b(?:${gameWords().subject_words.map(escape).join('|')})\b`, 'i');
  return SCREEN_IN_APPOSITION.test(words) || (beforeNoun && screenGenre.test(words)) || subject.test(words);
}

/** Whether the title in quotation marks text[open, after) is called a video game by the words right before or after it. */
export function namesGame(text: string, open: number, after: number): boolean {
  before ??= new RegExp(String.raw`\b(?:${GAME_NOUN()})(?:[\s,]+(?:titled|entitled|called|named))?[\s,]*$`, 'i');
  apposition ??= new RegExp(String.raw`${APPOSITION_OPENING}((?:[\p{L}\d'’-]+\s+){0,8}?)(?:${GAME_NOUN()})\b(?!\s+shows?\b)`, 'iu');
  platform ??= new RegExp(String.raw`${APPOSITION_OPENING}(?:[\p{L}\d'’-]+\s+){0,6}?(?:for|on)\s+(?:the\s+)?(?:${gameWords().platforms.map(escape).join('|')})\b`, 'u');
  screenOpening ??= new RegExp(String.raw`^[^.;]*?\b(?:opens|opened|premieres)\s+(?:${gameWords().screen_openings.join('|')})\b`, 'i');
  const following = text.slice(after, after + 100);
  if (screenOpening.test(following)) return false;
  if (before.test(text.slice(Math.max(0, open - 40), open))) return true;
  const m = apposition.exec(following);
  if (m && !screenOrSubject(m[1]!, true)) return true;
  const p = platform.exec(following);
  return !!p && !screenOrSubject(p[0], false);
}
