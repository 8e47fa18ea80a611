import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"CLAUSE, OUTLET\'s NAME reported." closes the clause like "CLAUSE, OUTLET reported."', () => {
  test('a broadcaster\'s reporter closing a lead reports the clause, her outlet carries it', () => {
    const text = "HALBROOK — Ivo Renn, the Halbrook Comets' veteran goalkeeper, has asked the club to release him, two months after a new contract, ESPN's Dana Okoye reported on Tuesday.";
    const content = 'Ivo Renn, the Halbrook Comets\' veteran goalkeeper, has asked the club to release him, two months after a new contract';
    expect(quote(text, 'Ivo Renn, the')).toMatchObject({
      type: 'indirect', text: content, start: at(text, 'Ivo Renn'), end: at(text, 'Ivo Renn') + content.length,
      speaker: 'Dana Okoye', speaker_kind: 'person', speaker_start: at(text, 'Dana Okoye'), cue: 'reported', cue_start: at(text, 'reported'), outlet: 'ESPN',
    });
    // (The nested request inside it keeps its own speaker.)
    expect(quote(text, 'the club to release')).toMatchObject({ type: 'indirect', speaker: 'Ivo Renn', cue: 'asked' });
  });

  test('a paper\'s reporter with "the": the outlet is the paper', () => {
    const text = "The harbour bridge will stay shut until spring, the Guardian's Lena Marsh reported.";
    expect(quote(text, 'The harbour bridge')).toMatchObject({
      type: 'indirect', text: 'The harbour bridge will stay shut until spring', start: 0,
      speaker: 'Lena Marsh', speaker_start: at(text, 'Lena Marsh'), cue: 'reported', cue_start: at(text, 'reported'), outlet: 'Guardian',
    });
  });

  test('a person\'s possessive before the speaker still closes nothing (negative case)', () => {
    const text = "The harbour bridge will stay shut until spring, Tom Reyes's aide Lena Marsh said.";
    expect(quotesOf(text).some((q) => q.text.startsWith('The harbour bridge'))).toBe(false);
  });

  test('a hearer after the cue makes the reporter\'s frame a sentence of its own, closing nothing (negative case)', () => {
    const text = "Soon after the mayor posted the video, ESPN's Dana Okoye asked the coach about the ban.";
    expect(quotesOf(text).some((q) => q.start === 0 && q.cue === 'asked')).toBe(false);
  });
});
