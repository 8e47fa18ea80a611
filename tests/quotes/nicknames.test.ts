import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a name given after a naming word is no quotation', () => {
  test('"nicknamed them “…”" with no cue in its sentence, even after a quoted speaker', () => {
    const text = 'Mara Okafor met Teo Brandt in 2022. At the time, a spokesman for Brandt told the Harbour Gazette that the two were “only colleagues.” Fans, who had already nicknamed them “Marlo,” were not convinced.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['only colleagues.']);
  });

  test('"the so-called “…”" names a thing', () => {
    const text = 'The Harbour Board still runs the so-called “ghost fleet” of idle ferries in Port Elwin.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"dubbed" with its speaker gives the speaker’s own label', () => {
    const text = 'Mara Okafor dubbed the ferry plan “a floating folly.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a floating folly.', start: 35, end: 52, speaker: 'Mara Okafor', cue: 'dubbed' }]);
  });
});

describe('a name after "so-called" or a reflexive naming verb', () => {
  test('"so-called “…”" in a clause after a comma is no quote of the main clause\'s speaker', () => {
    const text = 'Senators pressed the witnesses on Tuesday, as a bill requiring consent for so-called "voice clones" gained three new sponsors.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('with the cue before it in its own clause the name is the speaker\'s label', () => {
    const text = 'The Okafor campaign is now claiming a win in the so-called “harbour bracket.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'harbour bracket.', start: 60, end: 76, speaker: 'Okafor campaign', cue: 'claiming' }]);
  });

  test('"who call themselves “…”" names a group, whatever cue follows', () => {
    const text = 'Velo\'s followers, who call themselves “Velonauts,” flooded the comments with star emojis, while his fans answered every post.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('a nickname after "known to viewers as", with a cue later in the sentence', () => {
  test('the nickname is no quote; the words after the cue are the speaker\'s', () => {
    const text = 'The band\'s drummer, Tev Orlan, known to regulars as "Sticks," shouted from the back: "We have played worse rooms than this."';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['We have played worse rooms than this.']);
    expect(quotes[0]).toMatchObject({ type: 'direct', speaker: 'Tev Orlan', cue: 'shouted', start: text.indexOf('We have'), end: text.length - 1 });
  });

  test('… while words after "known for …, said" are still the speaker\'s', () => {
    const text = 'Tev Orlan, who is known to regulars for his temper, said he was “tired of the noise.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'tired of the noise.', speaker: 'Tev Orlan', cue: 'said', start: text.indexOf('tired'), end: text.length - 1 }]);
  });
});

describe('a description something gives itself: "which calls itself “…”"', () => {
  test('a long self-description is a label, not a quote', () => {
    const text = 'Pinewood Bank, which calls itself “the friendliest bank in the whole town,” opened a branch on Monday.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('the same words with a cue of their own stay a partial quote (negative case)', () => {
    const text = 'Pinewood Bank said it was “the friendliest bank in the whole town,” and would refund the fees.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start, q.end])).toEqual([
      ['the friendliest bank in the whole town,', 'partial', 'Pinewood Bank', 'said', at(text, 'the friendliest'), at(text, 'town,') + 5],
    ]);
  });
});

describe('"known within/inside/in … as “…”" and a cue after it', () => {
  test('a label relayed by a named speaker\'s cue after it is that speaker\'s words', () => {
    const text = 'The old dock road is known inside the fire service as “the gauntlet,” Chief Mira Salo said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'the gauntlet,', start: at(text, 'the gauntlet'), end: at(text, '” Chief'), speaker: 'Mira Salo', cue: 'said', cue_start: at(text, 'said') }]);
  });

  test('negative: a fronted "Known … as “…”," describes the subject whose cue follows', () => {
    const text = 'Known within the party as “the closer,” Aldo Brent said he would not run again.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });
});


describe('a nickname in quotation marks inside a speaker’s name (GIVEN “Nick” SURNAME) is one name', () => {
  test('after the cue: "said Dora “The Lock” Pelham"', () => {
    const text = '“The gate stays shut,” said Dora “The Lock” Pelham, the keeper of the harbour.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'The gate stays shut,', start: 1, end: 21, speaker: 'Dora Pelham', speaker_mention: 'Dora “The Lock” Pelham', cue: 'said' }]);
  });

  test('after the cue and a role\'s comma: "said the harbourmaster, Owen “Oz” Kettering"', () => {
    const text = '“Move the boats,” said the harbourmaster, Owen “Oz” Kettering.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'Move the boats,', start: 1, end: 16, speaker: 'Owen Kettering', cue: 'said' }]);
  });

  test('in an apposition before the cue, reported speech', () => {
    const text = 'His cousin, Martin “Marty” Oakes, told the inquiry that the ferry had been overloaded.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the ferry had been overloaded', start: 56, end: 85, speaker: 'Martin Oakes', speaker_mention: 'Martin “Marty” Oakes', cue: 'told' }]);
  });

  test('in an apposition after a possessive description', () => {
    const text = 'The club\'s treasurer, Helena “Nell” Brandt, said the books would be audited.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the books would be audited', start: 49, end: 75, speaker: 'Helena Brandt', cue: 'said' }]);
  });
});

describe('a name given in an apposition between the subject and its cue', () => {
  test('"the pilots, known … as “the Twelve,” said": the label is no quote and does not take the cue', () => {
    const text = '“We will not sail,” the dock pilots, known along the quay as “the Twelve,” said on Monday.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'We will not sail,', start: 1, end: 18, speaker_mention: 'the dock pilots', cue: 'said' }]);
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('without marks, an irregular participle opens the apposition: "known as the Twelve"', () => {
    const text = '“We will not sail,” the dock pilots, known as the Twelve, said on Monday.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'We will not sail,', speaker_mention: 'the dock pilots', cue: 'said' }]);
  });
});

describe('a quotation the noun "nickname" introduces is the nickname, no quote', () => {
  test('"chanting the nickname he has carried since college: “…”" gives no direct quote to the chanters', () => {
    expect(quotesOf('Fans kept chanting the nickname he has carried since college: “the Freight Train.”')).toEqual([]);
  });

  test('"his nickname, “…,”" in apposition is no partial of the sentence\'s speaker', () => {
    expect(quotesOf('His nickname, “Moose,” stuck for years, Hale said.').map((q) => q.text)).toEqual(['His nickname, “Moose,” stuck for years']);
  });

  test('negative: a speech verb between "nickname" and the colon makes it an answer', () => {
    const text = 'Asked about the nickname, Ivo Tarrant said: “Honestly, I have grown to like it a lot.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'Honestly, I have grown to like it a lot.', start: 45, end: 85, speaker: 'Ivo Tarrant', cue: 'said' }]);
  });
});
