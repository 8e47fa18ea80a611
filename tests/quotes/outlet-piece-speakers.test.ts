import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('an outlet\'s own piece as a report\'s speaker is that outlet', () => {
  test('"The Ledger\'s story claimed" after "The Daily Ledger" is The Daily Ledger', () => {
    const text = 'The Daily Ledger published the story in May. The Ledger\'s story claimed that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({
      type: 'indirect', text: 'Keane and Wren had been living apart', start: at(text, 'Keane'), speaker: 'Daily Ledger', speaker_kind: 'outlet',
      speaker_mention: 'The Ledger\'s story', speaker_start: at(text, 'The Ledger\'s'), cue: 'claimed', outlet: 'Daily Ledger',
    });
  });

  test('a known outlet\'s report', () => {
    const text = 'Variety\'s report said that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', text: 'Keane and Wren had been living apart', speaker: 'Variety', speaker_kind: 'outlet', cue: 'said', outlet: 'Variety' });
  });

  test('"The Ledger reported" after "The Daily Ledger" is spelled out too', () => {
    const text = 'The Daily Ledger published the story in May. The Ledger reported that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', start: at(text, 'Keane'), speaker: 'Daily Ledger', speaker_kind: 'outlet', cue: 'reported', outlet: 'Daily Ledger' });
  });

  test('near miss: a person\'s report is no outlet\'s', () => {
    const text = 'The Guardian published the story in May. The mayor\'s report claimed that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker_mention: 'The mayor\'s report', speaker_kind: 'anonymous', outlet: null });
  });

  test('near miss: an outlet\'s interview is the interviewee\'s, not the outlet speaking', () => {
    const text = 'The Daily Ledger published the story in May. The Ledger\'s interview claimed that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]?.speaker_kind).not.toBe('outlet');
  });
});

describe('"an article in OUTLET said": a piece an outlet ran, named with "in"/"by", is the outlet speaking', () => {
  test('"An article in Variety said …" is Variety, an outlet, not a person named Variety', () => {
    const text = 'An article in Variety said the network had shelved the pilot.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quotesOf(text)[0]).toMatchObject({
      type: 'indirect', text: 'the network had shelved the pilot', start: at(text, 'the network'), end: text.length - 1,
      speaker: 'Variety', speaker_kind: 'outlet', speaker_mention: 'Variety', speaker_start: at(text, 'Variety'), cue: 'said', outlet: 'Variety',
    });
  });

  test('with adjectives and "the" before the paper: "A long article in the Boston Globe claimed …"', () => {
    const text = 'A long article in the Boston Globe claimed the network had shelved the pilot.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', text: 'the network had shelved the pilot', speaker: 'The Boston Globe', speaker_kind: 'outlet', cue: 'claimed' });
  });

  test('the whole phrase as a description: "A report in Variety said …"', () => {
    const text = 'A report in Variety said the network had shelved the pilot.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Variety', speaker_kind: 'outlet', speaker_mention: 'A report in Variety', speaker_start: 0 });
  });

  test('near miss: an article by a person is the person\'s', () => {
    const text = 'An article by Mara Quinlan said the network had shelved the pilot.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Mara Quinlan', speaker_kind: 'person', outlet: null });
  });
});
