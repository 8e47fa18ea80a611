import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a body\'s name, then a definite description of it set off by commas, still frames a partial quotation', () => {
  test('"Krona Energy, the Swedish utility, said it had “reassessed its priorities”": a partial, the body speaks', () => {
    const text = 'Krona Energy, the Swedish utility, said it had “reassessed its priorities” after a bad year.';
    expect(quote(text, 'reassessed')).toMatchObject({ text: 'reassessed its priorities', start: at(text, 'reassessed'), end: at(text, 'reassessed') + 25, type: 'partial', speaker: 'Krona Energy', speaker_kind: 'organization', speaker_role: null, cue: 'said', outlet: null });
  });

  test('near miss: a person\'s name and role keep the person and the role', () => {
    const text = 'Dana Cole, the Swedish minister, said she had “reassessed her priorities” after a bad year.';
    expect(quote(text, 'reassessed')).toMatchObject({ speaker: 'Dana Cole', speaker_kind: 'person', speaker_role: 'minister', cue: 'said' });
  });
});
