import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('content that opens with a count', () => {
  test('a number before its noun is the subject of a short clause', () => {
    const text = 'Stewards said 8,000 fans came.';
    expect(indirect(text)).toHaveLength(1);
    expect(quote(text, '8,000')).toMatchObject({ text: '8,000 fans came', type: 'indirect', speaker_mention: 'Stewards', cue: 'said', start: at(text, '8,000'), end: at(text, '.') });
    const other = 'Firefighters said 9 houses were lost.';
    expect(quote(other, '9 houses')).toMatchObject({ text: '9 houses were lost', type: 'indirect', speaker_mention: 'Firefighters', cue: 'said', start: at(other, '9'), end: at(other, '.') });
  });

  test('"at least N" opens the subject, after a partial and "and said" too', () => {
    const text = 'The minister called the closure “plainly absurd” and said at least 25 walkers had got lost.';
    expect(quote(text, 'at least')).toMatchObject({ text: 'at least 25 walkers had got lost', type: 'indirect', speaker_mention: 'The minister', cue: 'said', start: at(text, 'at least'), end: at(text, '.') });
  });

  test('near miss: "said at the hearing" is still no content', () => {
    expect(indirect('The warden said at the hearing.')).toHaveLength(0);
  });
});

describe('outlets whose name holds "!"', () => {
  test('the whole name is the speaker', () => {
    const text = 'Hello! reported that the actors had wed on a glacier.';
    expect(quote(text, 'the actors')).toMatchObject({ text: 'the actors had wed on a glacier', type: 'indirect', speaker: 'Hello!', speaker_kind: 'outlet', cue: 'reported', outlet: 'Hello!', start: at(text, 'the actors'), end: at(text, '.') });
    const news = 'E! News reported that the drummer had quit the band.';
    expect(quote(news, 'the drummer')).toMatchObject({ text: 'the drummer had quit the band', speaker: 'E! News', cue: 'reported', outlet: 'E! News', start: at(news, 'the drummer') });
    const finance = 'Yahoo! Finance said the lender had raised its rates.';
    expect(quote(finance, 'the lender')).toMatchObject({ text: 'the lender had raised its rates', speaker: 'Yahoo Finance', cue: 'said', outlet: 'Yahoo Finance', start: at(finance, 'the lender') });
  });
});

describe('a trailing apposition with a cue of its own', () => {
  test('"…, a wait the clerk called “…”" ends the report before the comma', () => {
    const text = 'Asked why the lift had stopped, he said a new cable had been ordered in June and was due soon, a wait the clerk called “silly, and quite usual.”';
    expect(quote(text, 'a new cable')).toMatchObject({ text: 'a new cable had been ordered in June and was due soon', type: 'indirect', speaker_mention: 'he', cue: 'said', start: at(text, 'a new cable'), end: at(text, ', a wait') });
  });
});

describe('clauses that are no second report', () => {
  test('a relative clause on a cue\'s object inside a report', () => {
    const text = 'Ruiz said he had written a poem for the launch that he would never print.';
    const found = indirect(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'he had written a poem for the launch that he would never print', speaker: 'Ruiz', cue: 'said', start: at(text, 'he had'), end: at(text, '.') });
  });

  test('a cue that takes a listener inside a report: "she told the board that B" reports B as well', () => {
    const text = 'Vance said she told the trustees that she would step down.';
    const found = indirect(text);
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ text: 'she would step down', speaker: 'Vance', speaker_mention: 'she', cue: 'told', start: at(text, 'she would'), end: at(text, '.') });
  });

  test('"warned the mayor that …" and "reminded the crews that …" inside a report are reports too', () => {
    expect(indirect('Aides said he warned the governor that the levee could break.').map((q) => q.text)).toContain('the levee could break');
    expect(indirect('Staff said she reminded the crews that ladders must be tied down.').map((q) => q.text)).toContain('ladders must be tied down');
  });

  test('"so that" right after a cue is a clause of purpose, no report', () => {
    expect(indirect('Harlan said so that the whole room could hear.')).toHaveLength(0);
  });

  test('"now that" is a conjunction, no cue', () => {
    const text = 'The board described the hazard as “rather slight” now that the tanks had been drained.';
    expect(indirect(text)).toHaveLength(0);
  });

  test('"as she VERBed" after a cue tells when, not what', () => {
    const text = '“We did it together,” Moreno said in Portuguese as she lifted the cup.';
    expect(indirect(text)).toHaveLength(0);
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('near miss: a clause right after a phrase of place is still the content', () => {
    const text = 'Moreno said in Lisbon she would retire.';
    expect(quote(text, 'she would')).toMatchObject({ text: 'she would retire', speaker: 'Moreno', cue: 'said', start: at(text, 'she would') });
  });
});
