import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('words a go-between gives an outlet that asked for comment (contacted-outlets.ts)', () => {
  const text = 'The mayor\'s office did not dispute the number when contacted by The Associated Press. Its spokesman, Darren Poole, said the mayor had been “talking about the whole county” and that “the map is not the point.”';

  test('the spokesman\'s partials in the next sentence get the outlet that asked', () => {
    expect(quote(text, 'talking about')).toMatchObject({
      text: 'talking about the whole county', type: 'partial', start: at(text, 'talking about'),
      speaker: 'Darren Poole', speaker_start: at(text, 'Darren Poole'), cue: 'said', outlet: 'The Associated Press',
    });
    expect(quote(text, 'the map is')).toMatchObject({ text: 'the map is not the point.', type: 'partial', speaker: 'Darren Poole', outlet: 'The Associated Press' });
  });

  test('"in response to questions from Reuters" in the go-between\'s own sentence', () => {
    const own = 'In response to questions from Reuters, a company spokeswoman said the plant “will reopen in June.”';
    expect(quote(own, 'will reopen')).toMatchObject({ text: 'will reopen in June.', type: 'partial', start: at(own, 'will reopen'), speaker_mention: 'a company spokeswoman', cue: 'said', outlet: 'Reuters' });
  });

  test('near miss: someone who is no go-between, quoted next, keeps no outlet', () => {
    const other = 'The mayor\'s office did not dispute the number when contacted by The Associated Press. Lena Ortiz, a county commissioner, said the mayor was “simply wrong.”';
    expect(quote(other, 'simply wrong')).toMatchObject({ text: 'simply wrong.', type: 'partial', speaker: 'Lena Ortiz', cue: 'said', outlet: null });
  });

  test('near miss: a go-between in the next paragraph keeps no outlet', () => {
    const later = 'The mayor\'s office did not dispute the number when contacted by The Associated Press.\n\nIts spokesman, Darren Poole, later said the mayor had been “talking about the whole county.”';
    expect(quote(later, 'talking about')).toMatchObject({ speaker: 'Darren Poole', cue: 'said', outlet: null });
  });
});
