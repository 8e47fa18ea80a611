import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a studio\'s television arm ("… Pictures Television") is an organisation, not an outlet', () => {
  test('a studio word before "Television": the company speaks', () => {
    const text = 'Marlow Pictures Television, which produces the drama, said a third season had been ordered.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'a third season had been ordered', start: at(text, 'a third'),
      speaker: 'Marlow Pictures Television', speaker_kind: 'organization', speaker_start: 0, speaker_end: at(text, ','), cue: 'said', outlet: null,
    }]);
  });

  test('a firm\'s abbreviation before "Television" makes it a company too', () => {
    const text = 'Hallam Bros. Television said the pilot would be shot in Belfast.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the pilot would be shot in Belfast', start: at(text, 'the pilot'),
      speaker: 'Hallam Bros. Television', speaker_kind: 'organization', speaker_start: 0, cue: 'said', outlet: null,
    }]);
  });

  test('near miss: a broadcaster named "… Television" stays an outlet', () => {
    const text = 'Harbour Television said the debate would air on Sunday.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the debate would air on Sunday', speaker: 'Harbour Television', speaker_kind: 'outlet', cue: 'said', outlet: 'Harbour Television',
    }]);
  });
});
