import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an outlet abbreviated and named in full is written in full', () => {
  test('"According to the WSJ, the minister told aides …" in an article that only abbreviates it: the letters stay', () => {
    const text = 'According to the WSJ, the minister told aides that she would resign.';
    expect(quote(text, 'the minister told aides')).toMatchObject({ speaker: 'The Wall Street Journal', cue: 'According to', outlet: 'The Wall Street Journal' });
    expect(quote(text, 'she would resign')).toMatchObject({ start: at(text, 'she would resign'), speaker_mention: 'the minister', cue: 'told', outlet: 'WSJ' });
  });

  test('"According to the WSJ, …, told …" after The Wall Street Journal was named: the full name', () => {
    const text = 'The Wall Street Journal first reported the talks. According to the WSJ, the minister told aides that she would resign.';
    expect(quote(text, 'she would resign')).toMatchObject({ start: at(text, 'she would resign'), speaker_mention: 'the minister', cue: 'told', outlet: 'Wall Street Journal' });
  });

  test('"told the FT" after the paper was named in full earlier in the article', () => {
    const text = 'The Financial Times reported that the bank would close. Ana Ruiz told the FT: “We were not warned.”';
    expect(quote(text, 'We were not warned')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'told', outlet: 'Financial Times' });
  });

  test('an outlet the article only abbreviates keeps its letters', () => {
    const text = 'Ana Ruiz told the FT: “We were not warned.”';
    expect(quote(text, 'We were not warned')).toMatchObject({ speaker: 'Ana Ruiz', outlet: 'FT' });
  });
});
