import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a legislature\'s name with "of" inside is one name, not cut at "House"', () => {
  test('"according to the House of Lords"', () => {
    const text = 'According to the House of Lords, only four peers have been expelled.';
    expect(quote(text, 'only four')).toMatchObject({
      type: 'indirect', text: 'only four peers have been expelled', start: at(text, 'only four'), end: at(text, '.'),
      speaker: 'House of Lords', speaker_kind: 'organization', speaker_mention: 'House of Lords', cue: 'According to', outlet: null,
    });
  });

  test('a chamber speaking before its cue', () => {
    const text = 'The House of Delegates said the bill would pass.';
    expect(quote(text, 'the bill')).toMatchObject({ type: 'indirect', text: 'the bill would pass', speaker: 'House of Delegates', speaker_kind: 'organization', cue: 'said' });
  });

  test('records kept by it stay evidence, not cut to "House"', () => {
    const text = 'According to House of Lords records, only four peers have been expelled.';
    expect(quote(text, 'only four')).toMatchObject({ type: 'indirect', speaker_mention: 'House of Lords records', cue: 'According to' });
  });

  test('near miss: a House speaker named after her title is the person', () => {
    const text = '“We will vote no,” said House Speaker Ana Ruiz.';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', speaker_kind: 'person', cue: 'said' });
  });
});
