import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const outletNames = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => o.name);

// A newspaper's last word read as a verb ("Herald") breaks the capitalised run, leaving a shorter unknown name
// ("Millbrook Press") beside the whole one the quote stage names: the whole one wins.
describe('an outlet name whose run the tagger broke', () => {
  test('"According to the Millbrook Press Herald, …": one outlet, no "Millbrook Press" inside it', () => {
    const text = 'According to the Millbrook Press Herald, the ferry lost $2 million last year.';
    expect(outletNames(text)).toEqual(['Millbrook Press Herald']);
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry lost $2 million last year', type: 'indirect', start: at(text, 'the ferry'),
      speaker_mention: 'the Millbrook Press Herald', cue: 'According to', outlet: 'The Millbrook Press Herald',
    });
  });

  test('near miss: the shorter name written on its own elsewhere stays an outlet of its own', () => {
    const text = 'According to the Millbrook Press Herald, the ferry lost $2 million last year. The Millbrook Press said nothing.';
    expect(outletNames(text)).toEqual(['Millbrook Press Herald', 'Millbrook Press']);
  });
});
