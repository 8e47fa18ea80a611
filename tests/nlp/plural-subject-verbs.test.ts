import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote } from '../helpers/quotes.js';

const tokenOf = (text: string, word: string) => analyzeArticle({ id: 't', path: '', text }).tokens.find((t) => t.text === word)!;

describe('a bare verb after a plural subject in a that-clause: "… that ski areas at low altitude face a bleak future"', () => {
  test('the word the model reads as a noun is the clause\'s verb', () => {
    expect(tokenOf('Farmers have argued for months that orchards in the valley face a dry summer.', 'face').pos).toBe('VERB');
    expect(tokenOf('The mayor said that the ferries need new engines.', 'need').pos).toBe('VERB');
  });

  test('the report is the clause after "that", not the cue\'s adverbial with it', () => {
    const text = 'Fishing crews have warned for years that small harbours on the coast face a hard winter.';
    expect(quote(text, 'small harbours')).toMatchObject({
      type: 'indirect', text: 'small harbours on the coast face a hard winter', start: at(text, 'small harbours'), end: at(text, 'winter') + 'winter'.length,
      speaker: null, speaker_mention: 'Fishing crews', speaker_start: 0, speaker_kind: 'anonymous', cue: 'warned', cue_start: at(text, 'warned'),
    });
  });

  test('negative: a noun inside the noun phrase, or after a preposition, stays a noun', () => {
    // (No plural before it: "that ski area face" is no subject and verb.)
    expect(tokenOf('The guide showed that ski area face a steep drop.', 'face').pos).not.toBe('VERB');
    // (Right after "of", the word is the preposition's object.)
    expect(tokenOf('He spoke of that harbours of stone a long time ago.', 'stone').pos).not.toBe('VERB');
    // (No article or describing word and noun after it: "the crews rest" ends a phrase.)
    expect(tokenOf('She said that the boat crews rest.', 'crews').pos).not.toBe('VERB');
  });
});

describe('a present-tense verb after a plural subject, read as a compound\'s noun, before an adverb', () => {
  test('"The cuts fall mostly on …, according to …": the clause is reported', () => {
    const text = 'The cuts fall mostly on night crews, according to three people briefed on the plan.';
    expect(tokenOf(text, 'fall').pos).toBe('VERB');
    expect(quote(text, 'The cuts')).toMatchObject({
      type: 'indirect', text: 'The cuts fall mostly on night crews', start: 0, speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'three people briefed on the plan', cue: 'according to', outlet: null,
    });
  });

  test('near miss: a compound noun with a verb of its own later is left a noun', () => {
    expect(tokenOf('The sales team largely agreed with the plan.', 'team').pos).toBe('NOUN');
  });
});
