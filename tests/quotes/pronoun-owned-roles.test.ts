import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a role owned by a pronoun refers back to the one named in it: "His lawyer, NAME, …" then "his lawyer said"', () => {
  test('the later "his solicitor" is the solicitor named in the apposition', () => {
    const text = 'His solicitor, Ruth Oakes, said the charge was baseless. The hearing resumes in May. His solicitor said later that the family would appeal.';
    expect(quote(text, 'the family')).toMatchObject({
      type: 'indirect', text: 'the family would appeal', start: at(text, 'the family'), end: at(text, 'the family') + 'the family would appeal'.length,
      speaker: 'Ruth Oakes', speaker_mention: 'His solicitor', speaker_kind: 'person', cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
    });
  });

  test('a direct quotation after it: "“…,” her manager said"', () => {
    const text = 'Her manager, Piet Vander, stayed home. “She needs a rest,” her manager said.';
    expect(quote(text, 'She needs')).toMatchObject({
      type: 'direct', text: 'She needs a rest,', speaker: 'Piet Vander', speaker_mention: 'her manager', speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('negative: a role never tied to a name stays the anonymous speaker', () => {
    const text = 'Ruth Oakes denied the charge. The hearing resumes in May. Her lawyer said later that the family would appeal.';
    expect(quote(text, 'the family')).toMatchObject({
      type: 'indirect', text: 'the family would appeal', speaker: null, speaker_mention: 'Her lawyer', speaker_kind: 'anonymous', cue: 'said',
    });
  });
});
