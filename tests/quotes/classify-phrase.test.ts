import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('names joined by "&" are one name, an organisation\'s', () => {
  test('"according to the Elwin Convention & Visitors Bureau": the whole name, kind organisation', () => {
    const text = 'Hotel bookings rose sharply in July, according to the Elwin Convention & Visitors Bureau.';
    expect(quote(text, 'Hotel')).toMatchObject({
      type: 'indirect', text: 'Hotel bookings rose sharply in July', start: 0,
      speaker: 'Elwin Convention & Visitors Bureau', speaker_mention: 'Elwin Convention & Visitors Bureau', speaker_start: at(text, 'Elwin'),
      speaker_kind: 'organization', cue: 'according to', cue_start: at(text, 'according'),
    });
  });

  test('two surnames joined by "&" and a "Co." ending name a firm, not the first surname', () => {
    const text = 'Prices will rise next year, according to Harlow & Finch Co.';
    expect(quote(text, 'Prices')).toMatchObject({ speaker: 'Harlow & Finch Co.', speaker_kind: 'organization', cue: 'according to' });
  });

  test('before the cue too: "Harlow & Finch said …"', () => {
    const text = 'Harlow & Finch said prices would rise.';
    expect(quote(text, 'prices')).toMatchObject({ text: 'prices would rise', speaker: 'Harlow & Finch', speaker_start: 0, speaker_kind: 'organization', cue: 'said' });
  });

  test('"and" between two people is no "&": each stays a person', () => {
    const text = 'Mara Okafor and Tomas Reyna said the bridge would reopen.';
    expect(quote(text, 'the bridge')).toMatchObject({ speaker_kind: 'person' });
    expect(quote(text, 'the bridge').speaker).not.toContain('&');
  });
});

