import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// A noun-phrase object cannot run on over "but" into a clause with a subject and verb of its own.
describe('an object ends before "but" and another subject\'s clause', () => {
  test('"questioned the penalty but the referee said B": the object is "the penalty"', () => {
    const text = 'Brennan questioned the penalty but the referee said the video was clear.';
    expect(quote(text, 'the penalty')).toMatchObject({
      type: 'indirect', text: 'the penalty', start: at(text, 'the penalty'), end: at(text, ' but'),
      speaker: 'Brennan', speaker_mention: 'Brennan', cue: 'questioned', cue_start: at(text, 'questioned'),
    });
    expect(quote(text, 'the video')).toMatchObject({ type: 'indirect', text: 'the video was clear', cue: 'said', speaker_mention: 'the referee' });
  });

  test('negative: a reported clause keeps its "but" clause ("said A but the mayor insisted B" is left whole)', () => {
    expect(indirect('Ruiz said the plan was dead but the mayor insisted otherwise.')[0]).toBe('the plan was dead but the mayor insisted otherwise');
  });
});

// A passive verb of speech joined with "and" is what the content's subject was told, part of the report.
describe('a passive "and was told" stays in the report', () => {
  test('"said he took his complaint to his manager and was told to stay silent"', () => {
    const text = 'He said he took his complaint to his manager and was told to stay silent.';
    expect(quote(text, 'he took')).toMatchObject({
      type: 'indirect', text: 'he took his complaint to his manager and was told to stay silent', start: at(text, 'he took'), end: at(text, '.'),
      speaker_mention: 'He', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('negative: after a comma, "and was asked whether …" is the speaker\'s next exchange', () => {
    expect(indirect('Ruiz said the budget was balanced, and was asked whether taxes would rise.')).toEqual(['the budget was balanced']);
  });
});
