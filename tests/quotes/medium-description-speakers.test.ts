import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('a news medium described by its kind, with no name, as a speaker', () => {
  test('"The state broadcaster reported …" is an outlet, not the critic named before, and "she" after it is still the critic', () => {
    const text = 'Lena Varga wrote the script. Ruth Adler, a critic, wrote that it was slow. The state broadcaster reported that the studio would appeal. "It is a farce," she said.';
    expect(quote(text, 'the studio would appeal')).toMatchObject({
      type: 'indirect', start: at(text, 'the studio would appeal'), speaker: 'The state broadcaster', speaker_kind: 'outlet', speaker_role: null,
      speaker_mention: 'The state broadcaster', speaker_start: at(text, 'The state broadcaster'), cue: 'reported', outlet: 'The state broadcaster',
    });
    expect(quote(text, 'It is a farce')).toMatchObject({ type: 'direct', speaker: 'Ruth Adler', speaker_mention: 'she', cue: 'said', outlet: null });
  });

  test('"State media said …" and "The national newspaper reported …" are outlets too', () => {
    const a = 'Ruth Adler, a critic, wrote that it was slow. State media said the studio would appeal.';
    expect(quote(a, 'the studio would appeal')).toMatchObject({ speaker: 'State media', speaker_kind: 'outlet', speaker_start: at(a, 'State media'), cue: 'said' });
    const b = 'Ruth Adler, a critic, wrote that it was slow. The national newspaper reported that the studio would appeal.';
    expect(quote(b, 'the studio would appeal')).toMatchObject({ speaker: 'The national newspaper', speaker_kind: 'outlet', cue: 'reported' });
  });

  test('near miss: "the veteran broadcaster" is a person\'s job, not a medium', () => {
    const text = 'Ruth Adler, a critic, wrote that it was slow. The veteran broadcaster said that the studio would appeal.';
    expect(quote(text, 'the studio would appeal')).toMatchObject({ speaker: 'Ruth Adler', speaker_kind: 'person', speaker_role: 'broadcaster', cue: 'said' });
  });

  test('"the magazine" after a named outlet is still that outlet, as speaker and as the outlet of the words it quoted', () => {
    const text = 'Variety reported that the studio would close. The magazine said the deal had collapsed and quoted the producer Dana Ruiz as saying: "We are done here."';
    expect(quote(text, 'the deal had collapsed')).toMatchObject({ speaker: 'Variety', speaker_kind: 'outlet', speaker_mention: 'The magazine', cue: 'said', outlet: 'Variety' });
    expect(quote(text, 'We are done here')).toMatchObject({ type: 'direct', speaker: 'Dana Ruiz', cue: 'saying', outlet: 'Variety' });
  });

  test('a medium only described is listed as no outlet among the entities', () => {
    const text = 'Ruth Adler, a critic, wrote that it was slow. State media said the studio would appeal.';
    expect(extractArticle(text, { id: 't' }).entities.outlets).toEqual([]);
  });
});
