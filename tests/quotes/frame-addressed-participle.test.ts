import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a participle cue after "VERB to/at OBJECT": the object speaks unless the verb addresses it', () => {
  test('"fired at demonstrators demanding that …": the demonstrators demand', () => {
    const text = 'Police fired at demonstrators demanding that the president resign.';
    expect(quote(text, 'the president')).toMatchObject({
      text: 'the president resign', type: 'indirect', speaker: null, speaker_mention: 'demonstrators', speaker_start: at(text, 'demonstrators'),
      cue: 'demanding', cue_start: at(text, 'demanding'), outlet: null,
    });
  });

  test('"listened to residents complaining that …" and "responded to critics claiming that …": the object speaks', () => {
    const a = 'The senator listened to residents complaining that the road was unsafe.';
    expect(quote(a, 'the road')).toMatchObject({ text: 'the road was unsafe', speaker_mention: 'residents', cue: 'complaining', outlet: null });
    const b = 'Ruiz responded to critics claiming that the plan was illegal.';
    expect(quote(b, 'the plan')).toMatchObject({ text: 'the plan was illegal', speaker: null, speaker_mention: 'critics', cue: 'claiming', outlet: null });
  });

  test('"pointed to letters from parents urging …": the letters\' senders urge, not the subject', () => {
    const text = 'Holt pointed to letters from parents urging the school to reopen.';
    expect(quote(text, 'the school')).toMatchObject({
      text: 'the school to reopen', speaker: null, speaker_mention: 'parents', speaker_start: at(text, 'parents'), cue: 'urging', outlet: null,
    });
  });

  test('"wrote to X urging …" and "sent a letter to X urging …": the writer urges', () => {
    const a = 'The union wrote to Ana Holt on Monday urging her to intervene.';
    expect(quote(a, 'her to')).toMatchObject({ text: 'her to intervene', speaker: 'The union', speaker_mention: 'The union', speaker_start: 0, cue: 'urging', outlet: null });
    const b = 'The union sent a letter to the governor on Monday urging her to intervene.';
    expect(quote(b, 'her to')).toMatchObject({ text: 'her to intervene', speaker: 'The union', speaker_mention: 'The union', cue: 'urging', outlet: null });
  });

  test('a name\'s apposition and relative clause before ", urging X," make the description no content', () => {
    const text = 'The mayor, Ana Holt, who was elected in May, urging calm, said the city would recover.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.text)).not.toContain('The mayor');
    expect(quote(text, 'the city')).toMatchObject({ text: 'the city would recover', speaker: 'Ana Holt', cue: 'said', outlet: null });
  });
});

describe('a frame inside a relative clause', () => {
  test('"X blamed the contractor, which, he said, had ignored …, and called for …" ends at the clause\'s comma', () => {
    const text = 'Ortiz blamed the contractor, which, he said, had ignored three warnings, and called for an inquiry.';
    expect(quote(text, 'which')).toMatchObject({
      text: 'which, he said, had ignored three warnings', type: 'indirect', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('"Ortiz, who, he said, had never voted before, arrived …" ends before the main verb', () => {
    const text = 'Ortiz, who, he said, had never voted before, arrived at 7 a.m.';
    expect(quote(text, 'who')).toMatchObject({ text: 'who, he said, had never voted before', speaker_mention: 'he', cue: 'said', outlet: null });
  });

  test('"confronted the mayor, Ana Holt, who, visibly shaken, promised an inquiry" reports no clause before', () => {
    const text = 'Protesters confronted the mayor, Ana Holt, who, visibly shaken, promised an inquiry.';
    expect(quotesOf(text).map((q) => q.text)).not.toContain('Protesters confronted the mayor');
  });

  test('"According to X, who told reporters A, B": A is the told report, B the account\'s', () => {
    const text = 'According to the coach, who told reporters the team was exhausted, the match should be moved.';
    expect(quote(text, 'the team')).toMatchObject({ text: 'the team was exhausted', cue: 'told', speaker: 'the coach', outlet: null });
    expect(quote(text, 'the match')).toMatchObject({ text: 'the match should be moved', cue: 'According to', speaker_mention: 'the coach', outlet: null });
    const frost = 'According to Frost, who warned last year that the bridge was unsafe, repairs will cost millions.';
    expect(quote(frost, 'the bridge')).toMatchObject({ text: 'the bridge was unsafe', cue: 'warned', speaker: 'Frost' });
    expect(quote(frost, 'repairs')).toMatchObject({ text: 'repairs will cost millions', cue: 'According to', speaker: 'Frost' });
  });
});
