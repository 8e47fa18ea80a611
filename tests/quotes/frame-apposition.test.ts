import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a description subject that an apposition names is that person', () => {
  test('"Her old partner, the singer Tomas Ruiz, presented the award and called her “…”" is Ruiz’s', () => {
    const text = 'Her old partner, the singer Tomas Ruiz, presented the award and called her “the sharpest ears in Port Elwin.”';
    expect(quote(text, 'the sharpest')).toMatchObject({
      text: 'the sharpest ears in Port Elwin.', type: 'partial', speaker: 'Tomas Ruiz', speaker_mention: 'Tomas Ruiz',
      speaker_start: at(text, 'Tomas Ruiz'), cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('a pronoun after such a subject goes to the person named: "One pilot, Mara Okafor, …. “…,” she said."', () => {
    const text = 'One harbour pilot, Mara Okafor, stopped the mayor after the meeting.\n\n“You forgot the north pier again,” she told him.';
    expect(quote(text, 'You forgot')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she' });
  });

  test('a hyphenated surname in the apposition: "Lund\'s lawyer, Sara Mbeki-Holm, told Variety … and said …" shares name and outlet', () => {
    const text = 'Lund\'s lawyer, Sara Mbeki-Holm, told Variety the claim was "a cheap grab for attention" and said her client "regrets nothing."';
    expect(quote(text, 'a cheap')).toMatchObject({ type: 'partial', speaker: 'Sara Mbeki-Holm', cue: 'told', outlet: 'Variety' });
    expect(quote(text, 'regrets')).toMatchObject({
      text: 'regrets nothing.', type: 'partial', speaker: 'Sara Mbeki-Holm', speaker_mention: 'Sara Mbeki-Holm', cue: 'said', cue_start: at(text, 'said'), outlet: 'Variety',
    });
  });

  test('a name after a preposition in the apposition is no speaker: ", the singer from Port Elwin,"', () => {
    const text = 'Her old partner, the singer from Port Elwin, presented the award and called her “the sharpest ears in the town.”';
    expect(quote(text, 'the sharpest')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'Her old partner', cue: 'called' });
  });
});

describe('a possessive-led relation named in apposition speaks, not the owner', () => {
  const before = 'Oren Falk, on the new record: “We made it in a barn. The cows hated it.”\n\n';

  test('"His now-wife, the painter NAME, told …": a hyphenated relation noun is one word of the subject', () => {
    const text = before + 'His now-wife, the painter Mira Tanaka, told Billboard that she said yes “before the cows did.”';
    expect(quote(text, 'before the cows')).toMatchObject({
      text: 'before the cows did.', type: 'partial', speaker: 'Mira Tanaka', speaker_mention: 'she', speaker_start: at(text, 'she said'),
      cue: 'said', outlet: 'Billboard',
    });
  });

  test('"His wife, the DJ NAME, told …": a capitalised abbreviation in the apposition does not end it', () => {
    const text = before + 'His wife, the DJ Mira Tanaka, told Billboard that she said yes “before the cows did.”';
    expect(quote(text, 'before the cows')).toMatchObject({ type: 'partial', speaker: 'Mira Tanaka', speaker_mention: 'she', cue: 'said', outlet: 'Billboard' });
  });

  test('a hyphenated adverb phrase is no noun: "Falk’s on-again, off-again feud with …" names no new subject', () => {
    const text = 'Oren Falk’s on-again, off-again feud with the label is on again, and the label calls it “a misunderstanding.”';
    expect(quote(text, 'a misunderstanding')).toMatchObject({ speaker_mention: 'the label', cue: 'calls' });
  });
});

describe('a role held for a place, then the person in apposition', () => {
  test('"The MP for Kellbrook, Nadia Ferro, said: “…”" is Ferro’s, not the seat’s', () => {
    const text = 'The MP for Kellbrook, Nadia Ferro, said: “The buses stop running at six.”';
    expect(quote(text, 'The buses')).toMatchObject({
      text: 'The buses stop running at six.', type: 'direct', speaker: 'Nadia Ferro', speaker_mention: 'Nadia Ferro',
      speaker_start: at(text, 'Nadia Ferro'), cue: 'said',
    });
    const councillor = '“The buses stop running at six,” the councillor for Orme Ward, Peter Aske, said.';
    expect(quote(councillor, 'The buses')).toMatchObject({ type: 'direct', speaker: 'Peter Aske', speaker_mention: 'Peter Aske', cue: 'said' });
  });

  test('after the cue: "said the senator from Dakota, Lyle Burrow" and "said the mayor of Fenmoor, Ines Catt"', () => {
    const senator = '“We have the votes,” said the senator from Dakota, Lyle Burrow, on Tuesday.';
    expect(quote(senator, 'We have')).toMatchObject({ type: 'direct', speaker: 'Lyle Burrow', speaker_mention: 'Lyle Burrow', speaker_start: at(senator, 'Lyle'), cue: 'said' });
    const mayor = '“The pool reopens in June,” said the mayor of Fenmoor, Ines Catt.';
    expect(quote(mayor, 'The pool')).toMatchObject({ type: 'direct', speaker: 'Ines Catt', speaker_mention: 'Ines Catt', cue: 'said' });
  });

  test('after the cue with no comma: "said the Green MP for Kellbrook Nadia Ferro" is Ferro', () => {
    const text = '“The buses stop running at six,” said the Green MP for Kellbrook Nadia Ferro.';
    expect(quote(text, 'The buses')).toMatchObject({ speaker: 'Nadia Ferro', speaker_mention: 'Nadia Ferro', speaker_start: at(text, 'Nadia'), cue: 'said' });
    const seatOnly = '“The buses stop running at six,” said the Green MP for Kellbrook North.';
    expect(quote(seatOnly, 'The buses')).toMatchObject({ speaker: null });
  });

  test('negative: with no name, "The MP for Kellbrook said" is a description, not a person called Kellbrook', () => {
    const text = 'The MP for Kellbrook said: “The buses stop running at six.”';
    expect(quote(text, 'The buses')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'The MP for Kellbrook', cue: 'said' });
    const after = '“We have the votes,” said the senator from Dakota, adding that the count was close.';
    expect(quote(after, 'We have')).toMatchObject({ speaker: null, speaker_mention: 'the senator' });
  });
});

describe('a double-barrelled name in apposition, and a subject set off before its verb', () => {
  test('"X’s attorney, NAME-NAME, … and said her client “…”": the name in apposition speaks the second predicate', () => {
    const text = 'Okafor’s attorney, Linda Brannigan-Hale, filed the papers and said her client "has nothing to hide."';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'has nothing to hide.', speaker: 'Linda Brannigan-Hale', speaker_mention: 'Linda Brannigan-Hale', cue: 'said' }]);
  });

  test('"A spokesperson for X, one of the firms …, said the company “…”": the spokesperson speaks, not the clause’s subject', () => {
    const text = 'A spokesperson for Tallis Studios, one of the firms named in the claim, said the company "does not discuss contracts" but confirmed the date.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'does not discuss contracts', speaker: null, speaker_mention: 'A spokesperson for Tallis Studios', cue: 'said' }]);
  });

  test('negative: after an opening clause with its own verb, the name after the cue is an inverted subject', () => {
    const text = 'The ferry will run all winter, said Mara Okafor, the harbour master.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'The ferry will run all winter', speaker: 'Mara Okafor', cue: 'said' }]);
  });
});

