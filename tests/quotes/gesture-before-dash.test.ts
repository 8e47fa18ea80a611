import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a gesture verb before a dash that opens the quotation, as before a colon', () => {
  test('"Asked how …, Kiprono smiled — “…”": the subject speaks, the gesture is the cue', () => {
    const text = 'Asked how she would spend the prize, Amara Osei grinned — "A new roof for my parents. Then we will see."';
    expect(quote(text, 'A new roof')).toMatchObject({
      type: 'direct', text: 'A new roof for my parents. Then we will see.', start: at(text, 'A new roof'), speaker: 'Amara Osei', speaker_mention: 'Amara Osei', speaker_start: at(text, 'Amara Osei'), cue: 'grinned', outlet: null,
    });
  });

  test('an en dash: "Lina Brandt shrugged – “…”"', () => {
    const text = 'Asked about the record, Lina Brandt shrugged – "Records are there to be broken."';
    expect(quote(text, 'Records are')).toMatchObject({ type: 'direct', speaker: 'Lina Brandt', speaker_start: at(text, 'Lina Brandt'), cue: 'shrugged', outlet: null });
  });

  test('near miss: a dash that closes an aside keeps the speech verb after it as the cue', () => {
    const text = 'Amara Osei smiled — briefly — and said: "A new roof for my parents, and then we will see."';
    expect(quote(text, 'A new roof')).toMatchObject({ type: 'direct', speaker: 'Amara Osei', speaker_start: 0, cue: 'said' });
  });
});
