import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// A noun object is no clause that could go on: what follows "but|and" or ", and" is the speaker's next act
// or a new clause of the writer's, not part of the report.
describe('a noun-object report ends before a second predicate or a new clause', () => {
  test('"confirmed the merger but declined to …": the refusal is no part of what was confirmed', () => {
    const text = 'A spokesman for the bakery chain confirmed the merger but declined to give details.';
    // (The bare object left, "the merger", is too short to keep as a report of its own.)
    expect(quotesOf(text)).toEqual([]);
  });

  test('"announced the schedule on Monday, and within hours the fans … were complaining": the report ends at the comma', () => {
    const text = 'The league announced the schedule on Monday, and within hours the fans left out were complaining.';
    expect(quote(text, 'the schedule')).toMatchObject({
      type: 'indirect', text: 'the schedule on Monday', start: at(text, 'the schedule'), end: at(text, ', and'),
      speaker: 'The league', speaker_mention: 'The league', cue: 'announced', cue_start: at(text, 'announced'), outlet: null,
    });
  });

  test('negative: a second noun phrase after ", and" stays in the object', () => {
    expect(indirect('The league announced the schedule on Monday, and a new format.')).toEqual(['the schedule on Monday, and a new format']);
  });

  test('"announced the schedule on Monday, and by Tuesday the fans were complaining": a day opens the new clause too', () => {
    expect(indirect('The league announced the schedule on Monday, and by Tuesday the fans were complaining.')).toEqual(['the schedule on Monday']);
  });

  test('negative: a clause after ", and" with no time to open it stays, as PolNeAR keeps it', () => {
    expect(indirect('The mayor criticized the plan, and the council voted it down.')).toEqual(['the plan, and the council voted it down']);
  });

  test('negative: ", and how …" is a second content of the same cue, no clause of its own', () => {
    expect(indirect('The judge spoke of the history of the court, and how its rulings had changed the town.')).toEqual(['the history of the court, and how its rulings had changed the town']);
  });

  test('"claimed A and said B": the noun object ends before "and said", whose report stands alone (next-act-reports.ts; PolNeAR\'s gold is "vast wealth")', () => {
    const text = 'He claimed vast wealth and said it ensured he was not beholden to special interests.';
    expect(quote(text, 'vast wealth')).toMatchObject({ type: 'indirect', text: 'vast wealth', cue: 'claimed', speaker_mention: 'He' });
    expect(quote(text, 'it ensured')).toMatchObject({ type: 'indirect', text: 'it ensured he was not beholden to special interests', cue: 'said', speaker_mention: 'He' });
  });

  test('negative: a clause content keeps a second verb without a comma ("said the driver got out and shouted …")', () => {
    expect(indirect('Bystanders said the driver got out of the van and shouted that his brakes had failed.')).toEqual(['the driver got out of the van and shouted that his brakes had failed']);
  });
});

describe('a noun object ends before "but" and the speaker\'s next cue, as before "and"', () => {
  test('"confirmed the merger but said …": the said-report stands alone; what was confirmed ends before "but"', () => {
    const text = 'His manager confirmed the transfer but said the striker would not speak to reporters.';
    expect(quote(text, 'the striker would')).toMatchObject({
      type: 'indirect', text: 'the striker would not speak to reporters', start: at(text, 'the striker'), end: text.length - 1,
      speaker: null, speaker_mention: 'His manager', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(indirect(text)).not.toContain('the transfer but said the striker would not speak to reporters');
    expect(indirect(text)).toEqual(['the transfer', 'the striker would not speak to reporters']);
  });

  test('negative: "but" inside a clause content stays ("said the deal was done but the fee was lower")', () => {
    expect(indirect('His manager said the deal was done but the fee was lower than reported.')).toEqual(['the deal was done but the fee was lower than reported']);
  });
});
