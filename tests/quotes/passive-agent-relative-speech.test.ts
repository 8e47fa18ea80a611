import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a passive agent whose relative clause speaks: the relative clause is the report', () => {
  test('"praised by BODY, which said …": the body\'s words after its cue', () => {
    const text = 'The museum was praised by the Harbour Heritage Society, which said entry should stay free for children.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'entry should')).toMatchObject({
      type: 'indirect', text: 'entry should stay free for children', start: at(text, 'entry should'), speaker: 'Harbour Heritage Society', speaker_kind: 'organization',
      speaker_mention: 'which', speaker_start: at(text, 'which'), cue: 'said', outlet: null,
    });
  });

  test('a listed body whose name holds "Without" is whole, and no person', () => {
    const text = 'The ruling was welcomed by Engineers Without Borders, which said the bridge must be rebuilt quickly.';
    expect(quote(text, 'the bridge')).toMatchObject({
      type: 'indirect', text: 'the bridge must be rebuilt quickly', start: at(text, 'the bridge'), speaker: 'Engineers Without Borders', speaker_kind: 'organization',
      speaker_mention: 'which', cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a passive with no speaking relative stays the agent\'s report', () => {
    const text = 'The museum was praised by the Harbour Heritage Society for its new wing.';
    expect(quote(text, 'The museum')).toMatchObject({ type: 'indirect', text: 'The museum was praised by the Harbour Heritage Society for its new wing', speaker: 'Harbour Heritage Society', cue: 'praised' });
  });

  test('near miss: "which" with a cue taking only an object gives the body no words', () => {
    const text = 'The strike was condemned by the Harbour Dockers Union, which claimed credit for the last walkout.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'which')).toBe(false);
  });
});
