import { describe, expect, test } from 'vitest';
import { labelOnAThing } from '../../src/quotes/thing-labels.js';

/** The span of the first “…” in text, in its one paragraph. */
function labelled(text: string): boolean {
  const open = text.indexOf('“');
  const close = text.indexOf('”', open);
  const span = { open, close, start: open + 1, end: close, paragraph: 0 } as Parameters<typeof labelOnAThing>[1];
  return labelOnAThing(text, span, { start: 0, end: text.length } as Parameters<typeof labelOnAThing>[2]);
}

describe('labelOnAThing', () => {
  test('a thing, then a labelling participle, maybe after a comma: "a folder labeled", "The crate, marked", "two boxes stamped"', () => {
    expect(labelled('They found a folder labeled “Project Nightfall” on his desk.')).toBe(true);
    expect(labelled('The crate, marked “fragile,” arrived broken.')).toBe(true);
    expect(labelled('Inspectors seized two boxes stamped “not for resale.”')).toBe(true);
  });

  test('an owner\'s possessive before the thing: "The guild\'s flyer, marked"', () => {
    expect(labelled('The guild’s flyer, marked “private,” told members the vote was moved.')).toBe(true);
    expect(labelled("The guild's flyer, marked “private,” told members the vote was moved.")).toBe(true);
  });

  test('negative: a subject and an auxiliary or adverb before the participle ("the council has labeled")', () => {
    expect(labelled('The levy, which the council has labeled “a cash grab,” goes to voters in June.')).toBe(false);
    expect(labelled('Tova Brindle, whom the warden had labeled “a schemer,” said she would appeal.')).toBe(false);
    expect(labelled('Tova Brindle, whom the warden once labeled “a schemer,” said she would appeal.')).toBe(false);
  });

  test('negative: a person or a body before the participle, a finite naming verb, or a "titled" memo', () => {
    expect(labelled('The senator, labeled “a traitor” by rivals, said she would run.')).toBe(false);
    expect(labelled('The union, marked “a nuisance” by the owners, said it would strike.')).toBe(false);
    expect(labelled('Critics labeled the plan “a giveaway.”')).toBe(false);
    expect(labelled('Her campaign released a memo titled “Why We Win.”')).toBe(false);
  });
});

describe('labelOnAThing: a verb of what a thing amounts to', () => {
  test('negative: "the closing marked “a sad day”" is a predicate after a finite verb, not a label', () => {
    expect(labelled('Rhee said the closing marked “a sad day.”')).toBe(false);
    expect(labelled('The vote marked “the end of an era,” she said.')).toBe(false);
  });

  test('"marked" before words without an article stays a label: "a box marked “urgent”"', () => {
    expect(labelled('She opened a box marked “urgent” on Monday.')).toBe(true);
  });
});
