import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a statement given to an outlet, quoted in the next sentence (statement-outlets.ts)', () => {
  const opening = 'Brightwave confirmed the news on Monday in a statement to Deadline. “We thank everyone who worked on the show,” a Brightwave spokesperson said. “We will not make a fifth season.”';

  test('the spokesperson\'s words and their continuation get the outlet the statement went to', () => {
    const text = opening;
    expect(quote(text, 'We thank')).toMatchObject({
      text: 'We thank everyone who worked on the show,', type: 'direct', start: at(text, 'We thank'),
      speaker_mention: 'a Brightwave spokesperson', speaker_kind: 'anonymous', cue: 'said', outlet: 'Deadline',
    });
    expect(quote(text, 'We will not')).toMatchObject({ text: 'We will not make a fifth season.', type: 'direct', start: at(text, 'We will not'), outlet: 'Deadline' });
  });

  test('someone else quoted next, or in the next paragraph, gets no outlet (negative case)', () => {
    const fan = 'Brightwave confirmed the news on Monday in a statement to Deadline. “We thank everyone,” said Tom Reyes, a fan of the show.';
    expect(quote(fan, 'We thank')).toMatchObject({ speaker: 'Tom Reyes', cue: 'said', outlet: null });
    const later = opening + '\n\n“It is a shame,” a Brightwave spokesperson said later.';
    expect(quote(later, 'It is a shame')).toMatchObject({ speaker_mention: 'a Brightwave spokesperson', outlet: null });
  });

  test('a statement to the board or to staff is no outlet (negative case)', () => {
    const text = 'The studio announced the decision in a statement to staff on Monday. “We thank everyone,” a Brightwave spokesperson said.';
    expect(quote(text, 'We thank')).toMatchObject({ speaker_mention: 'a Brightwave spokesperson', outlet: null });
  });

  test('"an email to Deadline": a rep\'s words get the outlet (rep is a go-between role in cues.json)', () => {
    const text = 'The studio confirmed the split in an email to Deadline. “We wish him well,” a rep said.';
    expect(quote(text, 'We wish')).toMatchObject({ text: 'We wish him well,', type: 'direct', start: at(text, 'We wish'), speaker_mention: 'a rep', cue: 'said', outlet: 'Deadline' });
  });

  test('"an email to Deadline\'s rival": the outlet owns the one the email went to, it got nothing (negative case)', () => {
    const text = 'The studio confirmed the split in an email to Deadline\'s rival. “We wish him well,” a rep said.';
    expect(quote(text, 'We wish')).toMatchObject({ text: 'We wish him well,', type: 'direct', speaker_mention: 'a rep', cue: 'said', outlet: null });
  });
});

describe('news confirmed to an outlet, then a go-between\'s words', () => {
  test('"A spokesperson confirmed the split to Us Weekly. “…,” the spokesperson said in a statement.": the outlet got the statement', () => {
    const text = 'A spokesperson for the actor confirmed the split to Us Weekly on Friday. "They remain close friends and ask for kindness at this time," the spokesperson said in a statement.';
    expect(quote(text, 'They remain')).toMatchObject({ text: 'They remain close friends and ask for kindness at this time,', type: 'direct', start: at(text, 'They remain'), speaker_mention: 'the spokesperson', cue: 'said', outlet: 'Us Weekly' });
  });

  test('negative: news confirmed to reporters names no outlet', () => {
    const text = 'The mayor confirmed the closure to reporters on Friday. "We had no other choice with the budget we were given," the spokesperson said.';
    expect(quote(text, 'We had no other')).toMatchObject({ speaker_mention: 'the spokesperson', outlet: null });
  });
});

