import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

describe('"CLAUSE, a study by X found.": a document and its author close the sentence', () => {
  test('the clause before the document is what its author found', () => {
    const text = 'The harbour has changed.\n\nFerry fares rose by a third, a study by the Tollmere Harbour Board found.';
    expect(quote(text, 'Ferry fares')).toMatchObject({
      type: 'indirect', text: 'Ferry fares rose by a third', start: at(text, 'Ferry fares'),
      speaker: 'Tollmere Harbour Board', cue: 'found', cue_start: at(text, 'found.'),
    });
  });

  test('with an adjective before the document and "said" as the cue', () => {
    const text = 'The harbour has changed.\n\nFerry fares rose by a third, a new report by the Tollmere Harbour Board said.';
    expect(quote(text, 'Ferry fares')).toMatchObject({ type: 'indirect', text: 'Ferry fares rose by a third', cue: 'said' });
  });

  test('the near miss: the document with "of" still closes the sentence', () => {
    const text = 'The harbour has changed.\n\nFerry fares rose by a third, a study of the harbour found.';
    expect(quote(text, 'Ferry fares')).toMatchObject({ type: 'indirect', text: 'Ferry fares rose by a third', cue: 'found' });
  });

  test('no clause before the document, nothing reported; the frame first keeps its that-clause alone', () => {
    expect(indirect('The harbour has changed.\n\nHigher ferry fares, a study by the Tollmere Harbour Board found.')).toEqual([]);
    const text = 'The harbour has changed.\n\nA study by the Tollmere Harbour Board found that fares rose by a third.';
    expect(indirect(text)).toEqual(['fares rose by a third']);
  });
});

describe('"OPENER, X said CLAUSE, CONJ …": a frame after an opening phrase is no parenthetical frame', () => {
  test('the clause after the cue is the content, not the sentence from its start', () => {
    const text = 'On Friday, Ruiz said the ferry was safe, though the crew disagreed.';
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', text: 'the ferry was safe, though the crew disagreed', start: at(text, 'the ferry'), speaker: 'Ruiz', cue: 'said', cue_start: at(text, 'said'),
    });
    const two = 'At the hearing, Ruiz said the ferry was safe, while Okoye insisted that it was not.';
    expect(indirect(two)).toEqual(['the ferry was safe', 'it was not']);
  });

  test('an opening circumstance before "X said, PARTICIPLE, that …" is no part of the report', () => {
    const text = 'Pressed about the closure, Ines Baro said, speaking through an aide, that the depot would reopen.';
    expect(indirect(text)).toEqual(['the depot would reopen']);
    expect(quote(text, 'the depot')).toMatchObject({ type: 'indirect', start: at(text, 'the depot'), speaker: 'Ines Baro', cue: 'said', cue_start: at(text, 'said') });
  });

  test('the near miss: a frame set off by commas inside its clause still reports the whole sentence', () => {
    const text = 'The ferry, Ruiz said on Friday, would sail again in May.';
    expect(quote(text, 'The ferry')).toMatchObject({ type: 'indirect', text: 'The ferry, Ruiz said on Friday, would sail again in May', start: 0, speaker: 'Ruiz', cue: 'said' });
  });
});

describe('"CLAUSE, as X noted.": a frame opened by "as" after the clause', () => {
  test('the clause before ", as" is what the speaker noted', () => {
    const text = 'The pier has been closed twice this year, as Mayor Dana Pruitt noted on Monday.';
    expect(quote(text, 'The pier')).toMatchObject({
      type: 'indirect', text: 'The pier has been closed twice this year', start: 0, end: at(text, ', as'),
      speaker: 'Dana Pruitt', speaker_mention: 'Dana Pruitt', cue: 'noted', cue_start: at(text, 'noted'),
    });
  });

  test('negative: "as" opening a clause of its own ("…, as the mayor said goodbye to the crowd") reports nothing', () => {
    expect(indirect('She left the hall early, as the mayor said goodbye to the crowd.')).toEqual([]);
  });

  test('negative: "as" with a clause after the cue ("…, as Pruitt said it would") gives the clause before no report', () => {
    expect(indirect('The pier stayed open, as Mayor Dana Pruitt said it would.')).not.toContain('The pier stayed open');
  });
});

