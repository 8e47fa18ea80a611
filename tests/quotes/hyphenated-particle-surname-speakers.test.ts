import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a surname opening with a particle and a hyphen, used alone, is the person named in full', () => {
  test('"Al-Mansouri told reporters" after "Tariq Al-Mansouri" is Tariq Al-Mansouri', () => {
    const text = 'The new owner, Tariq Al-Mansouri, arrived on Monday. "We want to build slowly," Al-Mansouri told reporters.';
    expect(quote(text, 'We want to build')).toMatchObject({
      text: 'We want to build slowly,', type: 'direct', speaker: 'Tariq Al-Mansouri', speaker_kind: 'person',
      speaker_start: at(text, 'Al-Mansouri told'), speaker_end: at(text, 'Al-Mansouri told') + 'Al-Mansouri'.length, cue: 'told', outlet: null,
      start: at(text, 'We want'), end: at(text, 'We want') + 'We want to build slowly,'.length,
    });
  });

  test('"El-Sayed said": the same with El', () => {
    const text = 'Nadia El-Sayed runs the clinic. The waiting list had doubled since spring, El-Sayed said.';
    expect(quote(text, 'The waiting list')).toMatchObject({ type: 'indirect', speaker: 'Nadia El-Sayed', speaker_start: at(text, 'El-Sayed said'), cue: 'said', outlet: null });
  });

  test('near miss: a particle apart from a capitalised word stays as before ("De Luca said" is De Luca)', () => {
    const text = 'Marco De Luca coaches the side. "We were unlucky," De Luca said.';
    expect(quote(text, 'We were unlucky')).toMatchObject({ speaker: 'Marco De Luca', speaker_start: at(text, 'De Luca said'), cue: 'said' });
  });
});

describe('a particle in small letters hyphened to a surname is part of the name', () => {
  test('"Samir al-Haddad" … "Al-Haddad declined …, he told reporters" is Samir al-Haddad', () => {
    const text = 'The ministry spokesman, Samir al-Haddad, spoke briefly. Al-Haddad gave no date. "We are patient," he told reporters.';
    expect(quote(text, 'We are patient')).toMatchObject({ text: 'We are patient,', type: 'direct', speaker: 'Samir al-Haddad', speaker_start: at(text, 'he told'), cue: 'told', outlet: null });
  });
});
