import type { Person } from '../nlp/names.js';
import { isRoyalTitle } from '../nlp/names.js';
import type { NameMention } from './antecedents.js';

/** "the King of Pop", "Queen of Soul", "the Prince of the Night": a royal title, "of", a capitalised word. */
const TITLE_OF = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*)\s+of\s+(?:the\s+)?\p{Lu}/u;

/** A description that is a royal title's "of" phrase, which classify keeps whole as a nickname or office. */
export function isRoyalOfPhrase(phrase: string): boolean {
  const m = TITLE_OF.exec(phrase);
  return !!m && isRoyalTitle(m[1]!);
}

/** What links a name to its nickname right after it: "Dara Vell, the Queen of Soul", "Dara Vell, known as the Queen of Soul". */
const AFTER_NAME = /,\s*(?:(?:also |widely |better )?known as |dubbed |nicknamed )?(?:the\s+)?$/i;

/** Only name words between a mention's start and the nickname's link: the mention ends there. */
const NAME_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * The person a nickname stands for when the article gives it to a name before `at`, in apposition either
 * way round ("Dara Vell, the Queen of Soul, …", "the Queen of Soul, Dara Vell, …"); null otherwise: a
 * nickname is never resolved by recency (the latest speaker may be anyone).
 */
export function nicknameHolder(text: string, nickname: string, at: number, mentions: NameMention[]): Person | null {
  const bare = nickname.replace(/^the\s+/i, '');
  let holder: Person | null = null;
  for (let p = text.indexOf(bare); p >= 0 && p < at; p = text.indexOf(bare, p + 1)) {
    const link = AFTER_NAME.exec(text.slice(Math.max(0, p - 60), p));
    const cut = link ? p - link[0].length : -1;
    const after = /^,\s*/.exec(text.slice(p + bare.length, p + bare.length + 3));
    const next = after ? p + bare.length + after[0].length : -1;
    for (const m of mentions) {
      if (m.at >= at) break;
      if ((cut > m.at && NAME_WORDS.test(text.slice(m.at, cut))) || m.at === next) holder = m.person;
    }
  }
  return holder;
}
