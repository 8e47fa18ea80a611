import { titleContexts } from '../lexicon/title-contexts.js';
import { sentenceAround } from './titled-works.js';

/** The lower-case words of a stretch of text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
}

/** Words a capitalised subject may start with that name no team ("The band", "Her trio"). */
const NO_TEAM_NAME = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'they', 'we', 'he', 'she', 'it', 'i', 'you']);

/**
 * The sentence's subject before the quotation is a sports side: "The side played “…,” coach … said", "Rovers
 * played “…,” manager … said", "we played “…,” the captain said" in a sentence about a game. What such a side
 * "played" or "turned in" is how a game went, in the speaker's words; a band's, a pianist's or a choir's is a piece.
 */
export function sportsSideSubject(text: string, open: number, close: number, from: number): boolean {
  const contexts = titleContexts();
  const sentence = sentenceAround(text, open, close, from);
  const subject = sentence.before.replace(/^[\s“”"‘’(—–-]+/u, '');
  const subjectWords = wordsOf(subject);
  if (subjectWords.some((w) => contexts.music_performer_words.includes(w))) return false;
  if (subjectWords.some((w) => contexts.sports_side_words.includes(w))) return true;
  if (!wordsOf(sentence.before + ' ' + sentence.after).some((w) => contexts.sports_context_words.includes(w))) return false;
  if (/^(?:they|we)\s/iu.test(subject)) return true;
  // A team's name: the capitalised words the sentence opens with ("Rovers", "Leeds United", "The Lions").
  const name = /^((?:[\p{Lu}][\p{L}'’.&-]*\s+){1,3})\p{Ll}/u.exec(subject)?.[1]?.trim().split(/\s+/) ?? [];
  return name.some((w) => !NO_TEAM_NAME.has(w.toLowerCase()));
}
