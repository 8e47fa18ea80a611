import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a document described by a participle phrase speaks, not the phrase after the participle', () => {
  test('"A letter sent to NAME insists …": the letter speaks; its addressee is no speaker', () => {
    const text = 'A letter sent to Okafor insists that he delete "every false claim about the recipe" at once.';
    expect(quote(text, 'every false')).toMatchObject({
      type: 'partial', text: 'every false claim about the recipe', start: at(text, 'every'), speaker: null, speaker_mention: 'A letter', speaker_start: 0,
      speaker_kind: 'anonymous', cue: 'insists',
    });
  });

  test('"A demand letter sent … on NAME\'s behalf, and shared with OUTLET, insists …": it speaks for the one it was sent for', () => {
    const text = "A demand letter sent to Okafor on Brandt's behalf, and shared with Variety, insists that he delete \"every false claim about the recipe\" now.";
    expect(quote(text, 'every false')).toMatchObject({
      type: 'partial', speaker: 'Brandt', speaker_mention: 'A demand letter', speaker_start: 0, speaker_kind: 'person', cue: 'insists', outlet: 'Variety',
    });
  });

  test('"The lawsuit, which was reviewed by OUTLET, accuses …": a passive relative clause; the reviewer is no speaker', () => {
    const text = 'The lawsuit, which was reviewed by the Corran Ledger, accuses the board of "gross negligence."';
    expect(quote(text, 'gross negligence')).toMatchObject({
      type: 'partial', speaker: null, speaker_mention: 'The lawsuit', speaker_start: 0, speaker_kind: 'anonymous', cue: 'accuses', outlet: 'Corran Ledger',
    });
    const person = 'The lawsuit, which had been seen by Lida Voss, accuses the board of "gross negligence."';
    expect(quote(person, 'gross negligence')).toMatchObject({ speaker: null, speaker_mention: 'The lawsuit', cue: 'accuses' });
    // (Near miss: written by its author, the lawsuit speaks for her, as with "written by" without "which was".)
    const written = 'The lawsuit, which was written by Lida Voss, accuses the board of "gross negligence."';
    expect(quote(written, 'gross negligence')).toMatchObject({ speaker: 'Lida Voss', speaker_mention: 'The lawsuit', cue: 'accuses' });
  });

  test('negative: an active relative clause ("which accuses …") is no passive description', () => {
    const text = 'The lawsuit, which names the board, was filed by Lida Voss, who called it "overdue."';
    expect(quote(text, 'overdue')).toMatchObject({ speaker: 'Lida Voss' });
  });

  test('"The memo, written by NAME last spring, warns …": the writer is its speaker', () => {
    const text = 'The memo, written by Dana Ruiz last spring, warns that the plan is "not defensible."';
    expect(quote(text, 'not defensible')).toMatchObject({ type: 'partial', speaker: 'Dana Ruiz', speaker_mention: 'The memo', speaker_start: 0, cue: 'warns' });
  });

  test('"on behalf of NAME\'s family": the family\'s letter, not NAME\'s; the letter speaks (negative case for NAME)', () => {
    const text = 'A letter sent on behalf of Ilse Maren\'s family said the claims were false.';
    expect(quote(text, 'the claims')).toMatchObject({
      type: 'indirect', text: 'the claims were false', start: at(text, 'the claims'), speaker: null, speaker_mention: 'A letter', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said',
    });
    const own = 'A letter sent on behalf of Ilse Maren said the claims were false.';
    expect(quote(own, 'the claims')).toMatchObject({ speaker: 'Ilse Maren', speaker_mention: 'A letter', speaker_kind: 'person', cue: 'said' });
  });

  test('plural documents ("Emails sent to the mayor", "The documents shown to the jury", cues.json nouns) speak; the addressee does not', () => {
    for (const [text, mention] of [
      ['Emails sent to the mayor said the money was gone.', 'Emails'],
      ['The documents shown to the jury said the money was gone.', 'The documents'],
      ['The memos sent to the board said the money was gone.', 'The memos'],
    ]) {
      expect(quote(text!, 'the money')).toMatchObject({ type: 'indirect', text: 'the money was gone', start: at(text!, 'the money'), speaker: null, speaker_mention: mention, speaker_start: 0, speaker_kind: 'anonymous', cue: 'said' });
    }
  });

  test('"a letter signed by NAME" (cues.json authorship_participles): the signer speaks', () => {
    const text = 'A letter signed by Dana Ruiz last week said the plan was "not defensible."';
    expect(quote(text, 'not defensible')).toMatchObject({ type: 'partial', speaker: 'Dana Ruiz', speaker_mention: 'A letter', speaker_start: 0, cue: 'said' });
  });

  test('negative: a person described by a participle phrase is left to the usual reading ("A driver hired by Brandt said …")', () => {
    const text = 'A driver hired by Brandt said the van had "no brakes to speak of."';
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention])).toEqual([['no brakes to speak of.', 'A driver']]);
  });

  test('negative: a document with no participle after it is read as usual ("The memo warns …")', () => {
    const text = 'The memo warns that the plan is "not defensible."';
    expect(quote(text, 'not defensible')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'The memo', speaker_start: 0, cue: 'warns' });
  });
});

