import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an organisation named in apposition after a description of its spokesperson', () => {
  test('"A spokesperson for his label, Greyhound Records, told Billboard …": the description speaks, through the name', () => {
    const text = 'Tom Reyes is due to tour in May. A spokesperson for his label, Greyhound Records, told Billboard the dates would go ahead.';
    expect(quote(text, 'the dates')).toMatchObject({
      type: 'indirect', text: 'the dates would go ahead', speaker_kind: 'anonymous',
      speaker_mention: 'A spokesperson for his label, Greyhound Records', speaker_start: at(text, 'A spokesperson'), cue: 'told', outlet: 'Billboard',
    });
  });

  test('after a quotation: "“…,” a spokesperson for her label, Greyhound Records, said"', () => {
    const text = '“The dates stand,” a spokesperson for her label, Greyhound Records, said.';
    expect(quote(text, 'The dates')).toMatchObject({ type: 'direct', speaker_mention: 'a spokesperson for her label, Greyhound Records', cue: 'said' });
  });

  test('the complement may be owned by another common noun: "A spokeswoman for the team\'s owner, Harrow Holdings, told …"', () => {
    const text = "A spokeswoman for the team's owner, Harrow Holdings, told reporters the stadium deal was off.";
    expect(quote(text, 'the stadium')).toMatchObject({
      type: 'indirect', text: 'the stadium deal was off', start: at(text, 'the stadium'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: "A spokeswoman for the team's owner, Harrow Holdings", speaker_start: 0, cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('near miss: a person named after such a description is the speaker: "A spokeswoman for the team\'s owner, Dana Pruitt, told"', () => {
    const text = "A spokeswoman for the team's owner, Dana Pruitt, told reporters the stadium deal was off.";
    expect(quote(text, 'the stadium')).toMatchObject({ speaker: 'Dana Pruitt', speaker_mention: 'Dana Pruitt' });
  });

  test('a person named in apposition is the speaker, as before: "A spokesperson for the label, Mara Okafor, said"', () => {
    const text = 'A spokesperson for the label, Mara Okafor, said the dates would go ahead.';
    expect(quote(text, 'the dates')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor' });
  });

  test('a description that is no go-between is not read through the name: "The new owner of the pier, Greyhound Records, said"', () => {
    const text = 'The new owner of the pier, Greyhound Records, said the dates would go ahead.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'The new owner of the pier, Greyhound Records')).toBe(false);
  });

  test('"Her label, Dunmore Records, said …": a body\'s own head noun, then its name, speaks as the name', () => {
    const text = 'Her label, Dunmore Records, said the song was “entirely ours.”';
    expect(quote(text, 'entirely')).toMatchObject({
      type: 'partial', text: 'entirely ours.', speaker: 'Dunmore Records', speaker_mention: 'Dunmore Records',
      speaker_start: at(text, 'Dunmore'), speaker_kind: 'organization', cue: 'said',
    });
  });

  test('a name\'s possessive: "Vell’s studio, Marrow Pictures, said …"', () => {
    const text = 'Vell’s studio, Marrow Pictures, said in a statement that it had “complete records of the shoot.”';
    expect(quote(text, 'complete')).toMatchObject({ type: 'partial', speaker: 'Marrow Pictures', speaker_kind: 'organization', cue: 'said' });
  });

  test('negative: an apposition that is no bare name leaves the description speaking ("Vell’s label, the firm behind Dunmore Records, said")', () => {
    const text = 'Vell’s label, the firm behind Dunmore Records, said the song was hers.';
    expect(quote(text, 'the song')).toMatchObject({ speaker_mention: 'Vell’s label', speaker_start: 0, speaker_kind: 'organization' });
  });
});

describe('"DESCRIPTION, the NAME family, said in a letter read aloud by X that …"', () => {
  test('the body named in apposition speaks, not the statement nor the one reading it', () => {
    const text = 'The bakery\'s former owners, the Osei family, said in a letter read aloud by Kirt that they were "proud the ovens will stay lit."';
    expect(quote(text, 'proud')).toMatchObject({
      type: 'partial', text: 'proud the ovens will stay lit.', start: at(text, 'proud'), speaker: 'the Osei family', speaker_mention: 'the Osei family',
      speaker_start: at(text, 'the Osei'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"Its former owners, the Brandt family, said CLAUSE": the family reports the clause', () => {
    const text = 'Its former owners, the Brandt family, said the mill would stay local.';
    expect(quote(text, 'the mill')).toMatchObject({ type: 'indirect', text: 'the mill would stay local', speaker: 'the Brandt family', speaker_kind: 'organization', cue: 'said' });
  });

  test('a role in the plural before the family named in apposition: the family speaks, before or after the cue', () => {
    const text = 'The bakery’s founders, the Marrow family, said they would reopen in spring.';
    expect(quote(text, 'they would')).toMatchObject({
      type: 'indirect', text: 'they would reopen in spring', start: at(text, 'they would'), speaker: 'the Marrow family', speaker_start: at(text, 'the Marrow'), speaker_kind: 'organization', cue: 'said',
    });
    const deputies = 'The mill’s deputies, the Brandt family, said they would reopen in spring.';
    expect(quote(deputies, 'they would')).toMatchObject({ speaker: 'the Brandt family', speaker_start: at(deputies, 'the Brandt'), speaker_kind: 'organization', cue: 'said' });
    const after = '“We will bake again,” said the firm’s owners, the Okonjo family, in a statement.';
    expect(quote(after, 'We will')).toMatchObject({
      type: 'direct', text: 'We will bake again,', start: 1, speaker: 'the Okonjo family', speaker_start: at(after, 'the Okonjo'), speaker_kind: 'organization', cue: 'said',
    });
  });

  test('negative: no people before the family, or no body after the comma, and the description stays the mention', () => {
    expect(quotesOf('“We will bake again,” said the bakery’s ovens, the Marrow family.').map((q) => q.speaker)).toEqual([null]);
    const alone = 'The bakery’s founders said they would reopen in spring.';
    expect(quote(alone, 'they would')).toMatchObject({ speaker: null, speaker_mention: 'The bakery’s founders', cue: 'said' });
  });

  test('negative: a statement that is read with a colon still carries its words ("The statement read: “…”")', () => {
    const text = 'The statement read: "We are glad the mill will stay local."';
    expect(quote(text, 'We are')).toMatchObject({ type: 'direct', speaker_mention: 'The statement', cue: 'read' });
  });
});

describe('a relative clause after a preposition inside an apposition describes the head', () => {
  test('"The grievance, the text of which was seen by OUTLET, accuses …": the document speaks, the outlet only saw it', () => {
    const text = 'The grievance, the text of which was seen by the Guardian, accuses the ferry board of "routinely ignoring" its own timetable.';
    expect(quote(text, 'routinely')).toMatchObject({
      type: 'partial', text: 'routinely ignoring', start: at(text, 'routinely'), speaker: null, speaker_mention: 'The grievance', speaker_start: 0,
      speaker_kind: 'anonymous', cue: 'accuses', outlet: 'Guardian',
    });
  });

  test('"The aid workers, two of whom spoke to OUTLET, said …": the group speaks', () => {
    const text = 'The aid workers, two of whom spoke to the Ledger, said the mountain roads were closed.';
    expect(quote(text, 'the mountain')).toMatchObject({
      type: 'indirect', text: 'the mountain roads were closed', speaker: null, speaker_mention: 'The aid workers', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('negative: an apposition naming a person with no relative clause still gives the name ("The union\'s lawyer, Ines Duarte, said …")', () => {
    const text = "The union's lawyer, Ines Duarte, said the complaint had been filed on time.";
    expect(quote(text, 'the complaint')).toMatchObject({
      type: 'indirect', speaker: 'Ines Duarte', speaker_mention: 'Ines Duarte', speaker_start: at(text, 'Ines'), speaker_kind: 'person', cue: 'said',
    });
  });
});

describe('a description in apposition that identifies an indefinite speaker', () => {
  test('"A second source, a relative of the captain, told reporters that …": the apposition is the mention', () => {
    const text = 'A second source, a relative of the captain, told reporters that the boat had "tipped in seconds."';
    expect(quote(text, 'tipped')).toMatchObject({
      type: 'partial', text: 'tipped in seconds.', start: at(text, 'tipped'), speaker: null, speaker_mention: 'a relative of the captain',
      speaker_start: at(text, 'a relative'), speaker_kind: 'anonymous', cue: 'told', outlet: null,
    });
  });

  test('"One of them, a former engineer, said …": one picked out of a group, then identified', () => {
    const text = 'Two crew members spoke to the Ledger. One of them, a former engineer, said the pumps had failed twice before.';
    expect(quote(text, 'the pumps')).toMatchObject({
      type: 'indirect', text: 'the pumps had failed twice before', speaker: null, speaker_mention: 'a former engineer', speaker_start: at(text, 'a former'), cue: 'said',
    });
  });

  test('negative: a definite head keeps the mention ("The witness, a retired teacher, said …")', () => {
    const text = 'The witness, a retired teacher, said the car had run the light.';
    expect(quote(text, 'the car')).toMatchObject({ type: 'indirect', speaker_mention: 'The witness', speaker_start: 0, cue: 'said' });
  });
});
