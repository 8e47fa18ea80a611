import { partialNamePhrases } from '../lexicon/partial-name-phrases.js';

// "said a volunteer from Adana who gave only his first name, Emre": a description of someone news names only
// in part is that person, called by the name given (data/partial-name-phrases.json).

/** Most words between the description and the phrase: "from Adana", "in the queue outside". */
const MAX_WORDS_BETWEEN = 4;

/**
 * The name given right after an anonymous speaker's description ending at text[end], through one of the
 * phrases that give a name in part ("who gave only his first name, Emre", "identified only as Leyla"); null
 * when none follows before the sentence's end. The name is one or two capitalised words closing the phrase.
 */
export function partiallyGivenName(text: string, end: number): string | null {
  const tail = text.slice(end, end + 200);
  const stop = tail.search(/[.!?;“”"]/);
  const clause = stop < 0 ? tail : tail.slice(0, stop + 1);
  const words = [...clause.matchAll(/[\p{L}'’-]+|[,.;!?]/gu)].map((m) => ({ text: m[0], lower: m[0].toLowerCase() }));
  for (let from = 0; from <= MAX_WORDS_BETWEEN && from < words.length; from++) {
    // (The words before the phrase describe the speaker: small letters or a place's capital, no comma — but
    // the comma opening a relative clause set off right after the description: "One fan, who gave his name
    // only as Kevin, said".)
    if (from > 0 && /^[,.;!?]$/.test(words[from - 1]!.text) && !(from === 1 && words[0]!.text === ',')) return null;
    for (const phrase of partialNamePhrases()) {
      if (!phrase.every((w, n) => wordPattern(w).test(words[from + n]?.lower ?? ''))) continue;
      let k = from + phrase.length;
      if (words[k]?.text === ',') k++;
      const name: string[] = [];
      while (name.length < 2 && /^\p{Lu}\p{Ll}+$/u.test(words[k]?.text ?? '')) name.push(words[k++]!.text);
      // ("only as Kevin from Dudley": a caller's town after the name, as phone-in programmes give it.)
      if (name.length && words[k]?.lower === 'from' && /^\p{Lu}\p{Ll}+$/u.test(words[k + 1]?.text ?? '')) {
        k += 2;
        if (/^\p{Lu}\p{Ll}+$/u.test(words[k]?.text ?? '')) k++;
      }
      if (name.length && (k >= words.length || /^[,.;!?]$/.test(words[k]!.text))) return name.join(' ');
    }
  }
  return null;
}

/** Each phrase word's pattern, built once (it was built anew for every word at every position of every call). */
const WORD_PATTERNS = new Map<string, RegExp>();

function wordPattern(w: string): RegExp {
  let pattern = WORD_PATTERNS.get(w);
  if (!pattern) WORD_PATTERNS.set(w, (pattern = w === 'POSS' ? /^(his|her|their)$/ : new RegExp(`^${w}$`)));
  return pattern;
}
