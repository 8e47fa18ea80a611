import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a frame closing a sentence after a partial quote is the earlier partials\' frame too', () => {
  test('"… who “A,” ended with … “B,” according to NAME.": both partials are the source\'s', () => {
    const text = 'The evening, which featured a goat and a trumpeter who "played the whole set from a canoe," ended with the boat "mostly dry," according to Dana Pikeworth.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({
      type: 'partial', text: 'played the whole set from a canoe,', start: at(text, 'played'), speaker: 'Dana Pikeworth', speaker_mention: 'Dana Pikeworth',
      speaker_start: at(text, 'Dana'), cue: 'according to', cue_start: at(text, 'according'),
    });
    expect(quotes[1]).toMatchObject({ type: 'partial', text: 'mostly dry,', start: at(text, 'mostly'), speaker: 'Dana Pikeworth', cue: 'according to' });
  });

  test('"X “A” and Y “B,” NAME said.": the same for a speaker before the cue', () => {
    const text = 'The bassist "played the whole encore from a rowboat" and the crowd stayed "mostly dry," Rowan Teale said.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.start, q.speaker, q.speaker_start, q.cue, q.cue_start])).toEqual([
      ['played the whole encore from a rowboat', at(text, 'played'), 'Rowan Teale', at(text, 'Rowan'), 'said', at(text, 'said')],
      ['mostly dry,', at(text, 'mostly'), 'Rowan Teale', at(text, 'Rowan'), 'said', at(text, 'said')],
    ]);
  });

  test('"X was “A” (short) and hoped … “B”, Mr NAME said.": a short partial is kept, and the title before the name is part of the frame', () => {
    const text = 'Outside court, Tom Okafor, the family lawyer, read a statement. The actor was “tired but hopeful” and hoped the verdict would “send a message to landlords”, Mr Okafor said.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.type, q.text, q.start, q.speaker, q.speaker_start, q.cue, q.cue_start])).toEqual([
      ['partial', 'tired but hopeful', at(text, 'tired'), 'Tom Okafor', at(text, 'Okafor said'), 'said', at(text, 'said')],
      ['partial', 'send a message to landlords', at(text, 'send'), 'Tom Okafor', at(text, 'Okafor said'), 'said', at(text, 'said')],
    ]);
  });

  test('negative: a short label before a closing frame stays dropped ("a “good deal” that …")', () => {
    const text = 'Tom Okafor spoke after the vote. The scheme was a “good deal” that gave towns “real money to spend,” he said.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([['real money to spend,', 'Tom Okafor']]);
  });

  test('negative: an earlier partial with a cue of its own keeps it ("Critics called … “A” …, NAME said")', () => {
    const text = 'Critics called the show "a mess" and the ending "lazy," Rowan Teale said.';
    const quotes = quotesOf(text);
    expect(quotes[0]).toMatchObject({ text: 'a mess', speaker_mention: 'Critics', cue: 'called' });
    expect(quotes[1]).toMatchObject({ text: 'lazy,', speaker: 'Rowan Teale', cue: 'said' });
  });

  test('negative: a partial in the sentence before is not the frame\'s', () => {
    const text = 'The trumpeter played "the whole set from a canoe." The boat stayed "mostly dry," Rowan Teale said.';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.text.startsWith('the whole'))).toMatchObject({ type: 'partial', speaker: null, cue: null });
    expect(quotes.find((q) => q.text.startsWith('mostly'))).toMatchObject({ speaker: 'Rowan Teale', cue: 'said' });
  });

  test('negative: a name or label in quotation marks is nobody\'s words ("so-called", a modifier, a slogan in apposition)', () => {
    const label = (text: string) => quotesOf(text).map((q) => [q.text, q.speaker]);
    expect(label('The “fix the ferry before the bridge” pledge had been “a promise we could keep,” Ines Dorr said.')).toEqual([
      ['fix the ferry before the bridge', null], ['a promise we could keep,', 'Ines Dorr'],
    ]);
    expect(label('The council’s so-called “harbour renewal fund for everyone” was “never really funded,” Ines Dorr said.')).toEqual([
      ['harbour renewal fund for everyone', null], ['never really funded,', 'Ines Dorr'],
    ]);
    // (A set phrase in apposition, its noun with a phrase after it, is no quotation at all: not-speech.ts.)
    expect(label('Their motto on the placards, “boats not cars ever again,” was “the right call,” Ines Dorr said.')).toEqual([
      ['the right call,', 'Ines Dorr'],
    ]);
  });

  test('an earlier partial that is a verb phrase is still the frame\'s, after a skipped label too', () => {
    const text = 'The crew had “sailed out at dawn in the fog” and the “fix the ferry before the bridge” pledge came back “soaked to the bone,” according to Ines Dorr.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ['sailed out at dawn in the fog', 'Ines Dorr'], ['fix the ferry before the bridge', null], ['soaked to the bone,', 'Ines Dorr'],
    ]);
  });
});
