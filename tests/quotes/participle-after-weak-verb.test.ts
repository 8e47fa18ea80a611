import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a participle after a comma, past a weak main verb, is the cue of the words quoted in its clause', () => {
  test('"praised the bridge, calling it “…”" has the cue "calling"', () => {
    const text = 'Orsini praised the new bridge, calling it “a gift to the town.”';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([{
      type: 'partial', text: 'a gift to the town.', start: at(text, 'a gift'), speaker: 'Orsini', speaker_start: 0, cue: 'calling', cue_start: at(text, 'calling'), outlet: null,
    }]);
  });

  test('"mocked the plan, describing it as “…”" has the cue "describing"', () => {
    const text = 'Councillor Brede mocked the parking plan, describing it as “pure theatre.”';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([{
      type: 'partial', text: 'pure theatre.', start: at(text, 'pure'), speaker: 'Brede', speaker_start: at(text, 'Brede'), cue: 'describing', cue_start: at(text, 'describing'), outlet: null,
    }]);
  });

  test('near miss: after a speech verb the main verb stays the cue', () => {
    const text = 'Orsini said the bridge was late, calling it “a gift to the town.”';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([{
      type: 'partial', text: 'a gift to the town.', speaker: 'Orsini', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });

  test('near miss: a weak verb holding the words itself keeps them', () => {
    const text = 'Orsini praised the bridge as “a gift to the town.”';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([{
      type: 'partial', text: 'a gift to the town.', speaker: 'Orsini', cue: 'praised', cue_start: at(text, 'praised'),
    }]);
  });
});
