import type { Token } from '../types.js';
import { outletNear, type TokenView } from './frame.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { classify, hyphenInWord, sourceText, type SpeakerPhrase } from './speaker.js';
import { POSSESSIVES } from '../nlp/words.js';
import { describedProgrammeAt, ownProgrammeTitle, placesPeopleOnProgramme, PROGRAMME_KINDS } from './programme-names.js';
import { cueLexicon, isCueVerbForm } from '../lexicon/cues.js';
import { nameRunEnd } from '../nlp/name-run.js';
import { prospectiveAppearance } from './prospective-appearances.js';


/**
 * The last token of a venue phrase (data: venue_phrases) opening at tokens[i], or -1: "spoke", "broke her
 * silence", "gave his side of the story". A one-word phrase also matches a hyphenated word's head.
 */
function venuePhraseEnd(tokens: Token[], i: number, end: number): number {
  const first = tokens[i]!.normal;
  const head = headWord(first);
  const lexicon = cueLexicon();
  // (This runs at every token: only the phrases opening with the word, unless a hyphenated word's head may match.)
  const candidates = head === first ? lexicon.venuePhrasesByFirst.get(first) ?? [] : lexicon.venuePhrases;
  for (const phrase of candidates) {
    if (phrase[0] !== first && !(phrase.length === 1 && phrase[0] === head)) continue;
    let k = i + 1;
    let ok = true;
    for (const word of phrase.slice(1)) {
      const t = tokens[k];
      if (k >= end || !t || (word === '*' ? !POSSESSIVES.has(t.normal) : t.normal !== word)) { ok = false; break; }
      k++;
    }
    if (ok) return k - 1;
  }
  return -1;
}

/** "sit-down" → "sit"; without splitting (this runs on every token). */
function headWord(normal: string): string {
  const hyphen = normal.indexOf('-');
  return hyphen < 0 ? normal : normal.slice(0, hyphen);
}

/**
 * Sentences that place a person in an interview without quoting them: "Okafor was asked about the tour
 * in a 2019 interview with the Observer." / "She appeared on “Good Morning America” on Monday." The person's
 * later quotes were given to that outlet.
 */
