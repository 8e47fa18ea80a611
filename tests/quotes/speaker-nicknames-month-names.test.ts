import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('speaker names: nicknames, month-named people, names with "!", agreements in a report', () => {
  test('GIVEN “NICK” SURNAME: the nickname alone later names the same person', () => {
    const text = 'Drummer Tobias “Toby” Lindqvist joined in 2011. The band toured Asia. Toby said the label had dropped them. “We kept playing anyway,” he said.';
    expect(quote(text, 'the label had dropped')).toMatchObject({ type: 'indirect', text: 'the label had dropped them', speaker: 'Tobias Lindqvist', speaker_mention: 'Toby', speaker_start: at(text, 'Toby said'), cue: 'said' });
    expect(quote(text, 'We kept playing')).toMatchObject({ type: 'direct', speaker: 'Tobias Lindqvist', speaker_mention: 'he', cue: 'said' });
  });

  test('GIVEN "NICK" SURNAME with straight quotation marks', () => {
    const text = 'Margaret "Peg" Halloran runs the bakery. Peg said the rent had doubled.';
    expect(quote(text, 'the rent had doubled')).toMatchObject({ type: 'indirect', speaker: 'Margaret Halloran', speaker_mention: 'Peg', cue: 'said' });
  });

  test('a month name before a surname is a given name ("June Abara", "August Pell")', () => {
    const text = 'His aunt, June Abara, lives in Hull. “She never complained,” his aunt said.';
    expect(quote(text, 'She never complained')).toMatchObject({ type: 'direct', speaker: 'June Abara', speaker_mention: 'his aunt', cue: 'said' });
    const text2 = 'Her sister, August Pell, runs a farm. “The rain ruined it,” her sister said.';
    expect(quote(text2, 'The rain ruined')).toMatchObject({ speaker: 'August Pell', speaker_mention: 'her sister' });
  });

  test('a month name after "in" is a date, not a given name', () => {
    const text = 'In April Dunmore said the mill would close.';
    expect(quote(text, 'the mill would close')).toMatchObject({ type: 'indirect', speaker: 'Dunmore', cue: 'said' });
  });

  test('"OK! Magazine said …": a listed outlet name with "!" and a capitalised word after it is one name', () => {
    const text = 'OK! Magazine said the singer had sold her house.';
    expect(quote(text, 'the singer had sold')).toMatchObject({ type: 'indirect', speaker: 'OK!', speaker_mention: 'OK! Magazine', cue: 'said', outlet: 'OK!' });
  });

  test('"A spokeswoman for E! News said …": the description keeps the "!" name', () => {
    const text = 'A spokeswoman for E! News said the presenter was leaving.';
    expect(quote(text, 'the presenter was leaving')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'A spokeswoman for E! News', cue: 'said' });
  });

  test('words quoted in an agreement to act inside a report are the reporter\'s ("She said the crew had agreed to …")', () => {
    const text = 'Priya Nandakumar leads the crew. She said the crew had agreed to finish the roof “before the first frost.”';
    expect(quote(text, 'before the first frost')).toMatchObject({ type: 'partial', text: 'before the first frost.', speaker: 'Priya Nandakumar', speaker_mention: 'She', cue: 'said' });
  });
});
