/**
 * "Transdev, the transport operator, runs the line. … The transport operator said …": a definite description no
 * other rule resolved, repeating the description the article gave one name in apposition ("NAME, the/a … NOUN,")
 * or before it ("the transport operator NAME"), stands for that name. Only a body or an outlet, and only when
 * exactly one name was given that description: with two ("Keolis, a rival transport operator,") it stays a description.
 */
import type { ExtractedQuote, Token } from '../types.js';
import { isBodyDescriptionHead, organisationData } from '../lexicon/organisations.js';
import { isOutletKindWord, lookupOutlet } from '../lexicon/outlets.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isNationalityWord } from '../lexicon/nationalities.js';

/** "the transport operator", "The rival daily": "the" and one to four words in small letters. */
const DEFINITE_DESCRIPTION = /^the((?:\s+\p{Ll}[\p{Ll}-]*){1,4})$/iu;

/** How many words may describe the name between its article and the head noun ("a French bus and rail operator"). */
const MAX_DESCRIBING_WORDS = 4;

/** How many capitalised words a name may run to. */
const MAX_NAME_WORDS = 6;

export function giveRepeatedAppositionsTheirName(quotes: ExtractedQuote[], tokens: readonly Token[]): void {
  let byWord: Map<string, number[]> | undefined;
  for (const q of quotes) {
    if (q.speaker !== null || q.speaker_kind !== 'anonymous' || q.speaker_start === null || !q.speaker_mention) continue;
    const m = DEFINITE_DESCRIPTION.exec(q.speaker_mention);
    if (!m) continue;
    const words = m[1]!.trim().toLowerCase().split(/\s+/);
    const head = words[words.length - 1]!;
    const outlet = isOutletKindWord(head);
    if (!outlet && !isBodyNoun(head)) continue;
    byWord ??= wordPlaces(tokens);
    const names = new Set<string>();
    for (const h of byWord.get(head) ?? []) {
      if (tokens[h]!.start >= q.speaker_start) break;
      const named = nameDescribedAt(tokens, h);
      if (named && words.slice(0, -1).every((w) => named.describing.includes(w))) names.add(named.name);
    }
    if (names.size !== 1) continue;
    const [name] = names as unknown as [string];
    const kind = outlet || lookupOutlet(name) ? 'outlet' : 'organization';
    // (An outlet speaking carries itself as the outlet, as "The newspaper reported" does.)
    Object.assign(q, { speaker: name, speaker_kind: kind, speaker_role: null }, kind === 'outlet' && !q.outlet ? { outlet: name } : {});
  }
}

/** A noun for a body or what one does ("operator", "utility", "club"): organisations.json body nouns and heads. */
function isBodyNoun(word: string): boolean {
  return isBodyDescriptionHead(word) || organisationData().described_bodies.body.includes(word);
}

/** Where each word in small letters stands among the tokens, in order. */
function wordPlaces(tokens: readonly Token[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  tokens.forEach((t, k) => {
    if (!/^\p{Ll}/u.test(t.text)) return;
    const list = out.get(t.normal);
    if (list) list.push(k);
    else out.set(t.normal, [k]);
  });
  return out;
}

/**
 * The name the description whose head noun is tokens[h] is given to, and the words describing it before the head:
 * "Transdev, the transport operator," / "Transdev, a French transport operator." / "the transport operator Transdev".
 */
function nameDescribedAt(tokens: readonly Token[], h: number): { name: string; describing: string[] } | null {
  let a = h - 1;
  while (a >= 0 && h - a <= MAX_DESCRIBING_WORDS && describingWord(tokens[a]!)) a--;
  if (a < 0 || !/^(?:the|a|an)$/.test(tokens[a]!.normal)) return null;
  const describing = tokens.slice(a + 1, h).map((t) => t.normal);
  // "Transdev, the transport operator, …": the name before the comma, the description closed by a comma or a stop.
  if (tokens[a - 1]?.text === ',' && /^[,.;]$/.test(tokens[h + 1]?.text ?? '')) {
    const name = nameEndingAt(tokens, a - 2);
    return name ? { name, describing } : null;
  }
  // "the transport operator Transdev": the name right after the head noun.
  const name = nameStartingAt(tokens, h + 1);
  return name ? { name, describing } : null;
}

/** A word describing a name before the head noun: one in small letters, or a nation's adjective ("Danish"). */
function describingWord(t: Token): boolean {
  return (/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'PUNCT') || isNationalityWord(t.text);
}

/** A capitalised word of a name. */
function nameWord(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X' || t.pos === 'ADJ');
}

/** The capitalised run ending at tokens[e], as written, unless it opens with a given name (a person's). */
function nameEndingAt(tokens: readonly Token[], e: number): string | null {
  let s = e;
  while (s > 0 && e - s < MAX_NAME_WORDS - 1 && nameWord(tokens[s - 1]) && tokens[s - 1]!.end === tokens[s]!.start - 1) s--;
  // (A leading "The" goes with an outlet's name as the article writes it: "The Evening Post".)
  if (s > 0 && tokens[s - 1]!.text === 'The') s--;
  return bodyName(tokens, s, e);
}

/** The capitalised run starting at tokens[s], as written, unless it opens with a given name. */
function nameStartingAt(tokens: readonly Token[], s: number): string | null {
  let e = s;
  if (!nameWord(tokens[s])) return null;
  while (e + 1 < tokens.length && e - s < MAX_NAME_WORDS - 1 && nameWord(tokens[e + 1]) && tokens[e + 1]!.start === tokens[e]!.end + 1) e++;
  return bodyName(tokens, s, e);
}

function bodyName(tokens: readonly Token[], s: number, e: number): string | null {
  if (!nameWord(tokens[e])) return null;
  const first = tokens[s]!.text === 'The' && s < e ? tokens[s + 1]! : tokens[s]!;
  if (genderOfFirstName(first.text) !== 'unknown') return null;
  return tokens.slice(s, e + 1).map((t, k) => (k === 0 ? '' : ' ') + t.text).join('');
}

/**
 * "The firm, Calloway Freight, said rates were stable. It added …": "it" taking up the previous sentence's subject
 * stands for the name that subject's description was set off with, not for the description ("The company").
 * Only when the quotation before it has that name as its speaker, written right after "The company, ".
 */
export function giveItTheApposedName(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (!q.speaker || q.speaker_start === null || !/^it$/i.test(q.speaker_mention ?? '') || !/^the\s+\p{Ll}/iu.test(q.speaker)) continue;
    let before: ExtractedQuote | undefined;
    for (const r of quotes) if (r !== q && r.end <= q.speaker_start && (!before || r.end > before.end)) before = r;
    if (!before?.speaker || before.speaker_start === null || before.speaker_mention !== before.speaker || !/^\p{Lu}/u.test(before.speaker)) continue;
    const set = q.speaker.length + 2;
    if (before.speaker_start < set || text.slice(before.speaker_start - set, before.speaker_start).toLowerCase() !== `${q.speaker.toLowerCase()}, `) continue;
    Object.assign(q, { speaker: before.speaker, speaker_kind: before.speaker_kind, speaker_role: null });
  }
}
