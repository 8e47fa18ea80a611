import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const article = (text: string) => extractArticle(text, { id: 'e' });
const outletNames = (text: string) => article(text).entities.outlets.map((o) => o.name);
const peopleNames = (text: string) => article(text).entities.people.map((p) => p.name);
const quoteRows = (text: string) =>
  article(text).quotes.map((x) => [x.text, x.type, x.start, x.end, x.speaker, x.speaker_kind, x.cue, x.outlet]);

describe('animation, horror and cycling trade outlets are outlets, not people', () => {
  test('"told Cartoon Brew": the animation site carries the words, no person "Cartoon Brew"', () => {
    const text = 'Mirren told Cartoon Brew she had raised concerns about the schedule.';
    expect(outletNames(text)).toEqual(['Cartoon Brew']);
    expect(peopleNames(text)).toEqual(['Mirren']);
    expect(quoteRows(text)).toEqual([
      ['she had raised concerns about the schedule', 'indirect', 25, 67, 'Mirren', 'person', 'told', 'Cartoon Brew'],
    ]);
  });
  test('"told Cyclingnews", run together in one word, is the cycling site', () => {
    const text = 'Vandermeer told Cyclingnews he had learned of the decision by email.';
    expect(outletNames(text)).toEqual(['Cyclingnews']);
    expect(quoteRows(text)).toEqual([
      ['he had learned of the decision by email', 'indirect', 28, 67, 'Vandermeer', 'person', 'told', 'Cyclingnews'],
    ]);
  });
  test('"in an interview with Dread Central" gives the horror site as outlet', () => {
    const text = 'In an interview with Dread Central, Halvorsen said the sequel was finished.';
    expect(outletNames(text)).toEqual(['Dread Central']);
    expect(quoteRows(text)).toEqual([['the sequel was finished', 'indirect', 51, 74, 'Halvorsen', 'person', 'said', 'Dread Central']]);
  });
  test('"World Soccer" is the magazine only where it is told something; "the world soccer body" is none', () => {
    expect(outletNames('Okafor told World Soccer that the club had made an offer.')).toEqual(['World Soccer']);
    const text = 'The world soccer body said it would review the rule.';
    expect(outletNames(text)).toEqual([]);
    expect(quoteRows(text)).toEqual([['it would review the rule', 'indirect', 27, 51, null, 'anonymous', 'said', null]]);
  });
});
