import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a name ending in a body\'s own word ("Metro", "Transit", "Ballet") is an organisation', () => {
  test('"Kelby Metro said"', () => {
    const text = 'Kelby Metro said the first trams could run by 2031.';
    expect(quote(text, 'the first')).toMatchObject({
      type: 'indirect', text: 'the first trams could run by 2031', start: at(text, 'the first'), speaker: 'Kelby Metro', speaker_kind: 'organization',
      speaker_mention: 'Kelby Metro', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('in apposition to a description: "The county\'s bus operator, Kelby Transit, said"', () => {
    const text = 'The county\'s bus operator, Kelby Transit, said the first trams could run by 2031.';
    expect(quote(text, 'the first')).toMatchObject({ type: 'indirect', speaker: 'Kelby Transit', speaker_kind: 'organization', speaker_mention: 'Kelby Transit', speaker_start: at(text, 'Kelby'), cue: 'said' });
  });

  test('near miss: a given name before the word keeps a person', () => {
    const text = 'Tom Ballet said the first trams could run by 2031.';
    expect(quote(text, 'the first')).toMatchObject({ speaker: 'Tom Ballet', speaker_kind: 'person', speaker_start: 0, cue: 'said' });
  });
});

describe('a name ending in a line of trade ("Shipping", "Airways", "Mining") is a firm, and "the company" after it that firm', () => {
  test('"Orrin Bay Shipping said …" then "“…,” the company said."', () => {
    const text = 'Orrin Bay Shipping said in a statement that the cargo was insured.\n\n“No one was hurt,” the company said.';
    expect(quote(text, 'the cargo')).toMatchObject({ type: 'indirect', text: 'the cargo was insured', start: at(text, 'the cargo'), speaker: 'Orrin Bay Shipping', speaker_kind: 'organization', speaker_mention: 'Orrin Bay Shipping', speaker_start: 0, cue: 'said', outlet: null });
    expect(quote(text, 'No one')).toMatchObject({ type: 'direct', text: 'No one was hurt,', start: at(text, 'No one'), speaker: 'Orrin Bay Shipping', speaker_kind: 'organization', speaker_mention: 'the company', cue: 'said', outlet: null });
  });

  test('"Tarn Valley Airways" and "Kessel Mining" too', () => {
    const text = 'Tarn Valley Airways said the route would close. Kessel Mining said the pit would reopen.';
    expect(quote(text, 'the route')).toMatchObject({ speaker: 'Tarn Valley Airways', speaker_kind: 'organization', cue: 'said' });
    expect(quote(text, 'the pit')).toMatchObject({ speaker: 'Kessel Mining', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a given name before the trade word keeps a person', () => {
    const text = 'Julia Mining said the pit would reopen.';
    expect(quote(text, 'the pit')).toMatchObject({ speaker: 'Julia Mining', speaker_kind: 'person', cue: 'said' });
  });
});

describe('"Renewables" ends an energy firm\'s name, never a surname', () => {
  test('"Welsh Renewables said …": an organisation, and no person "Welsh Renewables"', () => {
    const text = 'Welsh Renewables said the ruling was “a step backwards.”';
    expect(quote(text, 'a step backwards')).toMatchObject({
      type: 'partial', text: 'a step backwards.', start: at(text, 'a step'), speaker: 'Welsh Renewables', speaker_mention: 'Welsh Renewables',
      speaker_start: 0, speaker_kind: 'organization', cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a given name before another word keeps a person', () => {
    const text = 'Owen Renfrew said the ruling was “a step backwards.”';
    expect(quote(text, 'a step backwards')).toMatchObject({ speaker: 'Owen Renfrew', speaker_kind: 'person' });
  });
});

