import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a sentence opening with adverbs and no comma before its subject ("Then Reed …")', () => {
  test('"Then Nell Adair went on the offensive, saying, “…”": the quote is Nell Adair\'s', () => {
    const text = 'Then Nell Adair went on the offensive, saying, "The harbour board has failed every family here."';
    expect(quote(text, 'The harbour board')).toMatchObject({
      type: 'direct', text: 'The harbour board has failed every family here.', start: at(text, 'The harbour board'),
      speaker: 'Nell Adair', speaker_mention: 'Nell Adair', speaker_start: at(text, 'Nell Adair'), cue: 'saying',
    });
  });

  test('after a conjunction and a pronoun subject too: "And then she …, calling it a “…”"', () => {
    const text = 'Nell Adair spoke first. And then she turned to the budget, calling it "a slow-motion collapse."';
    expect(quote(text, 'a slow-motion')).toMatchObject({
      type: 'partial', text: 'a slow-motion collapse.', speaker: 'Nell Adair', speaker_mention: 'she', speaker_start: at(text, 'she turned'),
    });
  });

  test('a question word is no such adverb: the name after an opening "When" is no subject of the quote', () => {
    const text = 'When Nell Adair took the stage, the crowd shouted, "Ferries now!"';
    expect(quote(text, 'Ferries now')).toMatchObject({ type: 'direct', speaker_mention: 'the crowd', speaker_start: at(text, 'the crowd'), cue: 'shouted' });
  });
});

describe('a sentence opening with an adverb and a place phrase ("Here in Dover, Reed …")', () => {
  test('the subject after the phrase\'s comma is the speaker, not the place', () => {
    const text = 'Here in Dover, Ana Kell stepped up her attacks on the board, saying, "We need a new harbour master now."';
    expect(quote(text, 'We need')).toMatchObject({
      type: 'direct', text: 'We need a new harbour master now.', start: at(text, 'We need'),
      speaker: 'Ana Kell', speaker_mention: 'Ana Kell', speaker_start: at(text, 'Ana Kell'), cue: 'saying',
    });
  });

  test('a place phrase with no subject after its comma names no speaker: the participle\'s own noun speaks', () => {
    const text = 'Here in Dover the mood was grim, with one fisherman saying, "We need a new harbour master now."';
    expect(quote(text, 'We need')).toMatchObject({ speaker: null, speaker_mention: 'one fisherman', speaker_start: at(text, 'one fisherman'), cue: 'saying' });
  });
});

describe('an opening phrase, then a subject described by a relative clause ("On Sunday, Sen. Kell, who lost the primary, named …")', () => {
  test('the subject is the phrase between the opener\'s comma and the relative clause\'s, not "who"', () => {
    const text = 'On Sunday, Sen. Ana Kell (Del.), who lost the primary to Reed, named housing costs as one reason to vote. "Every renter on this island pays twice what the mainland pays."';
    expect(quote(text, 'Every renter')).toMatchObject({
      type: 'direct', start: at(text, 'Every renter'), speaker: 'Ana Kell', speaker_mention: 'Ana Kell', speaker_start: at(text, 'Ana Kell'), cue: null,
    });
  });

  test('a relative clause on the opener\'s own noun is stepped over to the subject after it', () => {
    const text = 'In Dover, which voted for Reed, Ana Kell went further, saying, "We need a new pier, and we need it now."';
    expect(quote(text, 'We need')).toMatchObject({ speaker: 'Ana Kell', speaker_mention: 'Ana Kell', speaker_start: at(text, 'Ana Kell'), cue: 'saying' });
  });

  test('with no person after the relative clause, there is no speaker', () => {
    const text = 'In Dover, which voted for Reed, the mood was grim. "We need a new pier, and we need it now."';
    expect(quote(text, 'We need')).toMatchObject({ speaker: null, speaker_mention: null });
  });
});