describe('"CLAUSE, X said; CLAUSE.": a semicolon ends the frame\'s sentence', () => {
  test('the clause before the frame is the report, the one after the semicolon the writer\'s', () => {
    const text = 'The pier is unsafe, Mayor Dana Pruitt said on Monday; the crew found cracks last week.';
    expect(quote(text, 'The pier')).toMatchObject({
      type: 'indirect', text: 'The pier is unsafe', start: 0, end: at(text, ','), speaker: 'Dana Pruitt', cue: 'said', cue_start: at(text, 'said'),
    });
    expect(indirect(text)).toEqual(['The pier is unsafe']);
  });

  test('negative: a clause after a comma still reads as a parenthetical frame, not a closing one', () => {
    expect(indirect('The pier is unsafe, Mayor Dana Pruitt said, the crew found cracks last week.')).not.toContain('The pier is unsafe');
  });
});

describe('"CLAUSE according to X." with no comma before the account', () => {
  test('an outlet as the source reports the clause', () => {
    const text = 'The count went on overnight. Ruiz leads Ortega by 40 delegates according to the Harbour Gazette.';
    expect(quote(text, 'Ruiz leads')).toMatchObject({
      text: 'Ruiz leads Ortega by 40 delegates', type: 'indirect', speaker: 'The Harbour Gazette', cue: 'according to', outlet: 'The Harbour Gazette',
      start: text.indexOf('Ruiz leads'), end: text.indexOf(' according'),
    });
  });

  test('a tally by a named author reports it too', () => {
    const text = 'The count went on overnight. Ruiz leads Ortega by 40 delegates according to a tally by the Harbour Gazette.';
    expect(quote(text, 'Ruiz leads')).toMatchObject({ text: 'Ruiz leads Ortega by 40 delegates', type: 'indirect', cue: 'according to' });
  });

  test('a rule followed is no source: "were paid according to the contract"', () => {
    const text = 'The count went on overnight. The dock workers were paid according to the contract.';
    expect(indirect(text)).toEqual([]);
  });
});

describe('a that-clause whose past verb the tagger reads as an adjective', () => {
  test('"the officials (illegally) concentrated voters": the "-ed" word between subject and object is the verb', () => {
    const text = 'The map was redrawn in May.\n\nMarta Quell, a lawyer, argued that county officials illegally concentrated older voters in two districts.';
    expect(quote(text, 'county officials')).toMatchObject({
      type: 'indirect', text: 'county officials illegally concentrated older voters in two districts', start: at(text, 'county officials'),
      speaker: 'Marta Quell', cue: 'argued', cue_start: at(text, 'argued'), outlet: null,
    });
  });

  test('the near miss: an "-ed" adjective with no subject before it is still no clause', () => {
    expect(indirect('The map was redrawn in May.\n\nLawyers for Marta Quell argued that concentrated voting was unfair to them.')).toEqual(['concentrated voting was unfair to them']);
  });
});

describe('a participle phrase after a closing frame', () => {
  test('"A, the court said, clearing the way for B": the report is A alone', () => {
    const text = 'Ortiz has had his suspension lifted, the tribunal said, opening the way for his return.';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      text: 'Ortiz has had his suspension lifted', type: 'indirect', speaker_mention: 'the tribunal', cue: 'said', outlet: null,
      start: 0, end: at(text, ', the tribunal'),
    });
  });

  test('the near miss: a verb after a later comma resumes the sentence, so the frame is an aside', () => {
    const text = 'The old pier, the engineer said, looking at the charts, was beyond repair.';
    expect(quote(text, 'The old pier')).toMatchObject({ start: 0, end: at(text, '.'), cue: 'said' });
  });
});