export function findVenues(view: TokenView, inQuote: Uint8Array): { at: number; outlet: string; speaker: SpeakerPhrase }[] {
  const tokens = view.tokens;
  const out: { at: number; outlet: string; speaker: SpeakerPhrase }[] = [];
  for (const s of view.sentences) {
    let cue = -1;
    for (let i = s.tokenStart; i < s.tokenEnd && cue < 0; i++) if (!inQuote[i]) cue = venuePhraseEnd(tokens, i, s.tokenEnd);
    const programme = cue < 0 ? programmeOn(tokens, s.tokenStart, s.tokenEnd, inQuote) : null;
    if (programme) cue = programme.on;
    if (cue < 0) continue;
    const elsewhere = programme?.title ?? outletNear(tokens, cue, s.tokenEnd) ?? outletNear(tokens, s.tokenStart, cue) ?? venueIn(tokens, cue, s.tokenEnd);
    const own = elsewhere ? null : ownProgramme(tokens, cue);
    const outlet = elsewhere ?? own;
    if (!outlet) continue;
    // The person the sentence is about: the first pronoun or personal name that a verb follows.
    let speaker: SpeakerPhrase | null = null;
    let joint: SpeakerPhrase | null = null;
    const verbAfter = (k: number) => {
      // (Past a relative clause between commas: "host Ana Ruiz, who filled in for the week, opened …"; with a
      // programme named, past up to two asides: "Ana Ruiz, who plays the pilot, Captain Vey, defended …".)
      let comma = k;
      for (let asides = 0; asides < (programme ? 2 : 1) && tokens[comma]?.text === ','; asides++) {
        let close = comma + 1;
        while (close < s.tokenEnd && tokens[close]!.text !== ',') close++;
        if (tokens[close]?.text !== ',') break;
        // (An age between commas is passed too: "Ana Ruiz, 38, broke her silence …"; and the venue phrase itself
        // as an aside: "Ana Ruiz, appearing on Today, avoided the question" — she is the one on the programme.
        // Not before a cue: "X, speaking to BBC Sport after the match, said …" is that quote's own outlet.)
        const venueAside = cue > comma && cue < close && !isCueVerbForm(tokens[close + 1]?.text ?? '');
        if (!programme && !venueAside && !/^(who|whose)$/.test(tokens[comma + 1]?.normal ?? '') && !ageAside(tokens, comma)) break;
        comma = close;
        k = close + 1;
      }
      while (k < s.tokenEnd && (tokens[k]!.pos === 'ADV' || /^['’]s$/.test(tokens[k]!.text))) k++;
      return k < s.tokenEnd && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX');
    };
    for (let i = s.tokenStart; i < s.tokenEnd && !speaker; i++) {
      if (inQuote[i]) continue;
      const t = tokens[i]!;
      if (t.pos === 'PRON') {
        const p = classify(tokens, i, i + 1);
        if (p?.kind === 'pronoun' && /^(he|she)$/.test(p.name) && verbAfter(i + 1)) speaker = p;
      } else if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) {
        let j = i;
        // (A hyphenated surname is one name: "Trina Vasquez-Holt devoted …".)
        const nameWord = (k: number) => k < s.tokenEnd && tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text);
        for (;;) {
          if (nameWord(j + 1)) j++;
          else if (hyphenInWord(tokens, j + 1) && nameWord(j + 2)) j += 2;
          else break;
        }
        const p = classify(tokens, i, j + 1);
        if (p?.kind === 'person' && (verbAfter(j + 1) || (apposedToOpening(tokens, s.tokenStart, i, j) && verbAfter(j + 2)))) speaker = p;
        // "Ana Hale and Tom Lee spoke to CBS": both people of a joint subject were in the interview.
        const partner = p?.kind === 'person' && !speaker ? jointPartner(tokens, j + 1, s.tokenEnd) : null;
        if (partner && verbAfter(partner.end)) {
          speaker = p;
          joint = partner.phrase;
        }
        i = j;
      }
    }
    if (speaker) out.push({ at: tokens[cue]!.start, outlet, speaker });
    if (joint) out.push({ at: tokens[cue]!.start, outlet, speaker: joint });
    // "… her podcast, “Late Pass,” … Her co-host, the comedian Ben Ito, said": the co-host speaks on it too.
    if (speaker && own) out.push(...coHostsAfter(view, s.tokenEnd, own));
    // "While talking with Mara Stone, Ben Ito told the audience of “The Tonight Show” …": the person
    // talked with is in the same interview.
    if (tokens[cue + 1]?.normal === 'with') {
      const e = nameRunEnd(tokens, cue + 2, s.tokenEnd);
      const partner = e > cue + 2 ? classify(tokens, cue + 2, e) : null;
      if (partner?.kind === 'person') out.push({ at: tokens[cue]!.start, outlet, speaker: partner });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * "Her father, Georgi Marinov, gave an interview …": the name at tokens[i..j] set off by commas after a description
 * opening the sentence with no verb of its own; the name is that subject, and the verb after its closing comma is
 * its verb.
 */
function apposedToOpening(tokens: Token[], sentenceStart: number, i: number, j: number): boolean {
  if (tokens[i - 1]?.text !== ',' || tokens[j + 1]?.text !== ',' || i - 1 <= sentenceStart) return false;
  for (let k = sentenceStart; k < i - 1; k++) if (/^(VERB|AUX|PUNCT)$/.test(tokens[k]!.pos)) return false;
  return true;
}

/** ", 38," at tokens[comma]: a person's age between commas. */
function ageAside(tokens: Token[], comma: number): boolean {
  return /^\d{1,3}$/.test(tokens[comma + 1]?.text ?? '') && tokens[comma + 2]?.text === ',';
}

/** The person named right after "and" at tokens[k] ("… and Tom Lee"), and the token after the name; or null. */
function jointPartner(tokens: Token[], k: number, limit: number): { phrase: SpeakerPhrase; end: number } | null {
  if (tokens[k]?.normal !== 'and') return null;
  const end = nameRunEnd(tokens, k + 1, limit);
  const phrase = end > k + 1 ? classify(tokens, k + 1, end) : null;
  return phrase?.kind === 'person' ? { phrase, end } : null;
}

/**
 * "Her co-host, the comedian Ben Ito, said": a co-host introduced as someone's (data: the "co-" presenter
 * nouns), after token `from`, fronts the host's own programme with them. Each such name, with the programme.
 */
function coHostsAfter(view: TokenView, from: number, programme: string): { at: number; outlet: string; speaker: SpeakerPhrase }[] {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  const out: { at: number; outlet: string; speaker: SpeakerPhrase }[] = [];
  if (from >= tokens.length) return out;
  const pattern = coHostPattern();
  pattern.lastIndex = tokens[from]!.start;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const nameStart = m.index + m[0].length - m[1]!.length;
    const first = view.tokenAtOrAfter(nameStart);
    const last = view.tokenAtOrAfter(nameStart + m[1]!.length);
    const name = classify(tokens, first, last);
    if (name?.kind === 'person') out.push({ at: name.start, outlet: programme, speaker: name });
  }
  return out;
}

let coHosts: RegExp | null = null;

/** "Her co-host, the comedian Ben Ito,": a possessive, a "co-" presenter noun, an optional description, the name. */
function coHostPattern(): RegExp {
  coHosts ??= coHostRegExp([...cueLexicon().presenterNouns].filter((n) => n.startsWith('co-')).join('|'));
  return coHosts;
}

function coHostRegExp(nouns: string): RegExp {
  return new RegExp(String.raw`\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:${nouns}),\s+(?:the\s+(?:\p{Ll}+\s+){0,2})?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=,)`, 'gu');
}

/**
 * "X talked up her album on the morning show “Wake Up Harbour” on Monday": a programme named in quotation
 * marks after "on the" and its kind word (maybe after small-letter modifiers), outside any quote, places the
 * sentence's person on it; their next quotes were said there. The "on" and the title; null when the sentence
 * names none, when "on" places people in a programme ("a contestant on the show “…”"), or when the appearance
 * is still to come ("will appear on the show “…” next week").
 */
function programmeOn(tokens: Token[], from: number, to: number, inQuote: Uint8Array): { on: number; title: string } | null {
  for (let on = from; on < to - 3; on++) {
    if (inQuote[on] || tokens[on]!.normal !== 'on' || tokens[on + 1]!.normal !== 'the' || placesPeopleOnProgramme(tokens, on)) continue;
    // (Up to four modifiers, none past the sentence.)
    const named = describedProgrammeAt(tokens, on + 2, Math.min(4, to - on - 2), PROGRAMME_KINDS, true);
    // (Not an appearance still to come: "she will read it on the breakfast show “…” tomorrow".)
    if (named && named.end <= to && !prospectiveAppearance(tokens, from, on, named.end, to)) return { on, title: named.title };
  }
  return null;
}

/** "devoted the first half of her podcast, “Late Pass,” to the feud": the title of the person's own programme at tokens[cue]. */
function ownProgramme(tokens: Token[], cue: number): string | null {
  return (ownProgrammeTitle(tokens, cue - 1, PROGRAMME_KINDS) ?? ownProgrammeTitle(tokens, cue - 2, PROGRAMME_KINDS))?.title ?? null;
}

/** "… in interviews, this time in the Observer": an outlet after "in" near an interview word. */
function venueIn(tokens: Token[], lo: number, hi: number): string | null {
  for (let i = lo; i < hi && i < lo + 8; i++) {
    if (tokens[i]!.normal !== 'in') continue;
    let s = i + 1;
    if (tokens[s]?.text === 'the') s++;
    let e = s;
    while (e < hi && e < s + 6 && /^[\p{Lu}\d&]/u.test(tokens[e]!.text)) e++;
    for (let k = e; k > s; k--) {
      const outlet = lookupOutlet(sourceText(tokens, s, k));
      if (outlet) return outlet;
    }
  }
  return null;
}
