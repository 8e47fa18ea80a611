import { describe, expect, test } from 'vitest';
import { bangsInsideNames } from '../../src/text/bang-names.js';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const sentences = (text: string) => analyzeArticle({ id: 't', path: '', text }).sentences.map((s) => text.slice(s.start, s.end));

describe('names written with "!" end no sentence', () => {
  test('the "!" inside a listed outlet name, or before a word in small letters', () => {
    const text = 'She told E! News so. He told Yahoo! that he was fine. Jeopardy! host Tom Reyes agreed.';
    expect([...bangsInsideNames(text)].sort((a, b) => a - b)).toEqual([at(text, '! News'), at(text, '! that'), at(text, '! host')]);
    expect(sentences(text)).toEqual(['She told E! News so.', 'He told Yahoo! that he was fine.', 'Jeopardy! host Tom Reyes agreed.']);
  });

  test('a name closing with "!" before a capital may end the sentence, and an ordinary "!" still does', () => {
    const text = 'Mara Okafor wrote to Hello! The reply came in May. What a day! Fans cheered.';
    expect(bangsInsideNames(text).size).toBe(0);
    expect(sentences(text)).toEqual(['Mara Okafor wrote to Hello!', 'The reply came in May.', 'What a day!', 'Fans cheered.']);
  });

  test('"told E! News that …" is an indirect report with its outlet', () => {
    const text = 'Mara Okafor spoke briefly. She told E! News that the tour would resume in May.';
    expect(quote(text, 'the tour')).toMatchObject({
      type: 'indirect', text: 'the tour would resume in May', start: at(text, 'the tour'),
      speaker: 'Mara Okafor', speaker_mention: 'She', speaker_start: at(text, 'She told'), cue: 'told', cue_start: at(text, 'told E!'), outlet: 'E! News',
    });
  });

  test('no report where the sentence with the name has none', () => {
    const text = 'Mara Okafor watched E! News at the port.';
    expect(quotesOf(text)).toEqual([]);
  });
});
