import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a staged work named after an event of it is no quotation', () => {
  test('"during a rehearsal for “…”" inside a reported clause', () => {
    const text = 'Ines Moreau, a soprano, told the Harbour Gazette that the conductor had shouted at her during a rehearsal for “Tosca” in 2020.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the conductor had shouted at her during a rehearsal for “Tosca” in 2020', start: at(text, 'the conductor'), end: text.length - 1, speaker: 'Ines Moreau', cue: 'told', outlet: 'Harbour Gazette' },
    ]);
  });

  test('"a new production of “…”"', () => {
    const text = 'The theatre said a new production of “Peer Gynt” would open in March.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['indirect']);
  });
});

describe('a thing’s name in apposition after "named" or "christened" is no quotation', () => {
  test('"the probe, named “…,”" inside a reported clause', () => {
    const text = 'Its lead engineer, Omar Haddad, said in a briefing that the probe, named “Kestrel,” was still stowed in the hold.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the probe, named “Kestrel,” was still stowed in the hold', start: at(text, 'the probe'), end: text.length - 1, speaker: 'Omar Haddad', cue: 'said' },
    ]);
  });

  test('"the colt, christened “…,”" with no cue', () => {
    const text = 'The colt, christened “Red Lantern,” won by two lengths on Sunday.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a person who "called" a thing so keeps the label as a partial', () => {
    const text = 'Mara Okafor called the ferry plan “a floating folly.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a floating folly.', start: 35, end: 52, speaker: 'Mara Okafor', cue: 'called' }]);
  });
});

describe('a name a group gives in a relative clause is no quotation and no barrier to the report', () => {
  test('", which they call “…”" then a trailing speaker reports the whole sentence', () => {
    const text = 'Volunteers at the old depot, which they call “the icebox” for its draughts, were due to meet at noon with soup and blankets, a council spokeswoman said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'Volunteers at the old depot, which they call “the icebox” for its draughts, were due to meet at noon with soup and blankets', start: 0, end: at(text, ', a council'), speaker_mention: 'a council spokeswoman', cue: 'said' },
    ]);
  });

  test('", who call the hall “…”" with a named speaker after', () => {
    const text = 'Regulars at the club, who call the back room “the library,” stayed until closing, Dana Pryce said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'Regulars at the club, who call the back room “the library,” stayed until closing', start: 0, end: at(text, ', Dana'), speaker: 'Dana Pryce', cue: 'said' },
    ]);
  });

  test('negative: "who call it “a …”" characterises, no label: the partial stays', () => {
    const text = 'Critics of the toll, who call it “a smokescreen for cuts to the ferries”, have vowed to block it in the council.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a smokescreen for cuts to the ferries', start: at(text, 'a smoke'), end: at(text, '”, have') }]);
    const their = 'Parents at the school, who call the bus “their only lifeline to the valley”, have asked for a second route.';
    expect(quotesOf(their)).toMatchObject([{ type: 'partial', text: 'their only lifeline to the valley', start: at(their, 'their only'), end: at(their, '”, have') }]);
  });

  test('one person\'s "calls" is no group\'s name: the label stays hers', () => {
    const text = 'Lena Ortiz, who calls the new tariff “a tax on thirst,” said she would vote against it.';
    expect(quotesOf(text).some((q) => q.type === 'partial' && q.text === 'a tax on thirst,')).toBe(true);
  });
});
