import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"reported that A, and that B": B is the outer reporter\'s, not a subject\'s inside A, and is carried by the outer span', () => {
  test('an infinitive lead-in ("pressed for X to win, and that …") is no content of its own', () => {
    const text = 'The Tribune reported that Kowalski had argued for the Czech director of the drama, Tomas Novak, to win best film, and that the prize went instead to a Swedish director.';
    const outer = 'Kowalski had argued for the Czech director of the drama, Tomas Novak, to win best film, and that the prize went instead to a Swedish director';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.cue_start, q.start, q.end])).toEqual([
      [outer, 'indirect', 'Tribune', 'reported', at(text, 'reported'), at(text, 'Kowalski'), at(text, 'Kowalski') + outer.length],
    ]);
  });

  test('a participle inside A ("tests pledged by Canada …, and that …") lends B no speaker', () => {
    const text = 'Dana Whitlock told the radio station that another 200,000 tests pledged by Canada and the World Bank were expected before June, and that teachers would be tested first.';
    const outer = 'another 200,000 tests pledged by Canada and the World Bank were expected before June, and that teachers would be tested first';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.cue_start, q.start, q.end])).toEqual([
      [outer, 'indirect', 'Dana Whitlock', 'told', at(text, 'told'), at(text, 'another'), at(text, 'another') + outer.length],
    ]);
  });

  test('"said that A and that B" with a cue inside A ("had proposed") is one span, no second span inside it', () => {
    const text = 'Mirela Dragan said that Romania had proposed a new levy and that it had backing from nine states.';
    const outer = 'Romania had proposed a new levy and that it had backing from nine states';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.cue, q.outlet, q.start, q.end])).toEqual([
      [outer, 'indirect', 'Mirela Dragan', 'Mirela Dragan', 'said', null, at(text, 'Romania'), at(text, 'Romania') + outer.length],
    ]);
  });

  test('near miss: an inner clause of its own before "and that" keeps its speaker', () => {
    const text = 'The paper reported that Lee warned the board the plan would fail, and that the city would sue.';
    expect(quote(text, 'the plan would fail')).toMatchObject({ speaker_mention: 'Lee', cue: 'warned' });
  });
});