describe('"Lawyer for NAME" opening a sentence: the go-between speaks, never the client named after "for"', () => {
  test('"Lawyer for CLIENT, NAME, said …": the name in apposition is the lawyer\'s', () => {
    const text = 'Lawyer for Greta Lind, Marco Bellini, said the appeal would be filed soon.';
    expect(quote(text, 'the appeal')).toMatchObject({
      text: 'the appeal would be filed soon', type: 'indirect', start: at(text, 'the appeal'),
      speaker: 'Marco Bellini', speaker_mention: 'Marco Bellini', speaker_start: at(text, 'Marco'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"“…,” Spokeswoman for CLIENT said": an unnamed spokeswoman', () => {
    const text = '“No comment at this time,” Spokeswoman for Dara Quill said on Friday.';
    expect(quote(text, 'No comment')).toMatchObject({
      text: 'No comment at this time,', type: 'direct', start: at(text, 'No comment'),
      speaker: null, speaker_mention: 'Spokeswoman for Dara Quill', speaker_kind: 'anonymous', speaker_start: at(text, 'Spokeswoman'), cue: 'said',
    });
  });

  test('"Counsel for the club NAME said": a name after a client in small letters is the go-between\'s', () => {
    const text = 'Counsel for the club Petra Vogel said: “We will contest the fine.”';
    expect(quote(text, 'We will contest')).toMatchObject({
      text: 'We will contest the fine.', type: 'direct', start: at(text, 'We will contest'),
      speaker: 'Petra Vogel', speaker_mention: 'Petra Vogel', speaker_start: at(text, 'Petra'), cue: 'said',
    });
  });

  test('"Lawyer for CLIENT NAME said": a second name after a named client, no commas, is the lawyer\'s', () => {
    const text = 'Lawyer for Greta Lind Marco Bellini said the filing was late.';
    expect(quote(text, 'the filing')).toMatchObject({
      text: 'the filing was late', type: 'indirect', start: at(text, 'the filing'),
      speaker: 'Marco Bellini', speaker_mention: 'Marco Bellini', speaker_start: at(text, 'Marco'), cue: 'said',
    });
  });
});


describe('a role word inside a body\'s name is a word of that name', () => {
  test('"The North Star Otter Sanctuary said …": the whole run is the organisation, no role "star"', () => {
    const text = 'The North Star Otter Sanctuary said the pond would reopen in May.';
    expect(quote(text, 'the pond')).toMatchObject({
      type: 'indirect', text: 'the pond would reopen in May', start: at(text, 'the pond'), end: at(text, '.'),
      speaker: 'North Star Otter Sanctuary', speaker_mention: 'North Star Otter Sanctuary', speaker_start: at(text, 'North'),
      speaker_kind: 'organization', speaker_role: null, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: "Film star Ana Ruiz said …" keeps the role before a person\'s name', () => {
    const text = 'Film star Ana Ruiz said the pond would reopen in May.';
    expect(quote(text, 'the pond')).toMatchObject({ speaker: 'Ana Ruiz', speaker_kind: 'person', speaker_role: 'star', cue: 'said' });
  });
});

describe('an outlet\'s kind word the tagger reads as no noun heads the subject after "the"', () => {
  test('"The daily reported that …" reports, the paper named before speaking as its own outlet', () => {
    const text = 'The Morning Ledger broke the story on Sunday. The daily reported that the mayor had resigned.';
    expect(quote(text, 'the mayor')).toMatchObject({
      type: 'indirect', text: 'the mayor had resigned', start: at(text, 'the mayor'), speaker: 'The Morning Ledger', speaker_kind: 'outlet',
      speaker_mention: 'The daily', speaker_start: at(text, 'The daily'), cue: 'reported', outlet: 'The Morning Ledger',
    });
  });

  test('"The rival daily reported that …" reports, its speaker the description as written', () => {
    const text = 'The Morning Ledger broke the story. The rival daily reported that the mayor had resigned.';
    expect(quote(text, 'the mayor')).toMatchObject({ type: 'indirect', speaker_mention: 'The rival daily', speaker_start: at(text, 'The rival daily'), speaker_kind: 'anonymous', cue: 'reported' });
  });

  test('near miss: a noun after the kind word heads the phrase ("The daily briefing said")', () => {
    const text = 'The ministry held its daily briefing. The daily briefing said that the mayor had resigned.';
    expect(quote(text, 'the mayor')).toMatchObject({ speaker: null, speaker_mention: 'The daily briefing', outlet: null });
  });
});

describe('descriptions of a body: a governing body, a crew or squad', () => {
  test('"the sport\'s governing body said": an organisation', () => {
    const text = 'The boat was disqualified, the sport\'s governing body said.';
    expect(quote(text, 'The boat')).toMatchObject({ text: 'The boat was disqualified', type: 'indirect', start: 0, speaker: "the sport's governing body", speaker_kind: 'organization', speaker_mention: "the sport's governing body", speaker_start: at(text, 'the sport'), cue: 'said' });
  });

  test('"The Dutch crew said": an organisation, as "the team" is', () => {
    const text = 'The Dutch crew said the result was unfair.';
    expect(quote(text, 'the result')).toMatchObject({ text: 'the result was unfair', type: 'indirect', speaker: 'The Dutch crew', speaker_kind: 'organization', speaker_start: 0, cue: 'said' });
  });

  test('near miss: "body" alone is no body of people ("the body was found")', () => {
    const text = 'The body was found near the dam, the police said.';
    expect(quote(text, 'The body')).toMatchObject({ text: 'The body was found near the dam', speaker: 'the police', speaker_kind: 'organization' });
  });
});

describe('"Holding" ends a company\'s name only after a word that is no given name', () => {
  test('"Kestrand Holding said": an organisation', () => {
    const text = 'Kestrand Holding said the sale of its ski lifts was complete.';
    expect(quote(text, 'the sale')).toMatchObject({ type: 'indirect', text: 'the sale of its ski lifts was complete', start: at(text, 'the sale'), speaker: 'Kestrand Holding', speaker_kind: 'organization', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said' });
  });

  test('near miss: a given name before it keeps the person ("Michael Holding said")', () => {
    const text = 'Michael Holding said the pitch was slow.';
    expect(quote(text, 'the pitch')).toMatchObject({ speaker: 'Michael Holding', speaker_kind: 'person' });
  });
});

describe('a crew or squad that speaks is an organisation, but a call for help is no speech act', () => {
  test('"The squad said": an organisation', () => {
    const text = 'The squad said it would appeal the ban.';
    expect(quote(text, 'it would appeal')).toMatchObject({ type: 'indirect', text: 'it would appeal the ban', speaker: 'The squad', speaker_kind: 'organization', speaker_mention: 'The squad', speaker_start: 0, cue: 'said' });
  });

  test('near miss: "the cast and crew", the people who made a show, are no side ("… talked about the week they made the pilot")', () => {
    expect(quotesOf('For the reunion, the cast and crew talked about the week they shot the finale.')).toEqual([]);
  });

  test('near miss: "The crew made a call for help after dark" reports nothing; "a call for calm" still does', () => {
    expect(quotesOf('The boat lost power. The crew made a call for help after dark.')).toEqual([]);
    const text = 'The squad made a call for calm among its fans.';
    expect(quote(text, 'calm')).toMatchObject({ type: 'indirect', text: 'calm among its fans', speaker: 'The squad', speaker_kind: 'organization', cue: 'made a call for' });
  });
});

describe('"a tribunal in Leeds found …": a listed place after a noun and "in"/"at" is where the noun is, never the speaker', () => {
  test('the inner report is the tribunal\'s, described; the outer one the club\'s', () => {
    const text = 'The club said a tribunal in Leeds had found that the transfer was void.';
    const outer = quote(text, 'a tribunal');
    expect(outer).toMatchObject({ type: 'indirect', text: 'a tribunal in Leeds had found that the transfer was void', speaker: 'The club', speaker_kind: 'organization', cue: 'said', start: at(text, 'a tribunal'), end: at(text, '.') });
    // (A tribunal is a body, as a court is: "a court in Leeds found" names it so too.)
    expect(quote(text, 'the transfer')).toMatchObject({ type: 'indirect', text: 'the transfer was void', speaker: 'a tribunal in Leeds', speaker_kind: 'organization', speaker_mention: 'a tribunal in Leeds', speaker_start: at(text, 'a tribunal'), cue: 'found' });
  });

  test('… opening the sentence, with a country: "An inquiry in France found …"', () => {
    const text = 'An inquiry in France found that the transfer was void.';
    expect(quote(text, 'the transfer')).toMatchObject({ text: 'the transfer was void', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'An inquiry in France', speaker_start: 0, cue: 'found' });
  });

  test('near miss: a person noun before the place keeps its role ("a judge in Leeds"), a body noun its kind', () => {
    const judge = 'A judge in Leeds found that the transfer was void.';
    expect(quote(judge, 'the transfer')).toMatchObject({ speaker_mention: 'A judge in Leeds', speaker_kind: 'anonymous', speaker_role: 'judge' });
    const hospital = 'A hospital in Leeds found that the scan was clear.';
    expect(quote(hospital, 'the scan')).toMatchObject({ speaker: 'A hospital in Leeds', speaker_kind: 'organization' });
  });
});
