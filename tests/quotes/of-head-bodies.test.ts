import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the Port of X": a body\'s head before "of" after "the" names the body whole', () => {
  test('"According to the Port of Kelmar Sound, …"', () => {
    const text = 'According to the Port of Kelmar Sound, the queue of ships will take a week to clear.';
    expect(quote(text, 'the queue')).toMatchObject({
      type: 'indirect', text: 'the queue of ships will take a week to clear', start: at(text, 'the queue'), speaker: 'Port of Kelmar Sound',
      speaker_kind: 'organization', speaker_mention: 'Port of Kelmar Sound', speaker_start: at(text, 'Port'), cue: 'According to', outlet: null,
    });
  });

  test('before the cue, and past capitalised words after "the": "The Port of Kelmar said", "the Tarn Chamber of Commerce said"', () => {
    const port = 'Cranes stood idle. The Port of Kelmar said the queue would clear by May.';
    expect(quote(port, 'the queue')).toMatchObject({ type: 'indirect', text: 'the queue would clear by May', speaker: 'Port of Kelmar', speaker_kind: 'organization', speaker_mention: 'Port of Kelmar', speaker_start: at(port, 'Port'), cue: 'said', cue_start: at(port, 'said') });
    const chamber = 'Cranes stood idle. The Tarn Chamber of Commerce said the queue would clear by May.';
    expect(quote(chamber, 'the queue')).toMatchObject({ speaker: 'Tarn Chamber of Commerce', speaker_kind: 'organization', speaker_start: at(chamber, 'Tarn'), cue: 'said' });
  });

  test('near miss: a person named Port, with no article, is still a person of a place', () => {
    const text = 'Cranes stood idle. Dana Port of Kelmar said the queue would clear by May.';
    expect(quote(text, 'the queue')).toMatchObject({ speaker: 'Dana Port', speaker_kind: 'person', speaker_mention: 'Dana Port', speaker_start: at(text, 'Dana'), cue: 'said' });
  });
});
