import type { AnalyzedArticle, Sentence, Token } from '../types.js';
import { tokensStartingBefore } from '../nlp/token-search.js';
import { endsAtFirmAbbreviation, endsAtLetterStop, endsAtPlatformStop } from '../nlp/analyze.js';

// The token-level view of an article the attribution rules read, with sentences rejoined at abbreviations.

/** Token-level view of an article with the lookups the attribution rules need. */
export class TokenView {
  readonly tokens: Token[];
  private readonly sentenceOf: Int32Array;
  /** The analysed sentences, rejoined where the splitter broke at an abbreviation ("Rep. Ann Marsh (R-S.C.) said"). */
  readonly sentences: Sentence[];

  constructor(readonly doc: AnalyzedArticle) {
    this.tokens = doc.tokens;
    this.sentences = joinAbbreviations(doc);
    this.sentenceOf = new Int32Array(doc.tokens.length);
    this.sentences.forEach((s, k) => {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) this.sentenceOf[i] = k;
    });
  }

  /** Index of the first token starting at or after offset. */
  tokenAtOrAfter(offset: number): number {
    return tokensStartingBefore(this.tokens, offset);
  }

  sentence(token: number) {
    return this.sentences[this.sentenceOf[token] ?? 0]!;
  }

  private capitalisedWords?: Set<string>;
  private secondNames?: Set<string>;

  /** Words written with a capital somewhere other than at a sentence start (once per article). */
  capitalisedMidSentence(): Set<string> {
    if (!this.capitalisedWords) {
      this.capitalisedWords = new Set();
      this.tokens.forEach((t, i) => {
        if (/^\p{Lu}/u.test(t.text) && this.sentence(i).tokenStart !== i) this.capitalisedWords!.add(t.text);
      });
    }
    return this.capitalisedWords;
  }

  /** Words that follow a capitalised proper noun, as a surname follows a given name ("Shonda Rhimes"). */
  namesAfterNames(): Set<string> {
    if (!this.secondNames) {
      this.secondNames = new Set();
      this.tokens.forEach((t, i) => {
        const prev = this.tokens[i - 1];
        if (prev && prev.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(prev.text) && prev.end + 1 === t.start) this.secondNames!.add(t.text);
      });
    }
    return this.secondNames;
  }
}

// A sentence "ending" in an initial, a title or a party-state tag is no sentence end: "Loretta E.",
// "Rep.", "(R-S.", "U.S.". A capitalised word after it is still part of the sentence.
export const ABBREVIATION_END = /(?:^|[\s(\-])(?:\p{Lu}|Rep|Sen|Gov|Del|Supt|Cmdr|Adm|Maj|Lt|Gen|Col|Sgt|Capt|Mr|Mrs|Ms|Dr|St|Jr|Sr|Rev|Prof|Mt|Ft|No|Nos|Inc|Corp|Co|Ltd|Bros|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|D\.C|R-\p{Lu}{2}|D-\p{Lu}{2})\.$/u;

/** A speech frame right after a closing mark: ",” she said", ",” said Lee", ",” Bo Lee said", "!” he replied". */
export const SPOKEN_RIGHT_AFTER = /^\s*(?:(?:he|she|they|i|we|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:said|says|asked|asks|replied|replies|answered|answers|added|adds|told|tells|shouted|yelled)\b|(?:said|says|asked|replied|answered|added|shouted)\s+\p{Lu})/u;

/** Abbreviations a sentence often ends with: "moved to the U.S.", "joined Acme Inc.", "Martin King Jr.". */
const SENTENCE_FINAL_ABBREVIATION = /(?:^|[\s(])(?:U\.S|U\.K|U\.N|D\.C|Inc|Corp|Co|Ltd|Bros|Jr|Sr)\.$/u;
/** Words that open a sentence and never continue a name or title: "… in the U.S. They …", "… Inc. But …". */
const SENTENCE_OPENER = /^(?:He|She|They|It|We|I|You|The|But|And|This|That|These|Those|There|His|Her|Their|Its|Our|In|On|At|As|While|When|If|So|Yet|Still|Meanwhile|However)\b/u;

function joinAbbreviations(doc: AnalyzedArticle): Sentence[] {
  const text = doc.article.text;
  const out: Sentence[] = [];
  // Parentheses the last sentence of `out` leaves open, kept as it grows (recounting the whole joined
  // sentence at each join took time in the square of its length).
  let open = 0;
  const join = (prev: Sentence, s: Sentence) => {
    out[out.length - 1] = { ...prev, end: s.end, tokenEnd: s.tokenEnd };
    open += parenthesesOpened(text, prev.end, s.end);
  };
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    // "the “mother!” star asked …": a sentence never starts with a lowercase word, nor with a comma
    // ("Sen. Dunn (D-Ill.), noting …").
    if (prev && prev.paragraph === s.paragraph && /^(?:[”’"']?\s*\p{Ll}|[,;])/u.test(text.slice(s.start, s.start + 4))) {
      join(prev, s);
      continue;
    }
    if (prev && prev.paragraph === s.paragraph && ABBREVIATION_END.test(text.slice(Math.max(prev.start, prev.end - 12), prev.end).trimEnd())) {
      // "… by Gen. Mills." ends a sentence only rarely; an initial or title before a capitalised word, or an open parenthesis, never does.
      // A place or firm that often ends a sentence, before a word that opens one, does: "… moved to the U.S. She then said …".
      // (And a firm's abbreviation before a capitalised word and one in small letters: "… Visitors Corp. Hotel owners estimated".)
      const ends = (SENTENCE_FINAL_ABBREVIATION.test(text.slice(Math.max(prev.start, prev.end - 12), prev.end).trimEnd()) && SENTENCE_OPENER.test(text.slice(s.start, s.start + 12))) || endsAtFirmAbbreviation(doc.tokens, s.tokenStart) || endsAtPlatformStop(doc.tokens, s.tokenStart) || endsAtLetterStop(doc.tokens, s.tokenStart);
      if (!ends && (open > 0 || /^\s*[\p{Lu}(]/u.test(text.slice(s.start, s.start + 3)))) {
        join(prev, s);
        continue;
      }
    }
    out.push(s);
    open = parenthesesOpened(text, s.start, s.end);
  }
  return out;
}

/** Opening parentheses minus closing ones in text[from, to). */
function parenthesesOpened(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) n++;
    else if (c === 41) n--;
  }
  return n;
}
