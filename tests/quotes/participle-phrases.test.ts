import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a participle phrase between the subject and the cue', () => {
  test('"Protesters crossing the old bridge chanted": the protesters chant, not the bridge', () => {
    const text = 'Protesters crossing the old bridge of Port Elwin chanted "No more cuts!" and kept going.';
    expect(quote(text, 'No more cuts')).toMatchObject({
      type: 'partial', text: 'No more cuts!', speaker_mention: 'Protesters', speaker_start: 0, speaker_kind: 'anonymous', cue: 'chanted', cue_start: at(text, 'chanted'),
    });
  });

  test('a participle with a direct object: "A man holding a sign yelled", "Fans waiting outside the arena shouted"', () => {
    const man = 'A man holding a sign yelled "Go home!"';
    expect(quote(man, 'Go home')).toMatchObject({ type: 'direct', speaker_mention: 'A man', speaker_start: 0, cue: 'yelled' });
    const fans = 'Fans waiting outside the arena shouted "One more song!"';
    expect(quote(fans, 'One more song')).toMatchObject({ type: 'direct', speaker_mention: 'Fans', speaker_start: 0, cue: 'shouted' });
  });

  test('a past participle and its preposition: "Residents forced from their homes said …"', () => {
    const text = 'Residents forced from their homes said the water was rising fast.';
    expect(quote(text, 'the water')).toMatchObject({
      type: 'indirect', text: 'the water was rising fast', speaker_mention: 'Residents', speaker_start: 0, cue: 'said',
    });
  });

  test('a magazine\'s name opening a described group is no magazine: "People briefed on the talks said"', () => {
    const text = 'The ferry board met on Tuesday. People briefed on the talks said the pier would reopen.';
    expect(quote(text, 'the pier')).toMatchObject({ speaker_mention: 'People', speaker_kind: 'anonymous', outlet: null });
  });

  test('no participle: "Protesters said the streets were …" keeps its subject', () => {
    const text = 'Protesters said the streets were empty by noon.';
    expect(quote(text, 'the streets')).toMatchObject({ type: 'indirect', text: 'the streets were empty by noon', speaker_mention: 'Protesters', speaker_start: 0 });
  });

  test('a finite verb before a clause, or before a conjunction, is no participle', () => {
    const noted = 'Mara Okafor noted the harbour master said the pier was safe.';
    expect(quote(noted, 'the pier')).toMatchObject({ speaker_mention: 'the harbour master', cue: 'said' });
    const passed = 'Thirteen months passed before a harbour judge ordered the board to release the files.';
    expect(quote(passed, 'the board')).toMatchObject({ speaker_mention: 'a harbour judge', cue: 'ordered' });
  });

  test('a participle inside a compound or after a determiner describes the noun after it: "both towing firms"', () => {
    const text = 'The owners of both towing firms told the Gazette they had done nothing wrong.';
    // (The whole description is the mention, as "A person familiar with the company's lobbying efforts" is.)
    expect(quote(text, 'they had')).toMatchObject({ speaker_mention: 'The owners of both towing firms', speaker_start: 0, cue: 'told' });
  });
});

describe('"citing" a quoted reason is a weak cue of the clause it ends', () => {
  test('"NAME cancelled the last shows, citing “…”": the words are the subject’s, the cue "citing"', () => {
    const text = 'Tom Dunn cancelled the last shows of the tour, citing “fatigue”.';
    expect(quote(text, 'fatigue')).toMatchObject({ text: 'fatigue', type: 'partial', speaker: 'Tom Dunn', speaker_mention: 'Tom Dunn', cue: 'citing', cue_start: at(text, 'citing') });
  });
});

describe('a group adjective as the participle\'s object: "Divers searching for the missing said …"', () => {
  test('the subject is the noun before the participle, not "the missing"', () => {
    const text = 'Divers searching for the missing said the current was too strong.';
    expect(quote(text, 'the current')).toMatchObject({
      type: 'indirect', text: 'the current was too strong', start: at(text, 'the current'), speaker_mention: 'Divers', speaker_start: 0,
      cue: 'said', cue_start: at(text, 'said'),
    });
    const medics = 'Medics tending the wounded told reporters the clinic had no power.';
    expect(quote(medics, 'the clinic')).toMatchObject({ speaker_mention: 'Medics', speaker_start: 0, cue: 'told' });
  });

  test('near miss: "the injured" opening the subject, or after "one of", still speaks', () => {
    const text = 'One of the injured said the bus had swerved.';
    expect(quote(text, 'the bus')).toMatchObject({ speaker_mention: 'One of the injured', speaker_start: 0, cue: 'said' });
  });
});
