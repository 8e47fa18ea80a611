import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"told PERSON" names the listener: an earlier interview\'s outlet does not carry', () => {
  test('"he told Dunmore" after an interview with Variety has no outlet', () => {
    const text = 'In an interview with Variety last spring, Okafor called the festival “a family reunion”.\n\n'
      + 'Okafor closed the evening with a toast. “I owe you all,” he told Dunmore.';
    expect(quote(text, 'a family reunion')).toMatchObject({ type: 'partial', speaker: 'Okafor', outlet: 'Variety' });
    expect(quote(text, 'I owe you all')).toMatchObject({ text: 'I owe you all,', type: 'direct', speaker: 'Okafor', speaker_mention: 'he', cue: 'told', cue_start: at(text, 'told Dunmore'), start: at(text, 'I owe you all'), outlet: null });
  });

  test('negative: the interviewer the article names with the outlet is the interview ("told Ferrante")', () => {
    const text = 'In a sit-down interview with CBS News\u2019 Paula Ferrante, Okafor called the festival \u201ca family reunion\u201d.\n\n'
      + '\u201cI owe you all,\u201d he told Ferrante.';
    expect(quote(text, 'I owe you all')).toMatchObject({ type: 'direct', speaker: 'Okafor', cue: 'told', outlet: 'CBS News' });
  });

  test('negative: a host the article introduces as one keeps the programme ("The host, Ray Lusk, …")', () => {
    const text = 'In an interview on the podcast \u201cLate Tea,\u201d Okafor called the festival \u201ca family reunion\u201d. The host, Ray Lusk, pressed him on the tour.\n\n'
      + '\u201cI owe you all,\u201d Okafor told Lusk.';
    expect(quote(text, 'I owe you all')).toMatchObject({ text: 'I owe you all,', type: 'direct', speaker: 'Okafor', cue: 'told', cue_start: at(text, 'told Lusk'), outlet: 'Late Tea' });
  });

  test('negative: "he told the magazine" still carries the interview\'s outlet', () => {
    const text = 'In an interview with Variety last spring, Okafor called the festival “a family reunion”.\n\n'
      + 'Okafor closed the interview with a toast. “I owe you all,” he told the magazine.';
    expect(quote(text, 'I owe you all')).toMatchObject({ type: 'direct', speaker: 'Okafor', cue: 'told', outlet: 'Variety' });
  });
});

describe('the reason a source gives for anonymity names no medium', () => {
  test('"commenting on the show" in the reason gives no programme, even after another speaker\'s podcast', () => {
    const text = 'Dana Vole said on her podcast, “Vole Hour,” that the board should “look again.”\n\n'
      + 'A league official, speaking on condition of anonymity because officials are barred from commenting on the show, said two clubs had complained.';
    expect(quote(text, 'look again')).toMatchObject({ type: 'partial', speaker: 'Dana Vole', outlet: 'Vole Hour' });
    expect(quote(text, 'two clubs had complained')).toMatchObject({ text: 'two clubs had complained', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'A league official', cue: 'said', cue_start: at(text, 'said two clubs'), outlet: null });
  });

  test('"commenting on CNN" in the reason is no outlet either', () => {
    const text = 'A staffer, speaking on condition of anonymity because staff are barred from commenting on CNN, said the plan had failed.';
    expect(quote(text, 'the plan had failed')).toMatchObject({ type: 'indirect', speaker_mention: 'A staffer', cue: 'said', outlet: null });
  });

  test('negative: an outlet the source spoke to beside the anonymity stays', () => {
    const text = 'A staffer, speaking on condition of anonymity to CNN, said the plan had failed.';
    expect(quote(text, 'the plan had failed')).toMatchObject({ type: 'indirect', speaker_mention: 'A staffer', cue: 'said', outlet: 'CNN' });
  });
});
