import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"OUTLET quoted X as saying …": the quoted person speaks, the outlet that quoted carries the words', () => {
  test('a quotation after "quoted an unnamed official as saying"', () => {
    const text = 'Reuters quoted a senior official as saying “the talks will resume next week.”';
    expect(quote(text, 'the talks will')).toMatchObject({
      text: 'the talks will resume next week.', speaker: null, speaker_mention: 'a senior official', speaker_start: at(text, 'a senior'),
      cue: 'saying', cue_start: at(text, 'saying'), outlet: 'Reuters',
    });
  });

  test('a reported clause after "cited NAME as saying"', () => {
    const text = 'The Times cited Mayor Ann Lee as saying the bridge would reopen in May.';
    expect(quote(text, 'the bridge')).toMatchObject({
      text: 'the bridge would reopen in May', type: 'indirect', speaker: 'Ann Lee', cue: 'saying', outlet: 'The Times',
    });
  });

  test('near miss: the passive "was quoted as saying" keeps its subject and names no outlet', () => {
    const text = 'A senior official was quoted as saying “the talks will resume next week.”';
    expect(quote(text, 'the talks will')).toMatchObject({ speaker_mention: 'A senior official', cue: 'saying', outlet: null });
  });
});

describe('"according to OUTLET\'s sources": the unnamed sources are the source, the outlet carries them', () => {
  test('the sources of a named outlet', () => {
    const text = 'He stayed at the hotel in Rome through Friday, according to Variety’s sources.';
    expect(quote(text, 'He stayed')).toMatchObject({
      text: 'He stayed at the hotel in Rome through Friday', type: 'indirect', speaker: null, speaker_mention: 'sources', speaker_kind: 'anonymous',
      speaker_start: at(text, 'sources'), cue: 'according to', outlet: 'Variety',
    });
  });

  test('near miss: an outlet\'s named role stays the outlet\'s', () => {
    const text = 'He stayed at the hotel in Rome through Friday, according to Variety’s film critic.';
    expect(quote(text, 'He stayed')).toMatchObject({ speaker: 'Variety', cue: 'according to', outlet: 'Variety' });
  });
});
