import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const result = (text: string) => extractArticle(text, { id: 't' });
const row = (text: string) => result(text).quotes.map((q) => [q.type, q.text, q.speaker, q.cue, q.outlet, q.start, q.end]);
const films = (text: string) => result(text).entities.films.map((f) => [f.title, f.kind]);

describe('a quoted title whose takings follow it is a film, no quotation', () => {
  test('a title in apposition to a release noun, then "opened to" a sum', () => {
    const text = 'Dora Quill said the weekend was "a relief." Halvard\'s new animated release, "Paper Comet," opened to $28 million in May.';
    const start = at(text, 'a relief');
    expect(row(text)).toEqual([['partial', 'a relief.', 'Dora Quill', 'said', null, start, start + 'a relief.'.length]]);
    quote(text, 'a relief');
    expect(films(text)).toEqual([['Paper Comet', 'film']]);
  });

  test('a title opening its sentence, an apposition after it, then "set records"', () => {
    const text = '"Marsh Kingdom," a family musical romp, set records over the holiday weekend.';
    expect(row(text)).toEqual([]);
    expect(films(text)).toEqual([['Marsh Kingdom', 'film']]);
  });

  test('a verb of takings with no sum after it is no box office: the words stay spoken', () => {
    const text = '"We opened to cheers," Dora Quill said.';
    expect(row(text)).toEqual([['direct', 'We opened to cheers,', 'Dora Quill', 'said', null, 1, 21]]);
    expect(films(text)).toEqual([]);
  });

  test('a quotation with a cue right after it is speech, takings after the cue notwithstanding', () => {
    const text = '"It All Held Up," the manager said, earned the club $2 million, she added.';
    const spoken = result(text).quotes.filter((q) => q.type === 'direct').map((q) => [q.type, q.text, q.speaker_mention, q.cue, q.outlet, q.start, q.end, q.speaker_start, q.cue_start]);
    expect(spoken).toEqual([['direct', 'It All Held Up,', 'the manager', 'said', null, 1, 16, at(text, 'the manager'), at(text, 'said')]]);
    expect(films(text)).toEqual([]);
  });
});
