import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote } from '../helpers/quotes.js';

const tokenOf = (text: string, word: string) => analyzeArticle({ id: 't', path: '', text }).tokens.find((t) => t.text === word)!;

describe('a verb in "-s" after "NAME, AGE,": "Dana Marlow, 46, hosts the show"', () => {
  test('the word is the verb (with its base as lemma), not a plural noun', () => {
    const hosts = tokenOf('Dana Marlow, 46, hosts the show with Sara Lind on weekdays.', 'hosts');
    expect(hosts.pos).toBe('VERB');
    expect(hosts.lemma).toBe('host');
    expect(tokenOf('Ivo Brandt, 61, teaches maths at the village school.', 'teaches').lemma).toBe('teach');
  });

  test('the name is the subject a later pronoun takes, not a name later in its sentence', () => {
    const text = 'Dana Marlow, 46, hosts the show with Sara Lind on weekdays. “We never script it,” she said.';
    expect(quote(text, 'We never')).toMatchObject({
      type: 'direct', text: 'We never script it,', start: at(text, 'We never'), end: at(text, '” she'),
      speaker: 'Dana Marlow', speaker_mention: 'she', speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a plural noun after an age that is no apposition, or before a comma, stays a noun', () => {
    // (No name before the age: "children, 12, sons …" is a list, not a subject and its verb.)
    expect(tokenOf('They counted apples, 12, pears and plums.', 'pears').pos).not.toBe('VERB');
    // (A word in "-ss" is a singular noun: "boss".)
    expect(tokenOf('Ivo Brandt, 61, boss of the mill, said little.', 'boss').pos).not.toBe('VERB');
  });
});
