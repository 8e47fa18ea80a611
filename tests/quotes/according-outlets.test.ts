import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';

describe('a sentence closed by ", according to OUTLET" reports its own speaker\'s words as that outlet carried them', () => {
  test('"The lawsuit says … and that …, according to Reuters.": the report keeps its speaker and gets the outlet', () => {
    const text = 'The lawsuit, filed in Busan last week, says the players were “treated like furniture” and that the club withheld their wages, according to Reuters.';
    expect(quote(text, 'the club withheld')).toMatchObject({ type: 'indirect', speaker_mention: 'The lawsuit', cue: 'says', outlet: 'Reuters' });
  });

  test('"“…,” X said, according to the Boston Globe.": the direct quote gets the paper', () => {
    const text = '“We will rebuild the pier,” Mayor Ana Ruiz said, according to the Boston Globe.';
    expect(quote(text, 'We will rebuild')).toMatchObject({ text: 'We will rebuild the pier,', type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', cue: 'said', outlet: 'Boston Globe' });
  });

  test('"according to" inside the quotation, or naming a person or a document: no outlet', () => {
    const inside = 'Mayor Ana Ruiz said, “We will rebuild the pier, according to the plan.”';
    expect(quote(inside, 'We will rebuild')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
    const person = '“We will rebuild the pier,” Mayor Ana Ruiz said, according to Tom Reyes.';
    expect(quote(person, 'We will rebuild')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
    const minutes = '“We will rebuild the pier,” Mayor Ana Ruiz said, according to the Harbour Board minutes.';
    expect(quote(minutes, 'We will rebuild')).toMatchObject({ type: 'direct', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
  });
});
