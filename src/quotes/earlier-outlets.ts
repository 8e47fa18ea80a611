import type { Token } from '../types.js';
import { endsInNewspaperWord, isBandWord, isNewspaperWord, isTownAndNewspaperWord, mayShortenToHead, isMediumWord, isInnerOutletNameWord, isOutletHead, lookupOutlet, maxOutletWords, nearOutletKinds, outletKind, recogniseOutlet } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isTimeWord } from '../nlp/time-words.js';
import { isQuoteMark, sourceText } from './speaker.js';
import { callSignAt } from './programme-names.js';
import { isCityNotGivenName } from '../lexicon/place-names.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';

// Outlets named earlier in the article: the last one before a token, short forms, and a short name spelled out in full.

/**
 * "she told ET" after "Speaking to Entertainment Tonight": an abbreviation the gazetteer ties to an outlet of
 * two or more words that the article spelled out before tokens[before] is that outlet, as spelled out there.
 * An abbreviation the article never spells out stays as written ("she told EW last year").
 */
export function spelledOutBefore(tokens: Token[], name: string, before: number): string {
  const full = fullNameEndingInHead(tokens, name, before) ?? longerNameWrittenBefore(tokens, name, before);
  if (full) return full;
  if (!/^[A-Z][A-Z&!]{1,4}$/.test(name)) return name;
  const words = lookupOutlet(name)?.replace(/^the\s+/i, '').split(/\s+/) ?? [];
  if (words.length < 2 || words.join(' ') === name) return name;
  for (let k = 0; k + words.length <= before; k++) {
    if (words.every((w, j) => tokens[k + j]!.text.replace(/[’']s$/, '') === w)) return words.join(' ');
  }
  return name;
}

/**
 * "told Sky" after "appeared on Sky News": a short form the gazetteer ties to a longer name opening with it,
 * where the article wrote that longer name before tokens[before], is the outlet named in full.
 */
function longerNameWrittenBefore(tokens: Token[], name: string, before: number): string | null {
  const canonical = lookupOutlet(name);
  const words = canonical?.replace(/^the\s+/i, '').split(/\s+/) ?? [];
  const short = name.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length <= short.length || !short.every((w, j) => words[j] === w)) return null;
  for (let k = 0; k + words.length <= before; k++) {
    if (words.every((w, j) => tokens[k + j]!.text.replace(/[’']s$/, '') === w)) return words.join(' ');
  }
  return null;
}

/**
 * "told The Times" after "The New York Times": a known outlet that is "The" and a news word alone, where the
 * article named before tokens[before] exactly one longer outlet ending in that word, is the paper named in full.
 * With none, or two ("The Seattle Times", "the Los Angeles Times"), it stays as written.
 */
function fullNameEndingInHead(tokens: Token[], name: string, before: number): string | null {
  const head = /^the (\p{Lu}\p{Ll}+)$/iu.exec(name)?.[1];
  if (!head || !isOutletHead(head)) return null;
  const longer = [...outletsEndingIn(tokens, head, before)].filter((n) => /\s/.test(n));
  // ("told The Times" after "the Financial Times" is another paper: lexicon mayShortenToHead.)
  return longer.length === 1 && mayShortenToHead(longer[0]!, head) ? longer[0]! : null;
}

/**
 * "The Times said …" after "The New York Times reported …": an outlet speaker that is "the" and a news word alone,
 * starting at tokens[at], is the paper named in full before it (as fullNameEndingInHead reads "told The Times"), or null.
 */
export function outletSpeakerInFull(tokens: Token[], name: string, at: number): string | null {
  // (As the gazetteer spells it, "The" included, the way an outlet speaker named in full is: "The New York Times".)
  const full = fullNameEndingInHead(tokens, name, at);
  return full ? lookupOutlet(full) ?? full : null;
}

/**
 * "the Chronicle", a news word alone (lexicon isOutletHead): the outlets of two or more words ending in it that
 * the article named before tokens[before], known or recognised by their shape ("the Houston Chronicle", "the
 * Lakeview Ledger"). One is the outlet meant; two leave it unknown.
 */
export function outletsEndingIn(tokens: Token[], head: string, before: number): Set<string> {
  const named = new Set<string>();
  for (const e of placesOfWord(tokens, head)) {
    // (No further back than 2,000 tokens.)
    if (e >= before || e <= 0 || e <= before - 2000 || /^\p{Lu}/u.test(tokens[e + 1]?.text ?? '')) continue;
    let s = e;
    while (s > 0 && s > e - 5 && /^[\p{Lu}\d&]/u.test(tokens[s - 1]!.text)) s--;
    // The longest name ending here: "The San Francisco Chronicle", not "Francisco Chronicle".
    for (let k = s; k < e; k++) {
      const name = lookupOutlet(sourceText(tokens, k, e + 1)) ?? recogniseOutlet(sourceText(tokens, k, e + 1));
      if (name) {
        named.add(name.replace(/^the\s+/i, ''));
        break;
      }
    }
  }
  return named;
}

/** Each word's token indices in an article, built once per article's tokens (an outlet's head is looked up per frame). */
const wordPlaces = new WeakMap<Token[], Map<string, number[]>>();
function placesOfWord(tokens: Token[], word: string): readonly number[] {
  let places = wordPlaces.get(tokens);
  if (!places) {
    places = new Map();
    for (let k = 0; k < tokens.length; k++) {
      const list = places.get(tokens[k]!.text);
      if (list) list.push(k);
      else places.set(tokens[k]!.text, [k]);
    }
    wordPlaces.set(tokens, places);
  }
  return places.get(word) ?? [];
}

/** An outlet's name as written, without a possessive or the full stop of a sentence ending on it ("The Sun."). */
export function asWritten(phrase: string): string {
  return phrase.replace(/[’']s$/, '').replace(/(\p{L}{2})\.$/u, '$1');
}

/**
 * Where a channel name opening with a medium word at tokens[k] ends, within the capitalised run ending at e:
 * before a day, month or time word ("BBC Radio Four Monday Night" is BBC Radio Four), or -1 when the run
 * ends on a common noun it modifies ("told ESPN World Cup organizers had …": a noun phrase, no channel).
 */
export function channelEnd(tokens: Token[], k: number, e: number): number {
  let end = k;
  while (end < e && !isTimeWord(tokens[end]!.normal)) end++;
  // (A band's word closes the station's name before a job noun: "told Heat FM presenter Jo Kale".)
  if (end === e && tokens[e]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[e]!.text) && !isBandWord(tokens[e - 1]!.text)) return -1;
  return end;
}

/**
 * The outlet named last before token i (a gazetteer name, as written), looking back a few hundred tokens;
 * of the given kind when one of that kind is named ("told the magazine" after a magazine and a newspaper),
 * else the last of no known kind, else the last of a near kind ("the paper" for a magazine: outlets.json nearKinds);
 * never one of another kind ("the paper" is no broadcaster).
 */
export function lastOutletBefore(tokens: Token[], i: number, kind: string | null = null): string | null {
  if (kind) {
    // (An outlet of another known kind is not meant: "the paper's disclosures" after the BBC is a study's.)
    let unknownKind: string | null = null;
    // ("told the paper" after Variety alone: a trade magazine is called a paper, so a near kind is the fallback.)
    let nearKind: string | null = null;
    const near = nearOutletKinds(kind);
    // (A broadcaster may be named by its call sign alone: "the local radio station WGBH" … "the station".)
    const signs = kind === 'broadcaster';
    for (let at = i; at > 0; ) {
      const named = lastOutletEndingBefore(tokens, at, signs);
      if (!named) break;
      const itsKind: string | null = named.sign ? kind : outletKind(lookupOutlet(named.name) ?? '');
      if (itsKind === kind) return named.name;
      if (itsKind === null) unknownKind ??= named.name;
      else if (near.includes(itsKind) && i - named.start <= NEAR_KIND_REACH) nearKind ??= named.name;
      at = named.start;
    }
    // ("The Tiroler Tageszeitung reported …. X told the paper": a paper the gazetteer lacks, named by its shape.)
    return unknownKind ?? (kind === 'newspaper' ? onlyPaperShapedNameBefore(tokens, i) : null) ?? nearKind;
  }
  return lastOutletEndingBefore(tokens, i)?.name ?? null;
}

/**
 * "The Tiroler Tageszeitung reported …" before "told the paper": the one name before token i (within the reach
 * lastOutletEndingBefore reads) that the gazetteer lacks but whose shape is a paper's — "the", a town's word or
 * few and a newspaper's word (lexicon endsInNewspaperWord), or "the" and the news word alone — or null when none or two different ones.
 * (Only after "the": papers are written so; "Dana Courier" is a person.)
 */
function onlyPaperShapedNameBefore(tokens: Token[], i: number): string | null {
  let found: string | null = null;
  let lone: string | null = null;
  for (let e = i - 1; e > 1 && e > i - 400; e--) {
    if (!isNewspaperWord(tokens[e]!.text) || /^\p{Lu}/u.test(tokens[e + 1]?.text ?? '')) continue;
    let s = e;
    while (s > e - 3 && /^\p{Lu}/u.test(tokens[s - 1]!.text) && !/^the$/i.test(tokens[s - 1]!.text)) s--;
    if (!/^the$/i.test(tokens[s - 1]?.text ?? '')) continue;
    // ("The Herald reported …": the news word alone after "the" names the paper too, unless it is also a person's
    // noun, "the Republican said", "the Leader of the House".)
    if (s === e) {
      if (isPersonNoun(tokens[e]!.normal) || lookupOutlet(tokens[e]!.text)) continue;
      // (Two different lone words are two papers: which one "the paper" is would be a guess.)
      if (lone && lone !== tokens[e]!.text) return null;
      lone = tokens[e]!.text;
      continue;
    }
    const name = sourceText(tokens, s, e + 1);
    if (lookupOutlet(name) || !endsInNewspaperWord(name)) continue;
    if (found && found !== name) return null;
    found = name;
  }
  // ("the Courier" after "The Millbrook Courier": the short form of the paper named in full.)
  if (found) return !lone || found.endsWith(` ${lone}`) ? found : null;
  return lone ? `The ${lone}` : null;
}

/**
 * How far back, in tokens, an outlet of a near kind may stand for "the paper": a sentence or two ("Variety reported
 * …. An executive told the paper"), not a magazine paragraphs before a newspaper the gazetteer does not know.
 */
const NEAR_KIND_REACH = 80;

/** The outlet named last before token i, with the token it starts at; with `signs`, a broadcaster's call sign too. */
function lastOutletEndingBefore(tokens: Token[], i: number, signs = false): { name: string; start: number; sign?: boolean } | null {
  for (let e = i - 1; e >= 0 && e > i - 400; e--) {
    if (!/^\p{Lu}/u.test(tokens[e]!.text)) continue;
    // (Read back from its last word, a sign may open a word or two before: "WKCR-TV" ends on "TV".)
    for (let s = e; signs && s >= 0 && s >= e - 2; s--) {
      const sign = callSignAt(tokens, s);
      if (sign && sign.end === e + 1) return { name: sign.name, start: s, sign: true };
    }
    // (A small word may stand inside the name: "People en Español", not "People" before it.)
    for (let s = e; s >= 0 && s > e - 5 && (/^[\p{Lu}\d&]/u.test(tokens[s]!.text) || (s < e && isInnerOutletNameWord(tokens[s]!.text))); s--) {
      const phrase = sourceText(tokens, s, e + 1);
      if (lookupOutlet(phrase) && !opensSpokenSentence(tokens, s, e)) {
        // The longest name ending here ("The Daily Mail", not "Mail").
        let best = phrase;
        let start = s;
        for (let t = s - 1; t >= 0 && t > s - 4 && /^[\p{Lu}\d&]/u.test(tokens[t]!.text); t--) {
          const longer = sourceText(tokens, t, e + 1);
          if (lookupOutlet(longer)) {
            best = longer;
            start = t;
          }
        }
        // "The Courier Journal" … "the newspaper": a known lone news word ("Journal") that ends a longer name of a
        // paper's shape is that paper, named whole.
        if (!/\s/.test(best) && isOutletHead(best)) {
          for (let t = start - 1; t >= 0 && t > start - 4 && /^[\p{Lu}\d&]/u.test(tokens[t]!.text); t--) {
            const longer = recogniseOutlet(sourceText(tokens, t, e + 1));
            if (longer) {
              best = longer;
              start = t;
            }
          }
        }
        // "BBC Radio Tamworth" … "the station": a known name and a medium word after it name that channel, the whole run (as outletAfterLead reads it).
        const channel = isMediumWord(tokens[e + 1]?.text ?? '') ? channelRunEnd(tokens, e + 1, i) : -1;
        if (channel > e + 1) return { name: asWritten(sourceText(tokens, start, channel)), start };
        return { name: best.replace(/[’']s$/, ''), start };
      }
    }
    const short = shortFormAt(tokens, e);
    if (short) return { name: short, start: e };
  }
  return null;
}

/**
 * "“People have a fixed picture of him,” X told the magazine": a one-word name right after a quotation mark, with
 * a small-letter word after it, is the first word of someone's sentence, capitalised as any sentence opens; no
 * outlet the article named. (A title in marks closes after its name: the “People” cover story.)
 */
function opensSpokenSentence(tokens: Token[], s: number, e: number): boolean {
  const before = tokens[s - 1];
  return s === e && !!before && isQuoteMark(before) && before.end === tokens[s]!.start && /^\p{Ll}/u.test(tokens[e + 1]?.text ?? '');
}

/**
 * Where a channel's name opening with a medium word at tokens[k] ends: its capitalised run (up to four words,
 * before token i) of medium words and one word or number after them ("BBC Radio Kent", "BBC World Service"),
 * not the title and name that follow ("On BBC Radio Kent Conservative MP Tom Hale …"), less a date after it;
 * -1 when none.
 */
function channelRunEnd(tokens: Token[], k: number, i: number): number {
  let e = k;
  while (e < i && e < k + 4 && /^[\p{Lu}\d]/u.test(tokens[e]!.text) && !isQuoteMark(tokens[e]!)) {
    e++;
    if (!isMediumWord(tokens[e - 1]!.text)) break;
  }
  return channelEnd(tokens, k, e);
}

/**
 * "Süddeutsche" (or "Süddeutsche's") at tokens[e] after the article named "Süddeutsche Zeitung": the first word of
 * a known outlet of two or more words named in full before, standing alone, is that outlet. Only a word
 * that could be nothing else here: four letters or more, never written in small letters in the article,
 * no place or city and no given name (not "New" of "New York Post", "Irish" of "The Irish Times").
 */
export function shortFormAt(tokens: Token[], e: number): string | null {
  const word = tokens[e]!.text.replace(/[’']s$/, '');
  const next = tokens[e + 1];
  if (next && (/^\p{Lu}/u.test(next.text) || (isInnerOutletNameWord(next.text) && /^\p{Lu}/u.test(tokens[e + 2]?.text ?? '')))) return null;
  const named = shortFormsOf(tokens).get(word);
  return named && named.at < e ? named.name : null;
}

/** Per article (its token array): each usable first word of a known outlet named in full → the outlet and where. */
const SHORT_FORMS = new WeakMap<Token[], Map<string, { name: string; at: number }>>();

function shortFormsOf(tokens: Token[]): Map<string, { name: string; at: number }> {
  const known = SHORT_FORMS.get(tokens);
  if (known) return known;
  const forms = new Map<string, { name: string; at: number }>();
  const small = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.normal));
  // (Nor a city: "the weather service in Sacramento" is no Sacramento Bee.)
  const usable = (w: string) => w.length >= 4 && !small.has(w.toLowerCase()) && !isOutletHead(w) && !cueLexicon().placeNames.has(w) && !isCityNotGivenName(w) && genderOfFirstName(w) === 'unknown';
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k]!.text;
    if (!/^\p{Lu}/u.test(first) || /^the$/i.test(first) || forms.has(first)) continue;
    // (Only where a name goes on: a capital or a small inner word and a capital after it.)
    const next = tokens[k + 1]?.text ?? '';
    if (!/^\p{Lu}/u.test(next) && !(isInnerOutletNameWord(next) && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? ''))) continue;
    for (let e = Math.min(tokens.length, k + maxOutletWords()); e > k + 1; e--) {
      const name = lookupOutlet(sourceText(tokens, k, e));
      if (!name) continue;
      // (Nor the town of "the Edmonton Journal", a town and a newspaper's word: "Edmonton said" is the town or its team.)
      // (As written too: "the Cleveland Plain Dealer" is known as The Plain Dealer.)
      if (usable(first) && !isTownAndNewspaperWord(name) && !isTownAndNewspaperWord(sourceText(tokens, k, e))) forms.set(first, { name, at: k });
      break;
    }
  }
  SHORT_FORMS.set(tokens, forms);
  return forms;
}

/** Every outlet named before token i (as lastOutletBefore reads them), last first, with the token each starts at. */
export function outletsNamedBefore(tokens: Token[], i: number): { name: string; start: number }[] {
  const named: { name: string; start: number }[] = [];
  for (let at = i; at > 0; ) {
    const one = lastOutletEndingBefore(tokens, at);
    if (!one) break;
    named.push(one);
    at = one.start;
  }
  return named;
}
