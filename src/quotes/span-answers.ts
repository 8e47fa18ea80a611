import type { Token } from '../types.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/**
 * Answers about a span of one article's tokens, worked out once per span: the quote stage asks the same
 * question of the same span several times. Kept per token array (one article's; dropped with it) and keyed
 * by the span's two ends. Each answer comes back as a copy, as a fresh answer would: a caller may keep or
 * change what it gets. (Spread, so a field added to SpeakerPhrase later is copied too.)
 */
export function spanAnswers(work: (tokens: Token[], a: number, b: number) => SpeakerPhrase | null): (tokens: Token[], a: number, b: number) => SpeakerPhrase | null {
  const byArticle = new WeakMap<Token[], Map<number, SpeakerPhrase | null>>();
  // (The calls come an article at a time: the last article's answers are at hand without the WeakMap's
  // look-up. Holds that one token array until the next call.)
  let lastTokens: Token[] | null = null;
  let lastAnswers: Map<number, SpeakerPhrase | null> | undefined;
  return (tokens, a, b) => {
    let answers = tokens === lastTokens ? lastAnswers : byArticle.get(tokens);
    if (!answers) {
      answers = new Map();
      byArticle.set(tokens, answers);
    }
    lastTokens = tokens;
    lastAnswers = answers;
    const key = a * (tokens.length + 1) + b;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = work(tokens, a, b);
      answers.set(key, answer);
    }
    return answer && { ...answer };
  };
}