describe('a role with its own "of" phrase, then the name in apposition', () => {
  test('"Kenya\'s minister of tourism, NAME, thanked X but said …" is the named minister\'s', () => {
    const text = "Kenya's minister of tourism, Amina Odhiambo, thanked the British government but said the deal should be a start, not a finish.";
    expect(quote(text, 'the deal')).toMatchObject({
      type: 'indirect', text: 'the deal should be a start, not a finish', speaker: 'Amina Odhiambo', speaker_mention: 'Amina Odhiambo',
      speaker_start: at(text, 'Amina'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"The head of the union, NAME, welcomed X but said …" too', () => {
    const text = 'The head of the union, Tom Reed, welcomed the offer but said members would vote on it next week.';
    expect(quote(text, 'members would')).toMatchObject({ type: 'indirect', speaker: 'Tom Reed', cue: 'said' });
  });

  test('a plural possessive inside the role\'s "of" phrase: "The chair of the fishers\' union, NAME, praised X but said it was “…”"', () => {
    const text = "The chair of the fishers' union, Lena Brandt, praised the new quota but said it was “years too late”.";
    expect(quote(text, 'years too')).toMatchObject({
      type: 'partial', text: 'years too late', start: at(text, 'years too'), end: at(text, 'late') + 'late'.length,
      speaker: 'Lena Brandt', speaker_mention: 'Lena Brandt', speaker_start: at(text, 'Lena'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: an "of" phrase longer than a role\'s complement leaves the description the speaker', () => {
    const text = "The chair of the old fishers' union in the north, Lena Brandt, praised the new quota but said it was “years too late”.";
    expect(quote(text, 'years too')).toMatchObject({ type: 'partial', speaker: null, cue: 'said' });
  });
});

describe('a name right after a kind of body is the body\'s', () => {
  test('"the fan account Lund Updates" after the singer Ana Lund is an account, no person', () => {
    const text = 'Ana Lund released a new single on Friday. The fan account Lund Updates posted: "We are not ready for this."';
    expect(quote(text, 'We are not')).toMatchObject({ type: 'direct', speaker: 'Lund Updates', speaker_kind: 'organization', cue: 'posted' });
  });

  test('a body with a participle apposition still speaks: "A forecast by the firm NAME, prepared for X, predicted that …"', () => {
    const text = 'A forecast by the consulting firm Harbour Economics, prepared for the Retail Federation, predicted that sales would fall.';
    expect(quote(text, 'sales would')).toMatchObject({
      type: 'indirect', text: 'sales would fall', speaker: 'Harbour Economics', speaker_kind: 'organization', cue: 'predicted', cue_start: at(text, 'predicted'),
    });
  });
});

describe('a second apposition after the named one still leaves the description subject named', () => {
  test('"Its organiser, NAME, a 31-year-old teacher from TOWN, told OUTLET she …": the "she" is the organiser, not an earlier speaker', () => {
    const text = 'Ruth Kaplan, a union steward, said the campaign was growing. Its organiser, Maria Lopez, a 31-year-old teacher from Fresno, told the Chicago Tribune she had started the drive "late one night, out of anger".';
    expect(quote(text, 'late one night')).toMatchObject({
      text: 'late one night, out of anger', type: 'partial', speaker: 'Maria Lopez', speaker_mention: 'she', speaker_start: at(text, 'she had'),
      outlet: 'Chicago Tribune',
    });
  });

  test('a plain second apposition too: "Its organiser, NAME, a teacher, told …"', () => {
    const text = 'Ruth Kaplan, a union steward, said the campaign was growing. Its organiser, Maria Lopez, a teacher, told the Chicago Tribune she had started the drive "late one night, out of anger".';
    expect(quote(text, 'late one night')).toMatchObject({ type: 'partial', speaker: 'Maria Lopez', speaker_mention: 'she' });
  });
});

describe('"The host of “TITLE”, NAME, said": the description before the quoted title is the named person\'s role', () => {
  test('the role read up to "of", as without the marks', () => {
    const text = 'The host of “Night Crossing”, Ola Brandvik, said the series would return in spring.';
    expect(quote(text, 'the series')).toMatchObject({ text: 'the series would return in spring', type: 'indirect', speaker: 'Ola Brandvik', speaker_mention: 'Ola Brandvik', speaker_start: at(text, 'Ola'), speaker_kind: 'person', speaker_role: 'host', cue: 'said' });
    const creator = 'The creator of “Night Crossing”, Ola Brandvik, said the series would return in spring.';
    expect(quote(creator, 'the series')).toMatchObject({ speaker: 'Ola Brandvik', speaker_role: 'creator', cue: 'said' });
  });

  test('negative: the same sentence without the marks is read as before', () => {
    const text = 'The host of Night Crossing, Ola Brandvik, said the series would return in spring.';
    expect(quote(text, 'the series')).toMatchObject({ speaker: 'Ola Brandvik', speaker_kind: 'person', speaker_role: 'host', cue: 'said' });
  });
});
