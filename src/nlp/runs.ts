import type { AnalyzedArticle, Token } from '../types.js';
import { familyNameOfEarlierName, isFamilyFirstName, isGivenNameToken, isParticle, isPastTenseNotGiven } from './names.js';
import { NOT_NAMES } from './words.js';
import { isDayWord } from './time-words.js';
import { initialWordOpensBody } from './initial-body-word.js';

/** A run of capitalised tokens ("Ana de Armas", "John Wick: Chapter 3 – Parabellum" with `titles`). */
export interface Run {
  /** Token range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

const TITLE_GLUE = new Set(["'s", 'of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'from', 'by', '&', ':', '–', '—', '-', 'is', 'no', 'de', 'la', 'le', 'du', 'des']);

// Lower-case second halves of compounds that follow a name: "Obama-era", "Paris-based".
const COMPOUND_TAILS = new Set(['era', 'led', 'run', 'born', 'like', 'made', 'type', 'style', 'based', 'owned', 'backed', 'era', 'age', 'day', 'year', 'old', 'wide', 'free', 'bred', 'sized', 'esque', 'ish', 'ite', 'ism', 'fest', 'gate', 'mania', 'bound', 'area']);

export const isCapitalised = (t: Token) => startsUpperOrDigit(t.text) && t.pos !== 'PUNCT';

/** /^[\p{Lu}\d]/u, with the ASCII letters and digits decided without the regex (this runs for every token, several times). */
export function startsUpperOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\d]/u.test(word);
}

// Runs per analysed article: people, outlets and films all ask for them. Kept with the token and sentence
// arrays they were read from, so a document whose analysis is replaced gets fresh runs.
interface CachedRuns {
  tokens: Token[];
  sentences: AnalyzedArticle['sentences'];
  names?: readonly Run[];
  titles?: readonly Run[];
}
const runsCache = new WeakMap<AnalyzedArticle, CachedRuns>();

/** The abbreviation of a rank's number: "No. 2", "Nos 3". */
const RANKING_NUMBER = /^Nos?\.?$/;

const OPENING_MARKS = new Set(['“', '‘', '(', '«', '„']);

// Module constants, not literals in the loop: a regex literal is a new RegExp object each time it runs.
const LETTER_FIRST = /^\p{L}/u;
const LETTER_LAST = /\p{L}$/u;

/**
 * Runs of capitalised words in every sentence. Sentence-initial words join only when tagged as proper
 * nouns and not in the list of capitalised function words. With `titles`, function words, digits,
 * colons and dashes may sit between capitalised words (titles of works).
 */
export function capitalisedRuns(doc: AnalyzedArticle, titles = false): readonly Run[] {
  // The runs depend only on the tokens and sentences, which stay as the analysis left them.
  let cached = runsCache.get(doc);
  if (!cached || cached.tokens !== doc.tokens || cached.sentences !== doc.sentences) {
    cached = { tokens: doc.tokens, sentences: doc.sentences };
    runsCache.set(doc, cached);
  }
  const kind = titles ? 'titles' : 'names';
  return (cached[kind] ??= findRuns(doc, titles));
}

