import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('"reported that A, and that B": B is the outer reporter\'s, not a subject\'s inside A', () => {
  test('an infinitive lead-in ("pressed for X to win, and that …") is no content of its own', () => {
    const text = 'The Tribune reported that Kowalski had argued for the Czech director of the drama, Tomas Novak, to win best film, and that the prize went instead to a Swedish director.';
    expect(quote(text, 'the prize went')).toMatchObject({
      text: 'the prize went instead to a Swedish director', type: 'indirect', start: at(text, 'the prize went'),
      speaker_mention: 'Tribune', cue: 'reported', cue_start: at(text, 'reported'),
    });
  });

  test('a participle inside A ("tests pledged by Canada …, and that …") lends B no speaker', () => {
    const text = 'Dana Whitlock told the radio station that another 200,000 tests pledged by Canada and the World Bank were expected before June, and that teachers would be tested first.';
    expect(quote(text, 'teachers would')).toMatchObject({
      text: 'teachers would be tested first', type: 'indirect', start: at(text, 'teachers would'),
      speaker: 'Dana Whitlock', speaker_mention: 'Dana Whitlock', cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('near miss: an inner clause of its own before "and that" keeps its speaker', () => {
    const text = 'The paper reported that Lee warned the board the plan would fail, and that the city would sue.';
    expect(quote(text, 'the plan would fail')).toMatchObject({ speaker_mention: 'Lee', cue: 'warned' });
  });
});
