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
