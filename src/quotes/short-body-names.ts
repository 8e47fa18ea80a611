/**
 * "Meridian Airways grounded flights … . “We apologize,” Meridian said": one capitalised word that opens a body's
 * name used earlier is that body's short form, not a person's surname. The body is an earlier speaker of
 * several words typed as an organisation, or a name ending in a word that says its kind ("Airways", "Bank",
 * "Motors"; data/body-kind-name-words.json).
 */
import type { ExtractedQuote } from '../types.js';
import { allBodyKindNameWords } from '../lexicon/body-kind-name-words.js';
import { genderOfFirstName } from '../nlp/names.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { CAPITALISED_WORD_BEFORE, NO_NAME_WORD_AFTER, literalMatchIn, literalMatches } from '../text/literal-matches.js';
import { kindWordsWithoutShortForm } from '../lexicon/kind-words-without-short-form.js';
import { isKnownOrganisation, organisationData } from '../lexicon/organisations.js';

/** No letter, apostrophe or hyphen right before a word: it starts a word. */
const NO_NAME_LETTER_BEFORE = /(?<![\p{L}'’-])/uy;

export function giveShortBodyNamesTheirBody(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    const word = q.speaker;
    // (One read as a body already may be the short form too: "In a statement, Halcyon said it …"; a listed one is its own.)
    const shortBody = q.speaker_kind === 'organization' && !!word && !isKnownOrganisation(word);
    if ((q.speaker_kind !== 'person' && !shortBody) || !word || q.speaker_start === null || !/^\p{Lu}\p{Ll}+$/u.test(word) || genderOfFirstName(word) !== 'unknown') continue;
    const before = text.slice(0, q.speaker_start);
    // (Both tests below need the word written before; most speakers' words are not, and the patterns would try every capital.)
    if (!before.includes(word) && !earlierBodySpeaker(quotes, q, word)) continue;
    // (A person of that surname named before keeps it: "Ana Meridian … Meridian said".)
    if (literalMatchIn(before, word, CAPITALISED_WORD_BEFORE, NO_NAME_WORD_AFTER)) continue;
    const body = earlierBodySpeaker(quotes, q, word) ?? kindNameOpenedBy(before, word);
    if (body && !shortFormStandsFor(body)) continue;
    if (body) Object.assign(q, { speaker: body, speaker_kind: 'organization', speaker_role: null });
  }
}

/**
 * Whether a name's first word alone may stand for it: not for a campaign or a party ("the Harlow Campaign …
 * Harlow said" is the candidate, "a well-known Republican" a member), unless the name is a listed organisation.
 */
function shortFormStandsFor(body: string): boolean {
  const last = body.split(/\s+/).pop()!;
  return !kindWordsWithoutShortForm().has(last) || isKnownOrganisation(body);
}

/** An earlier quote's organisation speaker of several words whose first word is `word`. */
function earlierBodySpeaker(quotes: ExtractedQuote[], q: ExtractedQuote, word: string): string | null {
  let found: { name: string; at: number } | null = null;
  for (const p of quotes) {
    const at = p.speaker_start ?? p.start;
    if (p === q || p.speaker_kind !== 'organization' || !p.speaker || at >= q.speaker_start! || p.speaker.split(/\s+/)[0] !== word || !/\s/.test(p.speaker)) continue;
    if (!found || at > found.at) found = { name: p.speaker, at };
  }
  return found?.name ?? null;
}

/** Up to two capitalised words and a kind word or a body's name tail after a name's first word, built once from the lists. */
let kindNameTail: RegExp | undefined;

/** The last name in `before` that `word` opens and a kind word or a body's name tail ends ("Meridian Airways"), up to two capitalised words between. */
function kindNameOpenedBy(before: string, word: string): string | null {
  kindNameTail ??= kindNameTailPattern();
  let found: string | null = null;
  // (A possessive is no part of the name: "Halcyon Pictures' remake".)
  for (const m of literalMatches(before, word, NO_NAME_LETTER_BEFORE, kindNameTail)) found = before.slice(m.start, m.end).replace(/[ \t]+/g, ' ').replace(/['’]s?$/u, '');
  return found;
}

/** The pattern of kindNameTail: the tail is a kind word or a body's name tail capitalised (name_tails, "Renewables"). */
function kindNameTailPattern(): RegExp {
  // (… or a word that ends only a body's name, no one's surname: "Westmoor Renewables", "Norvik Dynamics"; name_tails.)
  const tails = [...allBodyKindNameWords(), ...organisationData().name_tails.map((w) => w[0]!.toUpperCase() + w.slice(1))];
  return new RegExp(`(?:[ \\t]+\\p{Lu}[\\p{L}'&-]*){0,2}[ \\t]+(?:${tails.map(regExpLiteral).join('|')})(?:['’]s?)?(?![\\p{L}'’-]|[ \\t]+\\p{Lu})`, 'uy');
}
