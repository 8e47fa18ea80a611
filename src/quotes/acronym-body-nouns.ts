import { regExpLiteral } from '../text/regexp-literal.js';
import { capitalisedRunSource } from '../text/capitalised-run.js';

// "The ECB said …. “…,” the board said": a body named by its acronym is the one "the board" stands for when
// the acronym's full name ends in that noun. The article often gives the full name ("the England and Wales
// Cricket Board (ECB)"); where it does not, the acronym's last letter is the noun's first, as in nearly
// every body so abbreviated (ECB, FCC, IOC).

/**
 * Whether an acronym (two to six capitals) may be "the NOUN": its full name in the text, written before it in
 * parentheses or after it set off by a comma ("the ECB, the England and Wales Cricket Board"), ends in the noun;
 * without one, its last letter is the noun's first.
 */
export function acronymEndsInNoun(name: string, noun: string, text?: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  const head = noun.charAt(0).toUpperCase() + noun.slice(1);
  const full = text !== undefined ? expansionOf(name, text) : null;
  if (full) return full.endsWith(` ${head}`);
  return name.endsWith(head.charAt(0));
}

// Asked once per described-body quote, each time over the whole text: remembered for the article being read.
let expansionsText: string | undefined;
const expansions = new Map<string, string | null>();

/** The capitalised run the text gives as the acronym's full name ("England and Wales Cricket Board (ECB)"), or null. */
export function expansionOf(acronym: string, text: string): string | null {
  if (text !== expansionsText) {
    expansionsText = text;
    expansions.clear();
  }
  if (!expansions.has(acronym)) expansions.set(acronym, searchExpansion(acronym, text));
  return expansions.get(acronym)!;
}

/** The full name's run of capitalised words, which may break across lines ("the England and Wales\nCricket Board (ECB)"). */
const EXPANSION_RUN = capitalisedRunSource('\\s+', ['and', 'of', 'for', 'the', '&']);

function searchExpansion(acronym: string, text: string): string | null {
  const a = regExpLiteral(acronym);
  const before = new RegExp(`(${EXPANSION_RUN})\\s*\\(${a}\\)`, 'u').exec(text);
  if (before) return before[1]!;
  const after = new RegExp(`\\b${a},\\s+the\\s+(${EXPANSION_RUN})`, 'u').exec(text);
  return after ? after[1]! : null;
}
