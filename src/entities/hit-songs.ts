// A quoted title right after "hit" that is a song or a podcast: "hit" is a film word ("the 1998 hit “…”") but records
// and podcasts are hits too.
import { workWords } from '../lexicon/work-words.js';
import { alternatives } from '../nlp/words.js';
import { sentenceAround } from './not-person-places.js';

// "the 1998 hit “…”", "their biggest hit, “…”": "hit" right before the opening mark, maybe after a comma.
const HIT_BEFORE = /\bhit[\s,]*$/iu;
// Words that put a screen work in the sentence ("the singer starred in the 1998 hit “…”"): then the hit stays a film.
const SCREEN_WORK_WORDS = /\b(?:film|films|movie|movies|box office|cinemas?|screen|series|show|sitcom|drama|TV|television|starred|starring|stars|actor|actress|role|cast|directed|director|season|episode)\b/iu;

let musicMakers: RegExp | undefined;

/**
 * Whether the quoted title at `open` (its opening mark; `after`, the first character after the closing one) is a hit
 * record: "hit" right before it and someone who makes records in its sentence, "The band behind the 1998 hit “…”
 * sued", with no screen word there ("The singer starred in the 1998 hit “…”" names a film).
 */
export function namesHitSong(text: string, open: number, after: number): boolean {
  if (!HIT_BEFORE.test(text.slice(Math.max(0, open - 12), open))) return false;
  musicMakers ??= new RegExp(String.raw`\b(?:${alternatives(workWords('music_maker'))})(?:s|['’]s)?\b`, 'iu');
  const sentence = sentenceAround(text, open, after);
  return musicMakers.test(sentence) && !SCREEN_WORK_WORDS.test(sentence);
}

// "podcast", "podcasts", "podcaster(s)", "the podcast's": a podcast in the sentence.
const PODCAST_WORDS = /\bpodcast(?:s|ers?)?\b/iu;

/**
 * Whether the quoted title at `open` (see namesHitSong) is a hit podcast: "hit" right before it and a podcast in its
 * sentence, "the podcast network behind the true-crime hit “…”", with no screen word there. A podcast is an outlet.
 */
export function namesHitPodcast(text: string, open: number, after: number): boolean {
  if (!HIT_BEFORE.test(text.slice(Math.max(0, open - 12), open))) return false;
  const sentence = sentenceAround(text, open, after);
  return PODCAST_WORDS.test(sentence) && !SCREEN_WORK_WORDS.test(sentence);
}
