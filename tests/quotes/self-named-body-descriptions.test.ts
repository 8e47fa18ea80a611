import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the party", "the campaign" stand for a body named before whose name says it is one', () => {
  test('"the party" after a party named as the subject before: that party, as written', () => {
    const text = 'The Oregon Green Party said it would field a candidate. "Voters deserve a real choice," the party wrote on its website.';
    expect(quote(text, 'Voters deserve')).toMatchObject({
      type: 'direct', text: 'Voters deserve a real choice,', start: at(text, 'Voters deserve'),
      speaker: 'The Oregon Green Party', speaker_kind: 'organization', speaker_mention: 'the party',
      speaker_start: at(text, 'the party'), cue: 'wrote', outlet: null,
    });
  });

  test('"the campaign" after a candidate\'s campaign that spoke', () => {
    const text = 'The Delgado campaign said it raised $2 million. "We are just getting started," the campaign wrote.';
    expect(quote(text, 'We are just')).toMatchObject({
      type: 'direct', text: 'We are just getting started,', speaker: 'Delgado campaign', speaker_kind: 'organization',
      speaker_mention: 'the campaign', speaker_start: at(text, 'the campaign'), cue: 'wrote', outlet: null,
    });
  });

  test('"the coalition" already resolves to a coalition named before', () => {
    const text = 'The Riverside Tenants Coalition said it would appeal. "The ruling ignores renters," the coalition wrote.';
    expect(quote(text, 'The ruling')).toMatchObject({ speaker: 'Riverside Tenants Coalition', speaker_kind: 'organization', speaker_mention: 'the coalition' });
  });

  test('near miss: with no party named before, "the party" stays itself', () => {
    const text = 'Critics attacked the governor. "Marta Delgado has served with honor," the party wrote.';
    expect(quote(text, 'Marta Delgado')).toMatchObject({ type: 'direct', speaker: 'the party', speaker_mention: 'the party', cue: 'wrote' });
  });

  test('near miss: a body whose name says no party is not "the party"', () => {
    const text = 'Northfield Rovers said it backed the governor. "Marta Delgado has served with honor," the party wrote.';
    expect(quote(text, 'Marta Delgado')).toMatchObject({ type: 'direct', speaker: 'the party', speaker_mention: 'the party' });
  });
});
