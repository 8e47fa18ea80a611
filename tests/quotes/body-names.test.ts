import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a public body\'s name joined by "and" after "of"/"for" is one speaker, not its last part', () => {
  test('before the cue: "the Department of Harbours and Ferries said"', () => {
    const text = 'Two piers were shut for repairs, the Department of Harbours and Ferries said on Friday.';
    expect(quote(text, 'Two piers')).toMatchObject({
      type: 'indirect', text: 'Two piers were shut for repairs', start: 0,
      speaker: 'Department of Harbours and Ferries', speaker_mention: 'the Department of Harbours and Ferries',
      speaker_start: at(text, 'the Department'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('after "according to", with a place before the head', () => {
    const text = 'The blaze had spread to 900 acres, according to the Marlow County Office of Parks and Open Spaces.';
    expect(quote(text, 'The blaze')).toMatchObject({
      type: 'indirect', text: 'The blaze had spread to 900 acres', start: 0,
      speaker: 'Marlow County Office of Parks and Open Spaces', speaker_mention: 'the Marlow County Office of Parks and Open Spaces',
      speaker_start: at(text, 'the Marlow'), speaker_kind: 'organization', cue: 'according to',
    });
  });

  test('"for" and a list joined by commas: the whole list is the name', () => {
    const text = 'Shipments of scrap were halted, the Bureau for Metals, Plastics, Glass and Paper said.';
    expect(quote(text, 'Shipments')).toMatchObject({
      type: 'indirect', text: 'Shipments of scrap were halted', start: 0,
      speaker: 'Bureau for Metals, Plastics, Glass and Paper', speaker_mention: 'the Bureau for Metals, Plastics, Glass and Paper',
      speaker_kind: 'organization', cue: 'said',
    });
  });

  test('after the cue: "said the Centre for Tides and Currents"', () => {
    const text = 'The water will rise by a metre, said the Centre for Tides and Currents.';
    expect(quote(text, 'The water')).toMatchObject({
      type: 'indirect', text: 'The water will rise by a metre', speaker: 'Centre for Tides and Currents',
      speaker_mention: 'the Centre for Tides and Currents', speaker_kind: 'organization', cue: 'said',
    });
  });

  test('a person "of" the body is still the speaker', () => {
    const text = 'The ferries will run late, Mara Okafor of the Department of Harbours and Ferries said.';
    expect(quote(text, 'The ferries')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_kind: 'person', cue: 'said' });
  });

  test('a given name after "and" is a second subject, not part of the body\'s name', () => {
    const text = 'The ferries will run late, the Department of Harbours and Mara Okafor said.';
    expect(quote(text, 'The ferries')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_kind: 'person', cue: 'said' });
  });

  test('a title after the body\'s name starts the person: "… and Ferries Director Mara Okafor said"', () => {
    const text = 'The ferries will run late, the Department of Harbours and Ferries Director Mara Okafor said.';
    expect(quote(text, 'The ferries')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_kind: 'person', cue: 'said' });
  });
});

describe('two bodies joined by "and" stay two', () => {
  test('a part with a head of its own after "and" is a second body: the last is the speaker, as before', () => {
    const text = 'The talks will resume in May, the University of Marlow and Harwell College said.';
    expect(quote(text, 'The talks')).toMatchObject({ type: 'indirect', speaker: 'Harwell College', speaker_mention: 'Harwell College', speaker_kind: 'organization', cue: 'said' });
  });
});

describe('a role\'s field after "of" is no part of the name after it', () => {
  test('"Professor of Marine Law Mara Okafor": the person starts at the given name', () => {
    const text = 'The rules are out of date, Professor of Marine Law Mara Okafor said.';
    expect(quote(text, 'The rules')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: at(text, 'Mara'), speaker_kind: 'person', cue: 'said' });
  });

  test('a field joined by "and" ("Professor of Law and Ethics Mara Okafor")', () => {
    const text = 'The rules are out of date, Professor of Law and Ethics Mara Okafor said.';
    expect(quote(text, 'The rules')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: at(text, 'Mara'), speaker_kind: 'person', cue: 'said' });
  });
});

