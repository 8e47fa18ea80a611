import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"according to data/a survey from|by NAME": the body that gathered the findings is the source', () => {
  test('a body\'s name with no tail word, read before as a person\'s, after "data from"', () => {
    const text = 'Dunmore is the fourth grocer to shut stores this year, according to data from Tidewater Retail Insight.';
    expect(quote(text, 'Dunmore')).toMatchObject({
      type: 'indirect', text: 'Dunmore is the fourth grocer to shut stores this year', start: 0, speaker: 'Tidewater Retail Insight',
      speaker_kind: 'organization', speaker_mention: 'Tidewater Retail Insight', speaker_start: at(text, 'Tidewater'),
      speaker_end: at(text, '.'), cue: 'according to', outlet: null,
    });
  });

  test('"according to a survey by NAME"', () => {
    const text = 'Sales of electric cars rose by a third last year, according to a survey by Corbel Polling Group.';
    expect(quote(text, 'Sales of')).toMatchObject({
      type: 'indirect', text: 'Sales of electric cars rose by a third last year', start: 0, speaker: 'Corbel Polling Group',
      speaker_kind: 'organization', speaker_start: at(text, 'Corbel'), cue: 'according to', outlet: null,
    });
  });

  test('near miss: a person\'s name after "a survey by" is no body; the survey stays the source', () => {
    const text = 'Sales of electric cars rose by a third last year, according to a survey by Norma Castell.';
    expect(quote(text, 'Sales of')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'a survey', speaker_start: at(text, 'a survey'), cue: 'according to' });
  });
});
