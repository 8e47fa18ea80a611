import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "Name, a spokeswoman for Body, the Body's description, said": the second apposition describes the body;
// the first describes the person, whose name heads the subject and speaks.

describe('a name before two appositions in a row', () => {
  test('the name before a role and a description of its body speaks, with the role', () => {
    const text = 'Lena Okoro, a spokeswoman for Harbour Tenants United, the largest renters group in the city, said the vote was “a betrayal.”';
    expect(quote(text, 'a betrayal')).toMatchObject({ type: 'partial', text: 'a betrayal.', start: at(text, 'a betrayal'), speaker: 'Lena Okoro', speaker_mention: 'Lena Okoro', speaker_role: 'spokeswoman', cue: 'said', outlet: null });
  });

  test('without quotation marks the indirect quote has the same speaker', () => {
    const text = 'Lena Okoro, a spokeswoman for Harbour Tenants United, the largest renters group in the city, said the vote was a betrayal.';
    expect(quote(text, 'the vote')).toMatchObject({ type: 'indirect', text: 'the vote was a betrayal', speaker: 'Lena Okoro', speaker_role: 'spokeswoman', cue: 'said', outlet: null });
  });

  test('near miss: a description with no name before it still speaks itself', () => {
    const text = 'A spokeswoman for Harbour Tenants United, the largest renters group in the city, said the vote was “a betrayal.”';
    expect(quote(text, 'a betrayal')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'A spokeswoman for Harbour Tenants United', cue: 'said' });
  });

  test('near miss: a role, a name, then the name\'s own role keeps the name', () => {
    const text = 'The harbour master, Lena Okoro, a former pilot, said the vote was “a betrayal.”';
    expect(quote(text, 'a betrayal')).toMatchObject({ type: 'partial', speaker: 'Lena Okoro', speaker_mention: 'Lena Okoro', cue: 'said' });
  });
});
