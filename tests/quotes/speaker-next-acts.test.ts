import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('a report ends before the speaker\'s next act after ", and|but"', () => {
  test('", but stopped short of" is the writer\'s narration, not the content', () => {
    const text = 'The Harbour Pilots Guild said in a statement that it backed the new ferry timetable, but stopped short of endorsing the fare rise.';
    const content = 'it backed the new ferry timetable';
    expect(indirect(text)).toMatchObject([
      { text: content, start: at(text, content), end: at(text, content) + content.length, speaker: 'Harbour Pilots Guild', cue: 'said', cue_start: at(text, 'said'), outlet: null },
    ]);
  });

  test('", and he laughed" ends the report and is no report of the inner verb', () => {
    const text = 'Tom Reed spoke after the concert. He said Ana Voss insisted on playing the solo herself, and he laughed when asked about it.';
    const content = 'Ana Voss insisted on playing the solo herself';
    expect(indirect(text)).toMatchObject([
      { text: content, start: at(text, content), end: at(text, content) + content.length, speaker: 'Tom Reed', cue: 'said', cue_start: at(text, 'said'), outlet: null },
    ]);
  });

  test('… not without the comma: "said the crowd cheered and laughed" keeps the crowd\'s laughter', () => {
    const text = 'Tom Reed spoke after the concert. He said the crowd cheered and laughed at every joke.';
    const content = 'the crowd cheered and laughed at every joke';
    expect(indirect(text)).toMatchObject([{ text: content, start: at(text, content), speaker: 'Tom Reed', cue: 'said' }]);
  });

  test('… not a clause of the content\'s own after ", but": "said A, but the union would fight it"', () => {
    const text = 'Tom Reed spoke after the vote. He said the levy would pass, but the union would fight it.';
    expect(indirect(text)).toMatchObject([{ text: 'the levy would pass, but the union would fight it', speaker: 'Tom Reed', cue: 'said' }]);
  });
});
