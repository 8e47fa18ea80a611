import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"as SUBJECT puts it" attributes the words beside it', () => {
  test('"speaks French “…,” as she puts it": the pronoun of the aside speaks, resolved as any pronoun', () => {
    const text = 'Lena Marsh grew up in York. Tom Reyes, her first director, remembers her as shy.\n\nShe speaks French “slowly, but with feeling,” as she puts it.';
    expect(quote(text, 'slowly, but')).toMatchObject({
      text: 'slowly, but with feeling,', type: 'partial', speaker: 'Lena Marsh', speaker_mention: 'she', speaker_start: at(text, 'she puts'),
      cue: 'puts it', cue_start: at(text, 'puts it'),
    });
  });

  test('"as one pilot phrased it, “…”": a description before the quotation', () => {
    const text = 'Tom Reyes ran the ferry for years. As one pilot phrased it, “He never missed a tide.”';
    expect(quote(text, 'He never missed')).toMatchObject({ type: 'direct', speaker_mention: 'one pilot', speaker_kind: 'anonymous', cue: 'phrased it' });
  });

  test('the aside frames only the quotation beside it: "“A,” as she put it in Reno, where she promised “B”"', () => {
    const text = 'Lena Marsh often pledges to “keep the ferries running,” as she put it on Monday in Reno, where she also promised to cut “every fare that hurts.”';
    expect(quote(text, 'keep the ferries')).toMatchObject({ speaker: 'Lena Marsh', cue: 'put it' });
    expect(quote(text, 'every fare')).toMatchObject({ speaker: 'Lena Marsh', speaker_start: at(text, 'she also'), cue: 'promised' });
  });

  test('"put it" with no "as" before its subject is no such aside: "She put it in a box."', () => {
    const text = 'Lena Marsh found the old ferry bell. She put it in a box, and the crowd cheered.';
    expect(quotesOf(text).filter((q) => q.cue === 'put it')).toHaveLength(0);
  });
});

describe('"as the ROLE puts it": a description speaks for itself', () => {
  test('after a named subject, "as the governor puts it" is no one named, not the subject', () => {
    const text = 'Tomas Varga speaks of the ferry as “the spine of the coast,” as the governor puts it.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the spine')).toMatchObject({
      text: 'the spine of the coast,', type: 'partial', start: at(text, 'the spine'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'the governor', speaker_start: at(text, 'the governor'), cue: 'puts it', cue_start: at(text, 'puts it'),
    });
  });

  test('one named before with that role is the one the description means (near miss)', () => {
    const text = 'Governor Tomas Varga toured the quay on Monday. The ferry is “the spine of the coast,” as the governor puts it.';
    expect(quote(text, 'the spine')).toMatchObject({ type: 'partial', speaker: 'Tomas Varga', speaker_kind: 'person', speaker_mention: 'the governor', cue: 'puts it' });
  });

  test('"as he puts it" still resolves to the person before (negative case)', () => {
    const text = 'Tomas Varga toured the quay on Monday. The ferry is “the spine of the coast,” as he puts it.';
    expect(quote(text, 'the spine')).toMatchObject({ type: 'partial', speaker: 'Tomas Varga', speaker_mention: 'he', cue: 'puts it' });
  });
});

describe('"put" gives words only as "put it"', () => {
  test('"had put “…”" with another object is no cue: the outer "said" speaks', () => {
    const text = 'Mora said in a letter that the board had put “growth over patients.”';
    expect(quote(text, 'growth over')).toMatchObject({ text: 'growth over patients.', type: 'partial', speaker: 'Mora', cue: 'said', cue_start: at(text, 'said') });
  });

  test('"put it bluntly: “…”" is still a cue', () => {
    const text = 'Mora put it bluntly: “The board has failed the patients.”';
    expect(quote(text, 'The board has')).toMatchObject({ type: 'direct', speaker: 'Mora', cue: 'put', cue_start: at(text, 'put') });
  });
});

