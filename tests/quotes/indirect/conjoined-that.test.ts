import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

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

  test('"said that A and that B" with a cue inside A ("had proposed"): two disjoint reports, A ending before "and that"', () => {
    const text = 'Mirela Dragan said that Romania had proposed a new levy and that it had backing from nine states.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.cue, q.outlet, q.start, q.end])).toEqual([
      ['Romania had proposed a new levy', 'indirect', 'Mirela Dragan', 'Mirela Dragan', 'said', null, at(text, 'Romania'), at(text, ' and that')],
      ['it had backing from nine states', 'indirect', 'Mirela Dragan', 'Mirela Dragan', 'said', null, at(text, 'it had'), text.length - 1],
    ]);
  });

  test('with no cue inside A, "said A, and that B" is two reports too (second-that-clauses.ts)', () => {
    const text = 'Mirela Dragan said the levy had passed, and that it had backing from nine states.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.start])).toEqual([['the levy had passed', 'Mirela Dragan', at(text, 'the levy')], ['it had backing from nine states', 'Mirela Dragan', at(text, 'it had')]]);
  });

  test('near miss: "and that NOUN is …" is a demonstrative subject, so A and its second clause stay one report', () => {
    const text = 'Fire officials said a gas leak was also found on Dock Street and that building is being cleared.';
    const whole = 'a gas leak was also found on Dock Street and that building is being cleared';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.start, q.end])).toEqual([
      [whole, 'indirect', 'Fire officials', 'said', at(text, 'a gas leak'), at(text, 'a gas leak') + whole.length],
    ]);
  });
});

describe('"said A, and that B" with a cue inside B: "that" opens B, it is no part of a speaker', () => {
  test('B\'s own cue ("had asked") lends it no speaker "that managers"; B is the first speaker\'s', () => {
    const text = 'The pilot said two flights had been delayed, and that dispatchers had asked crews to stay late.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.outlet, q.start, q.end])).toEqual([
      ['two flights had been delayed', 'indirect', 'The pilot', 'said', null, at(text, 'two flights'), at(text, ', and that')],
      ['dispatchers had asked crews to stay late', 'indirect', 'The pilot', 'said', null, at(text, 'dispatchers'), text.length - 1],
    ]);
  });

  test('near miss: "and that NOUN asked" with a singular noun is a demonstrative subject and keeps its own cue', () => {
    const text = 'The pilot said two flights had been delayed, and that union asked crews to stay late.';
    expect(quote(text, 'crews to stay late')).toMatchObject({ speaker_mention: 'that union', cue: 'asked' });
  });
});

describe('"X said a court had found that A, and that B": B answers the bare "said"', () => {
  test('the clause after ", and that" is the outer speaker\'s; the inner report ends before the comma', () => {
    const text = 'The club said a district court in Leeds had found that the fees were unlawful, and that it would repay members while it weighed an appeal.';
    const qs = quotesOf(text);
    expect(quote(text, 'it would repay')).toMatchObject({ text: 'it would repay members while it weighed an appeal', type: 'indirect', start: at(text, 'it would repay'), speaker: 'The club', speaker_start: 0, cue: 'said' });
    expect(quote(text, 'a district court')).toMatchObject({ text: 'a district court in Leeds had found that the fees were unlawful', speaker: 'The club', cue: 'said' });
    expect(qs.filter((q) => q.speaker_mention === 'a district court in Leeds').map((q) => q.text)).toEqual(['the fees were unlawful']);
  });

  test('near miss: without the comma, "found that A and that B" stays what was found (the court\'s two reports)', () => {
    const text = 'The club said a district court in Leeds had found that the fees were unlawful and that members were owed refunds.';
    expect(quote(text, 'the fees')).toMatchObject({ text: 'the fees were unlawful', speaker_mention: 'a district court in Leeds', cue: 'found' });
    expect(quote(text, 'members')).toMatchObject({ text: 'members were owed refunds', speaker_mention: 'a district court in Leeds', cue: 'found' });
  });
});
