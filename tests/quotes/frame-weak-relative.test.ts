import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// A weak cue ("called", "labelled") holds its quotation in its own clause; after a relative "who" the
// phrase the pronoun stands for gave the words, wherever that phrase sits in the main clause.
describe('a weak cue right after a relative "who"', () => {
  test('"… a reply from Varn, who called it “…”": Varn\'s words, "who" the mention', () => {
    const text = 'The plan drew a sharp reply from Tilda Varn, who called it “reckless and cruel.”';
    expect(quote(text, 'reckless')).toMatchObject({
      type: 'partial', text: 'reckless and cruel.', start: at(text, 'reckless'), speaker: 'Tilda Varn', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('the named subject of the sentence keeps the words, now with their cue', () => {
    const text = 'Tilda Varn, who called the scheme “reckless and cruel,” spoke on Friday.';
    expect(quote(text, 'reckless')).toMatchObject({ type: 'partial', speaker: 'Tilda Varn', speaker_mention: 'who', cue: 'called', cue_start: at(text, 'called') });
  });

  test('after an inverted frame naming the same person, the relative clause\'s own cue frames its quotation ("said Varn, who has long called …")', () => {
    const text = '“It is late,” said Tilda Varn, who has often called the ferry “a floating ruin.”';
    expect(quote(text, 'a floating ruin')).toMatchObject({ type: 'partial', speaker: 'Tilda Varn', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'called', cue_start: at(text, 'called') });
    expect(quote(text, 'It is late')).toMatchObject({ type: 'direct', speaker: 'Tilda Varn', cue: 'said' });
  });

  test('negative: a weak cue with no "who" before it takes its own subject, not the person before', () => {
    const text = 'The mayor met Tilda Varn. Aides later called the scheme “reckless and cruel.”';
    const q = quote(text, 'reckless');
    expect(q.speaker).not.toBe('Tilda Varn');
    expect(q.speaker_mention).toBe('Aides');
  });

  test('negative: a quoted name of a place someone called is no quotation', () => {
    const text = 'She met the man who called the “Harbour Plan” office.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('over adverbs, an auxiliary or a time between "who" and the weak cue: "who also called", "who has called", "who on Monday called"', () => {
    for (const between of ['also ', 'has ', 'on Monday ']) {
      const text = `The bill was attacked by Senator Pell Aston, who ${between}called it “a gift to landlords.”`;
      expect(quote(text, 'a gift')).toMatchObject({ type: 'partial', text: 'a gift to landlords.', speaker: 'Pell Aston', cue: 'called', cue_start: text.indexOf('called') });
    }
  });

  test('negative: a weak cue after "who" in an earlier sentence gives no words ("…, who had condemned the levy. “…,” she said")', () => {
    const text = 'Voters backed leaders like Pell Aston, who had condemned the levy. “We are not out to punish anyone,” she said.';
    expect(quote(text, 'We are not')).toMatchObject({ type: 'direct', cue: 'said' });
    expect(quote(text, 'We are not').speaker).not.toBe('Pell Aston');
  });
});

describe('"X, under a sign that read “…,” called the deal “…”": the phrase after the weak verb is its object', () => {
  test('the sentence subject before the apposition names the thing, not "the agreement"', () => {
    const text = 'Okonkwo, standing next to her under a sign that read "Built Together, Built to Last," called the agreement "a first step, not a finish line."';
    expect(quote(text, 'a first step')).toMatchObject({
      text: 'a first step, not a finish line.', type: 'partial', start: at(text, 'a first step'), speaker: 'Okonkwo', speaker_mention: 'Okonkwo',
      speaker_start: 0, cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('near miss: an inverted subject after a quotation, with no quotation right after it, still speaks', () => {
    const text = 'The mayor was unmoved. "Not one cent more," shouted Okafor from the back of the hall.';
    expect(quote(text, 'Not one cent')).toMatchObject({ type: 'direct', speaker: 'Okafor', speaker_mention: 'Okafor', cue: 'shouted' });
  });
});
