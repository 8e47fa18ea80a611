import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an unnamed description that spoke as the previous sentence\'s subject is the he/she after it', () => {
  test('"A nurse, who asked not to be named, said …. “…,” she said": the nurse, not the named woman quoted before', () => {
    const text = 'Health Minister Philippa Dunmore said she was confident.\n\nA nurse, who asked not to be named, said wards were full. "We turned people away every night," she said.';
    expect(quote(text, 'We turned')).toMatchObject({
      type: 'direct', text: 'We turned people away every night,', start: at(text, 'We turned'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'she', speaker_start: at(text, 'she said.'), speaker_role: 'nurse', cue: 'said', outlet: null,
    });
  });

  test('near miss: a plural group is no "he"', () => {
    const text = 'Health Minister Roderick Dunmore said he was confident.\n\nTwo nurses said wards were full. "We turned people away every night," he said.';
    expect(quote(text, 'We turned')).toMatchObject({ type: 'direct', speaker: 'Roderick Dunmore', speaker_mention: 'he' });
  });

  test('near miss: a go-between ("a spokesperson") may speak for the one named', () => {
    const text = 'Health Minister Roderick Dunmore visited the ward. A spokesperson said he was confident. "We will hire more staff," he said.';
    expect(quote(text, 'We will hire')).toMatchObject({ type: 'direct', speaker: 'Roderick Dunmore', speaker_mention: 'he' });
  });
});
