import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { askedNameAfter, askedPersonIn } from '../../src/quotes/asked-person.js';

// The one a question was put to is the likeliest to answer it in the next sentence.
describe('a he or she right after a question put to a named person', () => {
  const opening = 'Paul Becker arrived late on Monday. “We love the fans,” Martin Grell said. ';

  test('"A reporter asked NAME whether … “…,” he said": the one asked answers, not the latest speaker', () => {
    const text = `${opening}A reporter asked Becker whether the club would move. “We are staying here,” he said.`;
    expect(quote(text, 'We are staying')).toMatchObject({
      type: 'direct', text: 'We are staying here,', speaker: 'Paul Becker', speaker_mention: 'he', speaker_start: at(text, 'he said'),
      speaker_kind: 'person', cue: 'said', cue_start: text.lastIndexOf('said'),
    });
  });

  test('"… asked NAME about …. He said …": a reported answer, after an opening phrase in the question\'s sentence', () => {
    const text = `${opening}At the news conference, a reporter asked Becker about the move. He said the club was staying.`;
    expect(quote(text, 'the club was')).toMatchObject({ type: 'indirect', text: 'the club was staying', speaker: 'Paul Becker', speaker_mention: 'He', speaker_kind: 'person', cue: 'said' });
  });

  test('negative: a request is no question ("A fan asked NAME to stay")', () => {
    const text = `${opening}A fan asked Becker to stay. “We are staying here,” he said.`;
    expect(quote(text, 'We are staying')).toMatchObject({ speaker: 'Martin Grell', speaker_mention: 'he' });
  });

  test('negative: a question inside a clause of time sets the scene for the one recalling it', () => {
    const text = `${opening}Grell said the night went badly when a reporter asked Becker why the club would move. “We are staying here,” he said.`;
    expect(quote(text, 'We are staying')).toMatchObject({ speaker: 'Martin Grell', speaker_mention: 'he' });
  });
});

describe('a question a named person put', () => {
  test('negative: "NAME asked NAME about …" leaves the previous subject\'s rule to decide', () => {
    const text = 'Mark Dunn asked Tom Reyes about the ferry timetable on Monday. “It comes out on Friday,” he said.';
    expect(quote(text, 'It comes out')).toMatchObject({ type: 'direct', speaker: 'Mark Dunn', speaker_mention: 'he', cue: 'said' });
  });
});

describe('a question the sentence goes on past', () => {
  const opening = 'Coach Ron Becker arrived late. Owner Tom Lindqvist sat beside him. ';

  test('negative: a clause joined after the question with a named subject ("…, and Becker laughed") is the one a "he" continues', () => {
    const text = `${opening}A reporter asked Lindqvist whether Becker would stay, and Becker laughed. “I am going nowhere,” he said.`;
    expect(quote(text, 'I am going')).toMatchObject({
      type: 'direct', text: 'I am going nowhere,', speaker: 'Ron Becker', speaker_mention: 'he', speaker_start: at(text, 'he said'),
      speaker_kind: 'person', cue: 'said',
    });
  });

  test('near miss: a name inside the question itself leaves the answer to the one asked', () => {
    const text = `${opening}A reporter asked Lindqvist whether Becker would stay. “The coach stays,” he said.`;
    expect(quote(text, 'The coach stays')).toMatchObject({ type: 'direct', speaker: 'Tom Lindqvist', speaker_mention: 'he', cue: 'said' });
  });

  test('negative: two people asked give no one asked ("asked Becker and Lindqvist whether …")', () => {
    const sentence = 'A reporter asked Becker and Lindqvist whether the club would move.';
    const tokens = analyzeArticle({ id: 't', path: 't', text: sentence }).tokens;
    expect(askedPersonIn(tokens, 0, tokens.length)).toBeNull();
    const one = 'A reporter asked Lindqvist whether the club would move.';
    const oneTokens = analyzeArticle({ id: 't', path: 't', text: one }).tokens;
    const found = askedPersonIn(oneTokens, 0, oneTokens.length);
    expect(found && oneTokens.slice(found[0], found[1]).map((t) => t.text)).toEqual(['Lindqvist']);
  });
});

describe('askedNameAfter: the name right after an asking verb, before the question word', () => {
  const tokensOf = (text: string) => analyzeArticle({ id: 't', path: 't', text }).tokens;

  test('"asked Ana Ruiz whether …" names Ana Ruiz', () => {
    const tokens = tokensOf('A reporter asked Ana Ruiz whether the ferry would run.');
    expect(askedNameAfter(tokens, 2, tokens.length)).toEqual([3, 5]);
  });

  test('no name for a pronoun, nor for a request with no question word', () => {
    const pronoun = tokensOf('A reporter asked her whether the ferry would run.');
    expect(askedNameAfter(pronoun, 2, pronoun.length)).toBeNull();
    const request = tokensOf('A reporter asked Ana Ruiz to stay.');
    expect(askedNameAfter(request, 2, request.length)).toBeNull();
  });
});
