import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/index.js';

describe('be-complement labels', () => {
  it('drops a short quoted noun phrase after "is" with no cue', () => {
    const text = 'The handlers have named the two ferrets. Pip, who hides in boots, is “the Burglar.” Tova is “the Judge.”';
    expect(extractArticle(text).quotes.filter((x) => x.type !== 'indirect')).toHaveLength(0);
  });
  it('keeps such a phrase when its sentence has a cue', () => {
    const text = 'Lena Ortiz runs the clinic. The trouble is “a shortage of nurses,” Ortiz said.';
    const q = extractArticle(text).quotes.filter((x) => x.type !== 'indirect');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([['a shortage of nurses,', 'Lena Ortiz', 'said']]);
  });
});

describe('writers of sent messages, relative antecedents, listed titles', () => {
  it('gives a shown message to the one who sent it, not its addressee', () => {
    const text = 'An email that Lowry sent Mendez in March was then read aloud: “Keep this between us until the vote.”';
    const q = extractArticle(text).quotes;
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue])).toEqual([['direct', 'Keep this between us until the vote.', 'Lowry', 'sent']]);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('Keep this between us until the vote.');
  });
  it('gives "which … and said" to the relative pronoun\'s antecedent', () => {
    const text = 'The mayor, Tom Reyes, met the Harbor Council, which runs the docks and said it would oppose the plan.';
    const q = extractArticle(text).quotes;
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue])).toEqual([['indirect', 'it would oppose the plan', 'Harbor Council', 'said']]);
  });
  it('drops a title named as one of a list', () => {
    const text = 'The studio paid about $3 million for 20 tracks, “River Glass Hotel” among them, Mara Quell said.';
    expect(extractArticle(text).quotes.filter((x) => x.type !== 'indirect')).toHaveLength(0);
  });
});

describe('"quoted NAME as saying" with a description in apposition', () => {
  it('gives the words to the named person, not the quoting body', () => {
    const text = 'The agency quoted a scientist there, Li Wen, as saying that the cub was “shy, hungry and very loud.”';
    const q = extractArticle(text).quotes.filter((x) => x.type === 'partial');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([['shy, hungry and very loud.', 'Li Wen', 'saying']]);
  });
});
