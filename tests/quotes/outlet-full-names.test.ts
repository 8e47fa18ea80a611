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

  test('"told SHORT" after "told SHORT News": the name the article wrote in full', () => {
    const text = '“Cases are rising,” Tomas Reyes told STAT News on Monday.\n\n“It is spreading,” Reyes told STAT.';
    expect(quote(text, 'Cases are rising')).toMatchObject({ speaker: 'Tomas Reyes', cue: 'told', outlet: 'STAT News' });
    expect(quote(text, 'It is spreading')).toMatchObject({ start: at(text, 'It is spreading'), speaker: 'Tomas Reyes', cue: 'told', outlet: 'STAT News' });
  });

  test('"told the BBC" after "BBC News" was named: a broadcaster\'s desk is no full name of it', () => {
    const text = 'BBC News first reported the closure.\n\n“It grew,” Ann Cole told the BBC.';
    expect(quote(text, 'It grew')).toMatchObject({ speaker: 'Ann Cole', cue: 'told', outlet: 'BBC' });
  });

  test('"told the Register" after "The Des Moines Register": the paper named before', () => {
    const text = '“We are hiring,” Sam Rowe told The Des Moines Register on Friday.\n\n“It took years,” Rowe told the Register.';
    expect(quote(text, 'It took years')).toMatchObject({ speaker: 'Sam Rowe', cue: 'told', outlet: 'The Des Moines Register' });
  });
});
