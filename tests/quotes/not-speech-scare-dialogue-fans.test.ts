import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

const rows = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.outlet, q.start, q.end]);

describe('scare quotes, judgements, recap dialogue and fans’ chants', () => {
  test('a so-called term that a verb follows is the clause’s subject in the writer’s scare quotes', () => {
    // (No partial for the term; the clause around it is reported whole: scare-quoted-terms.ts.)
    const glut = 'Analysts said the so-called “glut” eased in March.';
    expect(rows(glut)).toEqual([['indirect', 'the so-called “glut” eased in March', null, 'said', null, at(glut, 'the so-called'), at(glut, '.')]]);
    const reform = 'The minister said the so-called “reform” was a disguised cut.';
    expect(rows(reform)).toEqual([['indirect', 'the so-called “reform” was a disguised cut', null, 'said', null, at(reform, 'the so-called'), at(reform, '.')]]);
  });

  test('a so-called term with the cue of its own clause before it stays the speaker’s', () => {
    const text = 'The senator claimed victory in the so-called “budget war” on Monday.';
    expect(rows(text)).toEqual([['partial', 'budget war', null, 'claimed', null, at(text, 'budget'), at(text, '” on Monday')]]);
  });

  test('capitalised words judging an object of "called" are someone’s words, not a title', () => {
    const text = 'Ryder called the plan “Deeply Flawed,” Senator Mae Colby said.';
    const [q] = quotesOf(text);
    expect(q?.text).toBe('Deeply Flawed,');
    expect([q?.start, q?.end]).toEqual([at(text, 'Deeply'), at(text, '” Senator')]);
  });

  test('"called" with a work or a person as its object names it', () => {
    expect(quotesOf('Critics called the film “Steel Horizon” before it opened.')).toEqual([]);
    expect(quotesOf('Lee called his opponent “Senator Vance” all night.')).toEqual([]);
  });

  test('a character’s line in a show is no quote, whoever recalls it after', () => {
    const text = 'In “Harbor Lights,” Nora Vance says “I never wanted the boat,” a line actor Dana Pryce told Variety she still hears daily.';
    expect(quotesOf(text).filter((q) => q.text.includes('boat'))).toEqual([]);
    expect(quotesOf('In the finale of “Harbor Lights,” Nora tells Sam “Go home.”')).toEqual([]);
  });

  test('a cast member speaking in a sentence that opens with the show keeps the words', () => {
    const text = 'In “Harbor Lights,” which premiered Sunday, star Ann Lee says she found “a new voice.”';
    expect(rows(text)).toEqual([['partial', 'a new voice.', 'Ann Lee', 'says', null, at(text, 'a new'), text.length - 1]]);
  });

  test('an adjective opening the sentence before "fans" leaves them unnamed; a team’s name names them', () => {
    expect(quotesOf('Angry fans chanted “Resign now” as the chairman left.')).toEqual([]);
    expect(quotesOf('The gates opened. Travelling fans chanted “We are here” all night.')).toEqual([]);
    expect(quotesOf('Home fans chanted “Stay, stay, stay” as he left.')).toEqual([]);
    const text = 'Lions fans chanted “Stay, stay, stay” as he left.';
    expect(rows(text)).toEqual([['partial', 'Stay, stay, stay', null, 'chanted', null, at(text, 'Stay'), at(text, '” as he')]]);
  });
});

describe('chants from a stand of the ground, and chants nobody is given', () => {
  test('a stand is its unnamed fans: "the visiting end sang", "the terraces chanted", "the Kop sang" keep nothing', () => {
    expect(quotesOf('Rovers won 3-1. Late on the visiting end sang “Off to the final” as the seats emptied.')).toEqual([]);
    expect(quotesOf('The terraces chanted “Sell the club” after the second goal.')).toEqual([]);
    expect(quotesOf('The Kop sang “Bring on the champions” at the final whistle.')).toEqual([]);
    expect(quotesOf('Supporters in the east stand sang “Keep the faith” all evening.')).toEqual([]);
  });

  test('unnamed supporters are unnamed fans; named ones keep their chant', () => {
    expect(quotesOf('Home supporters chanted “Sell the club” after the second goal.')).toEqual([]);
    const text = 'Rovers supporters chanted “Sell the club” after the second goal.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({
      text: 'Sell the club', type: 'partial', speaker_mention: 'Rovers supporters', speaker_start: 0, speaker_end: 17, cue: 'chanted', cue_start: 18, cue_end: 25,
    })]);
  });

  test('the crowd is a chanter PolNeAR keeps', () => {
    const text = 'The crowd chanted “Off with the ref” in the second half.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({
      text: 'Off with the ref', type: 'partial', speaker_mention: 'The crowd', speaker_kind: 'anonymous', speaker_start: 0, speaker_end: 9, cue: 'chanted', cue_start: 10, cue_end: 17, outlet: null,
    })]);
  });
});