describe('figures or data from a named body, after "according to", are that body\'s account', () => {
  test('"according to midweek figures from the Harbour Charts Company" is the company\'s', () => {
    const text = 'The album sold 74,000 copies in its first week, according to midweek figures from the Harbour Charts Company.';
    expect(quote(text, 'The album')).toMatchObject({
      type: 'indirect', text: 'The album sold 74,000 copies in its first week', speaker: 'Harbour Charts Company',
      speaker_mention: 'Harbour Charts Company', speaker_start: at(text, 'Harbour Charts'), cue: 'according to', outlet: null,
    });
  });

  test('"according to new data by NAME" too', () => {
    const text = 'Ferry fares rose 4 per cent last year, according to new data by the Harbour Research Institute.';
    expect(quote(text, 'Ferry fares')).toMatchObject({ type: 'indirect', speaker: 'Harbour Research Institute', cue: 'according to' });
  });

  test('"according to new data released by NAME": the body that put the figures out', () => {
    const text = 'Rents fell 2 per cent in the spring, according to new data released by the Harbour Statistics Office.';
    expect(quote(text, 'Rents fell')).toMatchObject({
      type: 'indirect', text: 'Rents fell 2 per cent in the spring', speaker: 'Harbour Statistics Office',
      speaker_start: at(text, 'Harbour Statistics'), cue: 'according to',
    });
  });
});

describe('a document "from" its sender closing the clause before a colon: the words are the sender\'s', () => {
  const words = '“Your claim has been rejected.”';
  test.each([
    'She showed reporters a letter from the ministry: ',
    'The family received a letter from the ministry: ',
    'She read out a letter from the ministry: ',
  ])('"%s“…”": the ministry speaks, with no cue', (intro) => {
    const text = intro + words;
    expect(quote(text, 'Your claim')).toMatchObject({
      type: 'direct', text: 'Your claim has been rejected.', start: at(text, 'Your claim'), speaker: 'the ministry', speaker_mention: 'the ministry',
      speaker_start: at(text, 'the ministry'), speaker_kind: 'organization', cue: null, outlet: null,
    });
  });

  test('a message from a named person: that person', () => {
    const text = 'Outside the court, Lena Park held up an email from Marco Bellini: “I will not be attending the hearing.”';
    expect(quote(text, 'I will not')).toMatchObject({ type: 'direct', speaker: 'Marco Bellini', speaker_mention: 'Marco Bellini', speaker_start: at(text, 'Marco'), cue: null });
  });

  test('negative: "from" a place, or no document before "from", leaves the subject speaking', () => {
    const place = 'Lena Park wrote a letter from prison: “I never touched the money and I never will.”';
    expect(quote(place, 'I never')).toMatchObject({ speaker: 'Lena Park', speaker_mention: 'Lena Park' });
    const came = 'Lena Park, who came from the ministry, was blunt: “Your claim has been rejected.”';
    expect(quote(came, 'Your claim')).toMatchObject({ speaker: 'Lena Park' });
  });
});
