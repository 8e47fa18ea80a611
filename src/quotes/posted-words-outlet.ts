/**
 * "The host of “Night Ferry”, Ola Brandt, posted on social media that …": a programme the speaker is
 * described by ("the host of …", "the star of …") is the outlet only of what is said on it; words the speaker
 * posts, tweets or texts went out on their own account, through no programme. ("The host of “Night Ferry”,
 * Ola Brandt, said …" keeps the programme: see presenter-programmes.ts for when a host speaks on air.)
 */
import { cueLexicon } from '../lexicon/cues.js';
import type { ExtractedQuote } from '../types.js';

/** How far before the speaker's mention the description naming the programme may start. */
const DESCRIPTION_REACH = 80;

export function dropProgrammeOutletsFromPosts(quotes: ExtractedQuote[], text: string): void {
  // (Cues of words sent out by the speaker's own hand: data/cues.json posted_cues.)
  const posted = cueLexicon().postedCues;
  for (const q of quotes) {
    if (!q.outlet || !q.cue || q.speaker_start === null || !posted.has(q.cue.toLowerCase())) continue;
    const before = text.slice(Math.max(0, q.speaker_start - DESCRIPTION_REACH), q.speaker_start);
    const at = before.lastIndexOf(q.outlet);
    if (at < 0 || !/\bof\s+(?:the\s+)?[“"‘]?$/iu.test(before.slice(0, at))) continue;
    q.outlet = null;
  }
}
