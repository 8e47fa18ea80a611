// "the bus company", "the ferry firm" stand for the operator named before ("operated by …", "run by …").
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a service company described by what it runs stands for the operator named before', () => {
  test('"operated by" a company, then "the coach company said"', () => {
    const text = 'The coach, operated by Transportes Rioja Norte, overturned near Burgos. The coach company said in a statement that the driver was unhurt.';
    expect(quote(text, 'the driver was')).toMatchObject({
      type: 'indirect', text: 'the driver was unhurt', start: at(text, 'the driver was'), end: at(text, 'the driver was') + 'the driver was unhurt'.length,
      speaker: 'Transportes Rioja Norte', speaker_kind: 'organization', speaker_mention: 'The coach company', speaker_start: at(text, 'The coach company'),
      cue: 'said', outlet: null,
    });
  });

  test('"run by" a company, then "the ferry firm said"', () => {
    const text = 'The ferry, run by Marlow Sound Ferries, ran aground on Friday. The ferry firm said all passengers were safe.';
    expect(quote(text, 'all passengers')).toMatchObject({
      type: 'indirect', text: 'all passengers were safe', start: at(text, 'all passengers'), speaker: 'Marlow Sound Ferries', speaker_kind: 'organization',
      speaker_mention: 'The ferry firm', speaker_start: at(text, 'The ferry firm'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a person who runs the service is no company, so "the ferry company" stays unnamed', () => {
    const text = 'The ferry, run by Maria Olsen, ran aground on Friday. The ferry company said all passengers were safe.';
    expect(quote(text, 'all passengers')).toMatchObject({
      type: 'indirect', text: 'all passengers were safe', speaker: 'The ferry company', speaker_kind: 'organization', speaker_mention: 'The ferry company', cue: 'said', outlet: null,
    });
  });
});
