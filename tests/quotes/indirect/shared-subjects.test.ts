import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// A platform the speaker went on is where the words were said, never the one who said them.
describe('an infinitive cue after a participle of going to a place or medium', () => {
  test('"“…,” she said, going on Instagram Live to say …": she speaks, not the platform', () => {
    const text = 'Nora Talby hit back on Sunday. “I am not done,” she said, going on Instagram Live to say the band would tour again.';
    expect(quote(text, 'the band')).toMatchObject({
      type: 'indirect', text: 'the band would tour again', speaker: 'Nora Talby', speaker_mention: 'she', speaker_start: at(text, 'she said'),
      speaker_kind: 'person', cue: 'say', cue_start: at(text, 'say the'),
    });
  });

  test('"NAME hit back, taking to Twitter to say …": the clause\'s subject speaks', () => {
    const text = 'Nora Talby hit back on Sunday, taking to Twitter to say the band would tour again.';
    expect(quote(text, 'the band')).toMatchObject({ type: 'indirect', speaker: 'Nora Talby', speaker_mention: 'Nora Talby', speaker_start: 0, speaker_kind: 'person', cue: 'say' });
  });

  test('negative: an errand is no report ("…, going to the shop to buy milk")', () => {
    const text = 'Nora Talby hit back on Sunday. “I am not done,” she said, going to the shop to buy milk.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['I am not done,']);
  });
});

// An infinitive before the comma has no subject of its own: the participle shares the subject of the verb it completes.
describe('a participle of speech after a clause that ends in an infinitive', () => {
  test('"X made a bid to calm the uproar, writing that …": X writes', () => {
    const text = 'On Friday Lena Korsh made a second bid to calm the uproar, writing in her newsletter that the true problem was the schedule.';
    expect(quote(text, 'the true problem')).toMatchObject({
      type: 'indirect', text: 'the true problem was the schedule', start: at(text, 'the true problem'), end: text.length - 1,
      speaker: 'Lena Korsh', speaker_mention: 'Lena Korsh', speaker_start: at(text, 'Lena'), speaker_kind: 'person',
      cue: 'writing', cue_start: at(text, 'writing'),
    });
  });

  test('"a spokesman declined to comment, saying that …": the spokesman says it', () => {
    const text = 'A spokesman for the Corlow Museum likewise declined to comment, saying that the loan papers had been lost years ago.';
    expect(quote(text, 'the loan papers')).toMatchObject({
      type: 'indirect', text: 'the loan papers had been lost years ago', speaker_mention: 'A spokesman', speaker_start: 0, cue: 'saying',
    });
  });

  test('negative: a thing, not a speaker, is the subject ("the river began to rise, suggesting that …" reports nothing)', () => {
    const text = 'By noon the river began to rise, suggesting that the old dam had failed.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('an infinitive after "anonymity"', () => {
  test('says why the source hid its name, not what it said', () => {
    const text = 'Three staff members, speaking on condition of anonymity to discuss internal meetings, said the budget had been cut.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['the budget had been cut']);
    expect(quotes[0]).toMatchObject({ type: 'indirect', cue: 'said', speaker_mention: 'Three staff members' });
  });
});

describe('a coordinated cue after a description and the name in apposition to it', () => {
  test('"Another economist, Lena Park, praised … and said …": the named person speaks, not the description', () => {
    const text = 'Another economist, Lena Park, praised the plan and said she expected prices to recover by spring.';
    expect(quote(text, 'she expected')).toMatchObject({
      type: 'indirect', text: 'she expected prices to recover by spring', speaker: 'Lena Park', speaker_mention: 'Lena Park', speaker_start: at(text, 'Lena'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('near miss: a description with no name after it stays the speaker', () => {
    const text = 'Another economist praised the plan and said she expected prices to recover by spring.';
    expect(quote(text, 'she expected')).toMatchObject({ speaker_mention: 'Another economist', cue: 'said' });
  });

  test('near miss: a name with a cue inside the commas is a parenthetical speaker, not the description\'s name', () => {
    const text = 'A press officer, Tom Lyle said, refused to comment and said the inquiry was over.';
    expect(quote(text, 'the inquiry')).toMatchObject({ type: 'indirect', text: 'the inquiry was over', speaker_mention: 'A press officer', cue: 'said' });
    expect(quotesOf(text).map((q) => q.text)).not.toContain('A press officer');
  });
});
