import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('an outlet\'s name that only modifies the source after "according to"', () => {
  test('"according to BBC Verify": a unit\'s name is the source, an organisation, no outlet', () => {
    const text = 'According to Guardian Datalab, a team of six analysts, most ferries ran late last winter.';
    expect(quote(text, 'most ferries')).toMatchObject({ text: 'most ferries ran late last winter', type: 'indirect', start: at(text, 'most ferries'), end: text.length - 1, speaker: 'Guardian Datalab', speaker_kind: 'organization', speaker_mention: 'Guardian Datalab', cue: 'According to', outlet: null });
  });

  test('"according to a CNN/SSRS poll": the poll is the source, the outlet no speaker', () => {
    const text = 'According to a CNN/SSRS poll, 52% of riders want a night ferry.';
    expect(quote(text, '52%')).toMatchObject({ text: '52% of riders want a night ferry', type: 'indirect', speaker_mention: 'a CNN/SSRS poll', cue: 'According to', outlet: null });
  });

  test('"according to an ABC News exit poll" likewise', () => {
    const text = 'According to an ABC News exit poll, most riders backed the levy.';
    expect(quote(text, 'most riders')).toMatchObject({ text: 'most riders backed the levy', speaker_mention: 'an ABC News exit poll', outlet: null });
  });

  test('near miss: the outlet alone is still the source and the outlet', () => {
    const text = 'According to CNN, most riders backed the levy.';
    expect(quote(text, 'most riders')).toMatchObject({ text: 'most riders backed the levy', speaker: 'CNN', speaker_kind: 'outlet', outlet: 'CNN' });
  });
});
