import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a cueless partial quote given its sentence\'s subject takes the nearer "he"/"she" as its mention', () => {
  test('"NAME is …, and she has long used … “…”": the person is the subject, the mention the clause\'s pronoun', () => {
    const text = 'Ana Reyes is the only candidate to visit every ward, and she has long used that fact against rivals who skip “the ward walk.”';
    expect(quote(text, 'the ward walk')).toMatchObject({
      type: 'partial', text: 'the ward walk.', start: at(text, 'the ward walk'),
      speaker: 'Ana Reyes', speaker_mention: 'she', speaker_start: at(text, 'she has'), speaker_kind: 'person', cue: null,
    });
  });

  test('"…, offering little beyond a letter in which he backed “…”": the pronoun of the relative clause', () => {
    const text = 'Tom Brell has been vague about the levy, offering little beyond a letter in which he backed “a fair price.”';
    expect(quote(text, 'a fair price')).toMatchObject({ type: 'partial', speaker: 'Tom Brell', speaker_mention: 'he', speaker_start: at(text, 'he backed') });
  });

  test('not a pronoun of the other gender: it stands for someone else, the mention stays the name', () => {
    const text = 'Tom Brell met Ana Reyes in May, and she won “the ward walk.”';
    expect(quote(text, 'the ward walk')).toMatchObject({ type: 'partial', speaker_mention: 'Tom Brell', speaker_start: 0 });
  });

  test('not a pronoun right after a verb, the subject of reported content: "a letter that says he has “…”"', () => {
    const text = 'Tom Brell posted a note from his coach that says he is “fit to race” next month.';
    expect(quote(text, 'fit to race')).toMatchObject({ type: 'partial', speaker: 'Tom Brell', speaker_mention: 'Tom Brell', speaker_start: 0 });
  });
});
