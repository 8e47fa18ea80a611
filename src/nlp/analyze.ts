import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedArticle, Article, Sentence, Token } from '../types.js';
import { segmentParagraphs } from '../text/paragraphs.js';

type Wink = ReturnType<typeof winkNLP>;

let shared: Wink | undefined;

/** The wink-nlp instance, loaded once per process (loading the model costs ~100 ms). */
export function winkInstance(): Wink {
  shared ??= winkNLP(model);
  return shared;
}

/**
 * Tokens, sentences and paragraphs of an article, with UTF-16 offsets into article.text.
 * Each paragraph is analysed on its own, so a sentence never crosses a paragraph break.
 */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const paragraphs = segmentParagraphs(article.text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    analyzeSpan(article.text, paragraph.start, paragraph.end, paragraph.index, tokens, sentences);
  }
  return { article, paragraphs, sentences, tokens };
}

/** Analyse text.slice(start, end), appending tokens and sentences with offsets shifted by start. */
export function analyzeSpan(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  tokens: Token[],
  sentences: Sentence[],
): void {
  const nlp = winkInstance();
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(start, end));
  // wink-nlp keeps every character: precedingSpaces + value, token after token, rebuilds the input.
  const winkStart: number[] = [];
  const winkEnd: number[] = [];
  const ourIndex: number[] = [];
  let cursor = start;
  doc.tokens().each((t: any) => {
    cursor += (t.out(its.precedingSpaces) as string).length;
    const value = t.out() as string;
    const type = t.out(its.type) as string;
    winkStart.push(cursor);
    cursor += value.length;
    winkEnd.push(cursor);
    ourIndex.push(tokens.length);
    if (type === 'tabCRLF') return;
    // wink-nlp adds unknown words to its shared lexicon as it reads, after which "Clinton's" stays one
    // token where a fresh model splits it. Split possessives ourselves so an article's analysis never
    // depends on the articles read before it (and so on the worker count).
    const possessive = type === 'word' && value.length > 2 ? /^(.+?)(['’][sS])$/u.exec(value) : null;
    if (possessive) {
      const base = possessive[1]!;
      const baseEnd = cursor - 2;
      tokens.push({ text: base, start: cursor - value.length, end: baseEnd, normal: base.toLowerCase(), pos: t.out(its.pos) as string, lemma: base.toLowerCase(), type });
      tokens.push({ text: possessive[2]!, start: baseEnd, end: cursor, normal: possessive[2]!.toLowerCase().replace('’', "'"), pos: 'PART', lemma: "'s", type });
      return;
    }
    tokens.push({
      text: value,
      start: cursor - value.length,
      end: cursor,
      normal: t.out(its.normal) as string,
      pos: t.out(its.pos) as string,
      lemma: t.out(its.lemma) as string,
      type,
    });
  });
  doc.sentences().each((s: any) => {
    const [first, last] = s.out(its.span) as [number, number];
    const tokenStart = ourIndex[first]!;
    const tokenEnd = last + 1 < ourIndex.length ? ourIndex[last + 1]! : tokens.length;
    if (tokenEnd <= tokenStart) return;
    sentences.push({ start: winkStart[first]!, end: winkEnd[last]!, tokenStart, tokenEnd, paragraph });
  });
}
