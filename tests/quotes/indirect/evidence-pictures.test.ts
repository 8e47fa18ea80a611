import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/pipeline/process.js';

// Replays, photographs and images "show" things as footage does: evidence, never a person's name when
// the word opens a sentence with a capital.
describe('pictures as evidence, not speakers', () => {
  test('"Replays appeared to show …" names no person and reports nothing', () => {
    const r = extractArticle('Replays that spread online appeared to show the striker handling the ball before he scored.', { id: 't' });
    expect(r.entities.people.map((p) => p.name)).toEqual([]);
    expect(r.quotes).toEqual([]);
  });

  test('"Photographs showed …": the pictures are no person', () => {
    const text = 'Photographs showed the striker handling the ball.';
    const r = extractArticle(text, { id: 't' });
    expect(r.entities.people.map((p) => p.name)).toEqual([]);
    expect(r.quotes.map((q) => [q.text, q.speaker, q.speaker_mention, q.cue])).toEqual([['the striker handling the ball', null, 'Photographs', 'showed']]);
  });

  test('"Photographs by NAME showed …": the photographer took them, the pictures show', () => {
    const text = 'Photographs by Lena Okafor showed the pier had split in two.';
    const r = extractArticle(text, { id: 't' });
    expect(r.quotes.map((q) => [q.text, q.speaker, q.speaker_mention, q.cue])).toEqual([['the pier had split in two', null, 'Photographs', 'showed']]);
    expect(text.slice(r.quotes[0]!.speaker_start!, r.quotes[0]!.speaker_end!)).toBe('Photographs');
  });

  test('a study by a body still speaks for the body', () => {
    const r = extractArticle('A study by the Coastal Trust found that the dunes were shrinking.', { id: 't' });
    expect(r.quotes.map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([['the dunes were shrinking', 'Coastal Trust', 'found']]);
  });
});

describe('a picture word that only says what kind of message', () => {
  test('"In a video message, he urged …": no report by "a video", only his own', () => {
    const text = 'In a video message, he urged the harbour towns to close their coal plants by 2030.';
    const r = extractArticle(text, { id: 't' });
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.outlet])).toEqual([['the harbour towns to close their coal plants by 2030', 'indirect', 'he', 'urged', null]]);
    expect(r.quotes[0]!.start).toBe(text.indexOf('the harbour towns'));
  });

  test('near miss: "In a new county survey, CLAUSE": evidence heading its phrase still reports the clause', () => {
    const text = 'In a new county survey, most residents favoured keeping the night ferry.';
    const r = extractArticle(text, { id: 't' });
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.outlet, q.start])).toEqual([['most residents favoured keeping the night ferry', 'indirect', 'a new county survey', 'In', null, text.indexOf('most')]]);
  });
});

describe('anyone a speech verb follows in a picture speaks there; the picture reports nothing itself', () => {
  test('"In a live stream on YouTube, a viewer asked whether …": one report, the viewer\'s, not a second by the stream', () => {
    const text = 'In a live stream on YouTube on Friday, a viewer asked whether the band would tour again. Mara said it would.';
    const qs = extractArticle(text, { id: 'p' }).quotes;
    expect(qs.filter((q) => q.cue === 'In')).toEqual([]);
    const asked = qs.find((q) => q.cue === 'asked')!;
    expect(asked).toMatchObject({ text: 'whether the band would tour again', type: 'indirect', speaker_mention: 'a viewer', start: text.indexOf('whether') });
    expect(qs.filter((q) => q.start < asked.end && q.end > asked.start)).toHaveLength(1);
  });

  test('near miss: a clause with no speech verb after the picture is still what the video shows', () => {
    const text = 'In a video posted on Friday, the bridge collapsed into the river within seconds.';
    expect(extractArticle(text, { id: 'p' }).quotes.map((q) => [q.text, q.cue])).toEqual([['the bridge collapsed into the river within seconds', 'In']]);
  });
});
