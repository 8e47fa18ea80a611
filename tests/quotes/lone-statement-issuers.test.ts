import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a one-word statement issuer with no sign of a person is a body', () => {
  test('"Brightmoor said in a statement that …" alone is an organisation', () => {
    const text = 'Brightmoor said in a statement that the factory would reopen in March.';
    expect(quote(text, 'the factory')).toMatchObject({
      type: 'indirect', text: 'the factory would reopen in March', start: at(text, 'the factory'), end: text.length - 1,
      speaker: 'Brightmoor', speaker_kind: 'organization', speaker_mention: 'Brightmoor', cue: 'said', outlet: null,
    });
  });

  test('near miss: a later "he" keeps the person', () => {
    const text = 'Brightmoor said in a statement that the factory would reopen in March. He thanked the workers.';
    expect(quote(text, 'the factory')).toMatchObject({ speaker: 'Brightmoor', speaker_kind: 'person', cue: 'said' });
  });

  test('near miss: a listed given name, or the name written with a title elsewhere, keeps the person', () => {
    expect(quote('Marta said in a statement that the factory would reopen.', 'the factory')).toMatchObject({ speaker: 'Marta', speaker_kind: 'person' });
    const text = 'Mr. Brightmoor owns the plant. Brightmoor said in a statement that the factory would reopen.';
    expect(quote(text, 'the factory')).toMatchObject({ speaker: 'Brightmoor', speaker_kind: 'person' });
  });

  test('near miss: without "in a statement" the word stays a person', () => {
    expect(quote('Brightmoor said on Monday that the factory would reopen.', 'the factory')).toMatchObject({ speaker: 'Brightmoor', speaker_kind: 'person' });
  });
});

describe('a sentence ending on a capitalised word is no given name before the issuer', () => {
  test('"… including Brindle and Crumbly. Vendane said in a statement …": Vendane a body', () => {
    const text = 'The review covers four bakers, including Brindle and Crumbly. Vendane said in a statement that its costs had risen.';
    expect(quote(text, 'its costs')).toMatchObject({ type: 'indirect', speaker: 'Vendane', speaker_kind: 'organization', cue: 'said', speaker_start: at(text, 'Vendane') });
  });

  test('near miss: a title with its stop before the name keeps the person', () => {
    const text = 'Ms. Vendane spoke first. Vendane said in a statement that her costs had risen.';
    expect(quote(text, 'her costs')).toMatchObject({ speaker_kind: 'person' });
  });
});

describe('the name written elsewhere after an initial or before another capitalised word is a person\'s (read by lookup, no pattern per name)', () => {
  test('an initial with its stop before the name ("D. Brightmoor"), or a capitalised word after it ("Brightmoor Vale"): a person', () => {
    const initial = 'D. Brightmoor owns the plant. Brightmoor said in a statement that the factory would reopen.';
    expect(quote(initial, 'the factory')).toMatchObject({ type: 'indirect', text: 'the factory would reopen', start: at(initial, 'the factory'), speaker: 'Brightmoor', speaker_kind: 'person', speaker_mention: 'Brightmoor', cue: 'said' });
    const surname = 'The plant is run by Brightmoor Vale. Brightmoor said in a statement that the factory would reopen.';
    expect(quote(surname, 'the factory')).toMatchObject({ speaker: 'Brightmoor', speaker_kind: 'person', cue: 'said' });
  });

  test('near miss: the name only inside a longer word elsewhere ("Brightmoorland") gives no sign of a person', () => {
    const text = 'Trucks left Brightmoorland early. Brightmoor said in a statement that the factory would reopen.';
    expect(quote(text, 'the factory')).toMatchObject({ type: 'indirect', speaker: 'Brightmoor', speaker_kind: 'organization', speaker_mention: 'Brightmoor', cue: 'said' });
  });
});
