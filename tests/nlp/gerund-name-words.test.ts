import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote } from '../helpers/quotes.js';

const span = (text: string, words: string) => ({ text: words, start: at(text, words), end: at(text, words) + words.length });

const analyze = (text: string) => analyzeArticle({ id: 't', path: '', text });

describe('a capitalised gerund inside a sentence, before a proper noun, opens that name', () => {
  test('"…, Rowing Canada confirmed on Monday": the body speaks the fronted report', () => {
    const text = 'The national eight has been withdrawn from the regatta after an injury, Rowing Canada confirmed on Monday.';
    expect(analyze(text).tokens.find((t) => t.text === 'Rowing')?.pos).toBe('PROPN');
    const words = 'The national eight has been withdrawn from the regatta after an injury';
    expect(quote(text, 'The national eight')).toMatchObject({ ...span(text, words), type: 'indirect', speaker: 'Rowing Canada', speaker_mention: 'Rowing Canada', cue: 'confirmed', outlet: null });
  });

  test('…and the same with a participle clause after the closing cue', () => {
    const text = 'The top seed has pulled out of the final with a back injury, Sailing Ireland said on Friday, leaving the class without a favourite.';
    expect(quote(text, 'The top seed')).toMatchObject({ ...span(text, 'The top seed has pulled out of the final with a back injury'), type: 'indirect', speaker: 'Sailing Ireland', cue: 'said', outlet: null });
  });

  test('near miss: a gerund opening a sentence stays a verb, and the subject after it speaks', () => {
    const text = 'Leaving Dublin, the minister said the city had changed.';
    expect(analyze(text).tokens[0]!.pos).toBe('VERB');
    expect(quote(text, 'the city')).toMatchObject({ ...span(text, 'the city had changed'), type: 'indirect', speaker_mention: 'the minister', cue: 'said' });
  });
});
