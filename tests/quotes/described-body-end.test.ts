import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// After a cue, "a spokesman for the company" reads the body into the description; what follows the body's
// name is not part of it: a time, an adjective or participle, a person's name, a place before an apposition.

describe('the end of a described body after the cue', () => {
  test('a weekday, a time of day or "last" after the body ends the description', () => {
    const text = '“The line is open again,” said a spokeswoman for the company Friday.';
    expect(quote(text, 'The line')).toMatchObject({ type: 'direct', text: 'The line is open again,', start: at(text, 'The line'), speaker: null, speaker_mention: 'a spokeswoman for the company', cue: 'said', outlet: null });
    const night = '“Talks resume soon,” said a mediator for the union Tuesday evening.';
    expect(quote(night, 'Talks')).toMatchObject({ speaker: null, speaker_mention: 'a mediator for the union', cue: 'said', outlet: null });
    const council = '“The vote stands,” said a spokesman for the parish council last week.';
    expect(quote(council, 'The vote')).toMatchObject({ speaker: null, speaker_mention: 'a spokesman for the parish council', cue: 'said', outlet: null });
  });

  test('an adjective or participle after a capitalised body ends it', () => {
    const text = '“No deal is close,” said an official at the Office of Trade familiar with the plans.';
    expect(quote(text, 'No deal')).toMatchObject({ speaker: null, speaker_mention: 'an official at the Office of Trade', cue: 'said', outlet: null });
    const speaking = '“No deal is close,” said an aide at Brennor Capital speaking on condition of anonymity.';
    expect(quote(speaking, 'No deal')).toMatchObject({ speaker: null, speaker_mention: 'an aide at Brennor Capital', cue: 'said' });
  });

  test('a given name after the body is the speaker', () => {
    const text = '“Rates will fall,” said an economist at Pellory Trust Anna Kowal.';
    expect(quote(text, 'Rates')).toMatchObject({ type: 'direct', text: 'Rates will fall,', start: at(text, 'Rates'), speaker: 'Anna Kowal', speaker_mention: 'Anna Kowal', speaker_kind: 'person', cue: 'said', outlet: null });
  });

  test('a body starting with a given name after "the" stays the description, never the speaker', () => {
    const text = '“We ran out of blankets,” said a nurse with the Red Cross.';
    expect(quote(text, 'We ran')).toMatchObject({ speaker: null, speaker_mention: 'a nurse with the Red Cross', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('the name after the description and a place is the speaker', () => {
    const text = '“We ran out of blankets,” said a nurse with the Red Cross in Tolbury, Greta Lind.';
    expect(quote(text, 'We ran')).toMatchObject({ speaker: 'Greta Lind', speaker_mention: 'Greta Lind', speaker_kind: 'person', cue: 'said' });
  });
});

describe('a first name only, given in a "who" clause after a described person', () => {
  test('the name is the person heading the phrase, not the body at its end', () => {
    const text = 'A cashier at the store, who asked to be identified only as Laura, said shifts were cut.';
    expect(quote(text, 'shifts')).toMatchObject({ type: 'indirect', text: 'shifts were cut', speaker: 'Laura', speaker_mention: 'Laura', cue: 'said' });
  });

  test('after the cue, a governed place in small letters closes the description ("a spokesman for the city")', () => {
    const text = '“We will reopen the pool,” said a spokesman for the city.';
    expect(quote(text, 'We will')).toMatchObject({
      type: 'direct', text: 'We will reopen the pool,', start: 1,
      speaker: null, speaker_mention: 'a spokesman for the city', speaker_start: at(text, 'a spokesman'), speaker_kind: 'anonymous',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    const other = 'The fee will rise, said an official with the county on Monday.';
    expect(quote(other, 'The fee')).toMatchObject({ text: 'The fee will rise', speaker: null, speaker_mention: 'an official with the county', cue: 'said', outlet: null });
  });
});