function findRuns(doc: AnalyzedArticle, titles: boolean): Run[] {
  const { tokens } = doc;
  const text = doc.article.text;
  const runs: Run[] = [];
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = tokens[i]!;
      // Most words are lower-case: no run starts there (a title's opening article is capitalised too).
      if (!startsUpperOrDigit(t.text)) {
        i++;
        continue;
      }
      // After an opening mark; a straight quote that touches the word before it closes a quotation instead.
      const prevMark = tokens[i - 1]?.text ?? '';
      const initial = i === s.tokenStart || OPENING_MARKS.has(prevMark) || (prevMark === '"' && (i - 2 < s.tokenStart || tokens[i - 2]!.end < tokens[i - 1]!.start));
      // "world No. 2 Sofia Marchetti": a ranking's "No." and its number describe the name after them, as "world
      // number two" does; capitalised, they would open the run and hide the name (a title keeps them: "No. 1 Ladies").
      if (!titles && RANKING_NUMBER.test(t.text) && /^\d+$/.test(tokens[i + 1]?.text ?? '') && i + 1 < s.tokenEnd) {
        i += 2;
        continue;
      }
      // A title may open a sentence with its article: "The Matrix 4 comes later."
      const titleArticle = titles && initial && /^(The|A|An)$/.test(t.text) && isCapitalised(tokens[i + 1] ?? t) && i + 1 < s.tokenEnd;
      // ("Park said" opening a sentence after "Park Dong-hyun": a family name written first, read as a noun, still opens a name.)
      if (!titleArticle && (!isCapitalised(t) || (initial && (NOT_NAMES.has(t.normal) || (t.pos !== 'PROPN' && !/^\d/.test(t.text) && !familyNameOfEarlierName(tokens, i) && !initialWordOpensBody(tokens, i, s.tokenEnd)))))) {
        i++;
        continue;
      }
      // "On Tuesday Summer Lee said": a day's name before a name is the time, not the name's first word
      // (a title may start with one: "Friday Night Lights").
      if (!titles && isDayWord(t.normal) && tokens[i + 1] && i + 1 < s.tokenEnd && isCapitalised(tokens[i + 1]!) && tokens[i + 1]!.start - t.end <= 1) {
        i++;
        continue;
      }
      let j = i;
      for (;;) {
        const next = tokens[j + 1];
        if (!next || j + 1 >= s.tokenEnd || next.start - tokens[j]!.end > 1) break;
        // The tagger splits words at some letters ("Kova" + "č", "Wa" + "łę" + "sa"): touching letters are one word.
        if (next.start === tokens[j]!.end && LETTER_FIRST.test(next.text) && LETTER_LAST.test(tokens[j]!.text)) { j++; continue; }
        // "Yusuf al-Rashidi": a particle joined by a hyphen to the next capitalised word.
        const p2 = tokens[j + 2];
        const p3 = tokens[j + 3];
        if (!titles && isParticle(next.text) && p2?.text === '-' && p3 && j + 3 < s.tokenEnd && p2.start === next.end && p3.start === p2.end && isCapitalised(p3)) { j += 3; continue; }
        // A Korean given name after the family name, its first syllable one the tagger reads as a function word
        // ("Kim Da-som": "Da" normalised to "the"): a short capitalised syllable hyphened to a lower-case one.
        if (!titles && p2?.text === '-' && p3 && j + 3 < s.tokenEnd && p2.start === next.end && p3.start === p2.end && /^\p{Lu}\p{Ll}{0,3}$/u.test(next.text) && !NOT_NAMES.has(next.text.toLowerCase()) && /^\p{Ll}{1,4}$/u.test(p3.text) && !COMPOUND_TAILS.has(p3.text)) { j += 3; continue; }
        // ("World No. 4 Lena Varga": the ranking ends the run before it too.)
        if (!titles && RANKING_NUMBER.test(next.text) && /^\d+$/.test(p2?.text ?? '')) break;
        // Headline capitals: "Ana Ruiz And Mia Tang Are Touring" holds two names, not one.
        // (A word the tagger reads as a verb after a given name is a surname: "Marek Cooper", "Dana Lynch".)
        // (… and a short syllable after a listed family name opening the run is the given name: "Zhou Hang", not
        // a headline's "Kim Says".)
        // (… but not a headline's past-tense verb: "Tan Said the plan was fine".)
        const givenAfterFamily = j === i && isFamilyFirstName(tokens[j]!.text) && /^\p{Lu}\p{Ll}{1,4}$/u.test(next.text) && !/s$/.test(next.text) && !isPastTenseNotGiven(next.normal);
        const headlineWord = !titles && (NOT_NAMES.has(next.normal) || next.pos === 'AUX' || (next.pos === 'VERB' && !isGivenNameToken(tokens[j]!) && !givenAfterFamily) || next.pos === 'CCONJ' || next.pos === 'ADP');
        // (A number counting what follows ends a name: "defeating Ana Ruiz 27 votes to 23".)
        const count = !titles && /^\d+$/.test(next.text) && tokens[j + 2]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[j + 2]!.text);
        if (!headlineWord && !count && (isCapitalised(next) || (next.text === '.' && /^\p{Lu}$/u.test(tokens[j]!.text)))) { j++; continue; }
        // Glue words only between capitalised words: "Army of the Dead", "Ana de Armas".
        const glue = titles ? TITLE_GLUE.has(next.normal) : isParticle(next.text) || next.text === '-';
        // A hyphenated name is one name when the hyphen touches both halves: "Carrie-Anne Moss", "Jean-Luc".
        if (!titles && next.text === '-') {
          const after = tokens[j + 2];
          if (after && j + 2 < s.tokenEnd && next.start === tokens[j]!.end && after.start === next.end && isCapitalised(after)) { j += 2; continue; }
          // Korean given names: "Park Ji-hoon", "Moon Jae-in" (a lower-case syllable after a name already begun).
          // … and before it, given name first: "Min-jun Choi" (a short syllable opening the run, a capitalised word after).
          const surname = tokens[j + 3];
          const givenFirst = j === i && /^\p{Lu}\p{Ll}{0,4}$/u.test(tokens[j]!.text) && !!surname && j + 3 < s.tokenEnd && surname.start - (after?.end ?? 0) === 1 && isCapitalised(surname);
          if (after && (j > i || givenFirst) && j + 2 < s.tokenEnd && next.start === tokens[j]!.end && after.start === next.end && /^\p{Ll}{1,4}$/u.test(after.text) && !COMPOUND_TAILS.has(after.text)) { j += 2; continue; }
          break;
        }
        if (glue) {
          let k = j + 1;
          while (k < s.tokenEnd && (titles ? TITLE_GLUE.has(tokens[k]!.normal) : isParticle(tokens[k]!.text))) k++;
          if (k < s.tokenEnd && isCapitalised(tokens[k]!) && k - j <= 3) { j = k; continue; }
        }
        break;
      }
      runs.push({ first: i, last: j, start: t.start, end: tokens[j]!.end, text: text.slice(t.start, tokens[j]!.end) });
      i = j + 1;
    }
  }
  return runs;
}
