import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an aside of the subject speaking or being asked, set off by commas before the cue', () => {
  test('"A locksmith in Bruges, speaking on condition of anonymity, said …": the locksmith, never the place', () => {
    const text = 'A locksmith in Bruges, speaking on condition of anonymity, said the lock was “older than the door.”';
    expect(quote(text, 'older than')).toMatchObject({
      type: 'partial', text: 'older than the door.', start: at(text, 'older than'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A locksmith', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('"The tenant, asked whether she would sue Okafor, replied that …": the tenant, not the name asked about', () => {
    const text = 'The tenant, asked by reporters whether she would sue Okafor, replied that she would “wait and see.”';
    expect(quote(text, 'wait and see')).toMatchObject({
      type: 'partial', text: 'wait and see.', start: at(text, 'wait and see'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'The tenant', speaker_start: 0, cue: 'replied', outlet: null,
    });
  });

  test('negative: a noun ending a "whose" clause before the aside is no subject ("… whose crew stayed at the airport, speaking …,")', () => {
    const text = 'A pilot from a small airline whose crew stayed at the airport, speaking on condition of anonymity, said the runway had been “a sheet of ice all night.”';
    expect(quote(text, 'a sheet')).not.toMatchObject({ speaker_mention: 'the airport' });
  });

  test('negative: a name heading the subject still speaks through a speaking aside ("Ruiz, speaking in Leeds, said")', () => {
    const text = 'Ana Ruiz, speaking in Leeds on Friday, said the pier was “a ruin.”';
    expect(quote(text, 'a ruin')).toMatchObject({ speaker: 'Ana Ruiz', speaker_start: 0, cue: 'said' });
  });
});

describe('a noun phrase opening the reported clause after the cue is no inverted speaker', () => {
  test('"said a crate in a damp shed for weeks was …": the subject before the cue speaks', () => {
    const text = 'A curator said a crate in a damp shed for weeks was “no place for a painting.”';
    expect(quote(text, 'no place')).toMatchObject({
      type: 'partial', text: 'no place for a painting.', start: at(text, 'no place'), speaker: null, speaker_mention: 'A curator',
      speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('negative: a speaker after the cue with a place and a time after it stays the speaker', () => {
    const text = '“It was a mess,” said a spokesman in Paris on Monday.';
    expect(quote(text, 'It was')).toMatchObject({ type: 'direct', speaker_mention: 'a spokesman', cue: 'said' });
  });
});

describe('"X, speaking on the company\'s interview show, “TITLE”, said …": the words were given on that programme', () => {
  test('a report after a long aside of speaking on a described programme', () => {
    const text = 'Dana Marlow, speaking on the company’s flagship interview show, “The Quiet Hour”, said the merger was off.';
    expect(quote(text, 'the merger')).toMatchObject({ text: 'the merger was off', type: 'indirect', speaker: 'Dana Marlow', speaker_mention: 'Dana Marlow', speaker_start: 0, cue: 'said', outlet: 'The Quiet Hour', start: at(text, 'the merger') });
  });

  test('a quotation before the frame, and one after it with no comma before the title', () => {
    const before = '“The merger is off,” Dana Marlow said, speaking on the company’s flagship interview show, “The Quiet Hour”.';
    expect(quote(before, 'The merger')).toMatchObject({ text: 'The merger is off,', type: 'direct', speaker: 'Dana Marlow', cue: 'said', outlet: 'The Quiet Hour' });
    const after = 'Dana Marlow, speaking on the company’s flagship interview show “The Quiet Hour”, said: “The merger is off.”';
    expect(quote(after, 'The merger')).toMatchObject({ text: 'The merger is off.', type: 'direct', speaker: 'Dana Marlow', cue: 'said', outlet: 'The Quiet Hour' });
  });

  test('negative: an aside of speaking that names no programme gives no outlet', () => {
    const text = 'Dana Marlow, speaking on the phone from her home in Leeds on Sunday evening, said the merger was off.';
    expect(quote(text, 'the merger')).toMatchObject({ speaker: 'Dana Marlow', cue: 'said', outlet: null });
    const anon = 'Dana Marlow, speaking on condition of anonymity because the BBC deal is private, said the merger was off.';
    expect(quote(anon, 'the merger')).toMatchObject({ speaker: 'Dana Marlow', outlet: null });
  });
});