describe('a second body after "and" or in a list is no part of the first one\'s name', () => {
  const subject = (text: string, speaker: string) => {
    const q = quote(text, text.slice(text.indexOf(' said ') + 6, text.indexOf(' said ') + 12));
    expect(q).toMatchObject({ type: 'indirect', speaker, speaker_mention: speaker, speaker_start: at(text, speaker), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said') });
  };

  test('a listed company: "the Department of Transportation and Boeing" (the last subject speaks, as for two bodies)', () => {
    subject('The Department of Transportation and Boeing said the jets were safe.', 'Boeing');
    subject('The Ministry of Health and Pfizer said the vaccine worked.', 'Pfizer');
  });

  test('an acronym: "the Department of Homeland Security and FEMA"', () => {
    subject('The Department of Homeland Security and FEMA said aid was on its way.', 'FEMA');
  });

  test('a news agency: "the Institute for Fiscal Studies and Reuters", its outlet kept', () => {
    const text = 'The Institute for Fiscal Studies and Reuters said growth was slowing.';
    expect(quote(text, 'growth')).toMatchObject({ type: 'indirect', text: 'growth was slowing', speaker: 'Reuters', speaker_kind: 'outlet', outlet: 'Reuters', cue: 'said' });
  });

  test('companies in a list: "the Department of Energy, Exxon and Chevron"', () => {
    subject('The Department of Energy, Exxon and Chevron said prices would rise.', 'Chevron');
  });

  test('after "according to": the first body, its name ending before "and"', () => {
    const text = '“The pipeline is safe,” according to the Department of Energy and Exxon.';
    expect(quote(text, 'The pipeline')).toMatchObject({
      type: 'direct', text: 'The pipeline is safe,', speaker: 'Department of Energy', speaker_mention: 'Department of Energy',
      speaker_start: at(text, 'Department'), speaker_kind: 'organization', cue: 'according to', outlet: null,
    });
  });

  test('near misses: field words that are also outlets\' names stay in the name ("Science", "Posts")', () => {
    const text = 'The Department of Education, Science and Technology said the exams would move.';
    expect(quote(text, 'the exams')).toMatchObject({ speaker: 'Department of Education, Science and Technology', speaker_kind: 'organization', outlet: null });
    const posts = 'The Ministry of Posts and Telegraphs said the stamps would change.';
    expect(quote(posts, 'the stamps')).toMatchObject({ speaker: 'Ministry of Posts and Telegraphs', speaker_kind: 'organization', outlet: null });
  });
});

describe('people described by a body\'s joined name', () => {
  test('"Officials from the Department of Health and Human Services": the body, as for "officials from the Department of Health"', () => {
    const text = 'Officials from the Department of Health and Human Services said the rule would be delayed.';
    expect(quote(text, 'the rule')).toMatchObject({
      type: 'indirect', text: 'the rule would be delayed', speaker: 'Department of Health and Human Services',
      speaker_mention: 'Department of Health and Human Services', speaker_start: at(text, 'Department'), speaker_kind: 'organization', cue: 'said',
    });
    const plain = 'Officials from the Department of Health said the rule would be delayed.';
    expect(quote(plain, 'the rule')).toMatchObject({ speaker: 'Department of Health', speaker_mention: 'Department of Health', speaker_kind: 'organization' });
  });

  test('a joined name with "for": "Officials from the Centers for Disease Control and Prevention"', () => {
    const text = 'Officials from the Centers for Disease Control and Prevention said the rule would be delayed.';
    expect(quote(text, 'the rule')).toMatchObject({ speaker: 'Centers for Disease Control and Prevention', speaker_kind: 'organization', cue: 'said' });
  });
});

describe('a role\'s field joined by "and", then a name we do not know', () => {
  test('"Professor of Law and Ethics Oyelaran Adebayo": the last two words are the person', () => {
    const text = 'Professor of Law and Ethics Oyelaran Adebayo said the ruling was sound.';
    expect(quote(text, 'the ruling')).toMatchObject({ type: 'indirect', speaker: 'Oyelaran Adebayo', speaker_mention: 'Oyelaran Adebayo', speaker_start: at(text, 'Oyelaran'), speaker_kind: 'person', cue: 'said' });
  });

  test('"Head of Research and Strategy Siobhan Kealy": "Head" before "of" and a field is a role', () => {
    const text = 'Head of Research and Strategy Siobhan Kealy said the fund would grow.';
    expect(quote(text, 'the fund')).toMatchObject({ type: 'indirect', speaker: 'Siobhan Kealy', speaker_mention: 'Siobhan Kealy', speaker_start: at(text, 'Siobhan'), speaker_kind: 'person', cue: 'said' });
    const longer = 'Head of Research and Investment Strategy Tadhg Nwosu said the fund would grow.';
    expect(quote(longer, 'the fund')).toMatchObject({ speaker: 'Tadhg Nwosu', speaker_start: at(longer, 'Tadhg'), speaker_kind: 'person' });
  });

  // (What such a role alone names is another matter: only the cut to two words is pinned here.)
  test('near miss: a field of three words and no name is not cut to its last two ("Global Development Strategy")', () => {
    const text = 'Vice President of Research and Global Development Strategy said the fund would grow.';
    expect(quote(text, 'the fund')?.speaker).not.toBe('Development Strategy');
  });

  test('a port "of" a place and an organisation\'s tail is one body ("the Port of Wexham Authority")', () => {
    const text = 'The Port of Wexham Authority said the ferry would resume on Monday.';
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', text: 'the ferry would resume on Monday', start: at(text, 'the ferry'),
      speaker: 'Port of Wexham Authority', speaker_mention: 'Port of Wexham Authority', speaker_start: at(text, 'Port'), speaker_kind: 'organization',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    const bank = 'The Bank of England said rates would rise.';
    expect(quote(bank, 'rates')).toMatchObject({ speaker: 'Bank of England', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a role before "of" keeps the office a description ("Director of Wexham Authority")', () => {
    const text = 'Director of Wexham Authority said the ferry would resume.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: null, speaker_mention: 'Director of Wexham Authority', cue: 'said' });
  });
});

describe('"the National Bus and Rail Union": a members\' body named with "and" before its head is one name', () => {
  test('the whole name speaks, before the cue and after it; its "The" stays in the mention only', () => {
    const text = 'The National Ferry and Dock Union said the strike would go ahead.';
    expect(quote(text, 'the strike')).toMatchObject({
      type: 'indirect', text: 'the strike would go ahead', start: at(text, 'the strike'),
      speaker: 'National Ferry and Dock Union', speaker_kind: 'organization', speaker_mention: 'The National Ferry and Dock Union', speaker_start: 0,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    const after = '“We will strike,” said the Coastal Ferry and Dock Workers Union.';
    expect(quote(after, 'We will')).toMatchObject({ type: 'direct', speaker: 'Coastal Ferry and Dock Workers Union', speaker_kind: 'organization', speaker_mention: 'the Coastal Ferry and Dock Workers Union' });
  });

  test('near miss: a person and a union with its own article are two subjects; a possessive union keeps its "The"', () => {
    expect(quote('Ruiz and the Dock Union said the strike would go ahead.', 'the strike')).toMatchObject({ speaker: 'the Dock Union', speaker_kind: 'organization' });
    expect(quote("The Pipers' Union said the fees were too low.", 'the fees')).toMatchObject({ speaker: "The Pipers' Union", speaker_kind: 'organization' });
  });
});
