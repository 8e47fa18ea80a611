import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../helpers/quotes.js';

describe('"In the report, NAME told …": a named person opening the clause reports it, not the report', () => {
  test('one report, the person\'s', () => {
    const text = 'The inquiry closed on Friday after two years.\n\nIn the report, Hana Boateng told regulators the dam had been neglected.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(found).toMatchObject([{ text: 'the dam had been neglected', start: text.indexOf('the dam'), speaker: 'Hana Boateng', cue: 'told', cue_start: text.indexOf('told'), outlet: null }]);
  });

  test('a survey whose clause names no person still reports it', () => {
    const text = 'The inquiry closed on Friday after two years.\n\nIn a new survey, most anglers said the river had recovered.';
    expect(quotesOf(text).some((q) => q.cue === 'In' && q.speaker_mention === 'a new survey')).toBe(true);
  });
});
