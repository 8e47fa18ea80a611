import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a place inside the description after a name is no speaker; the name heading the subject speaks', () => {
  test('"NAME, AGE, a baker in PLACE, told": the name, over the age', () => {
    const text = 'Marta Velez, 52, a baker in Fresno, told the Ledger that her ovens had failed twice.';
    expect(quote(text, 'her ovens')).toMatchObject({
      text: 'her ovens had failed twice', type: 'indirect', speaker: 'Marta Velez', speaker_mention: 'Marta Velez',
      speaker_start: 0, speaker_role: 'baker', cue: 'told', cue_start: at(text, 'told'), outlet: 'Ledger',
    });
  });

  test('"NAME, the bishop of TOWN, COUNTRY, who …, said": the country is no speaker', () => {
    const text = 'Bishop Tomas Arnau, the bishop of Girona, Spain, who spoke at the synod in Catalan, said the diocese could not “close another school.”';
    expect(quote(text, 'close another')).toMatchObject({
      text: 'close another school.', type: 'partial', speaker: 'Tomas Arnau', speaker_mention: 'Tomas Arnau',
      speaker_start: at(text, 'Tomas Arnau'), speaker_role: 'bishop', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"NAME, AGE, a nurse … who was waiting near PLACE, said"', () => {
    const text = 'Ken Sato, 29, a nurse at a clinic who was waiting near Ueno Park, said he would not vote.';
    expect(quote(text, 'he would')).toMatchObject({
      text: 'he would not vote', type: 'indirect', speaker: 'Ken Sato', speaker_mention: 'Ken Sato',
      speaker_start: 0, speaker_role: 'nurse', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"NAME, AGE, the mayor of TOWN, STATE, said"', () => {
    const text = 'Rosa Lind, 61, the mayor of Elton, Ohio, said the bridge would reopen.';
    expect(quote(text, 'the bridge')).toMatchObject({ speaker: 'Rosa Lind', speaker_mention: 'Rosa Lind', speaker_start: 0, cue: 'said' });
  });

  test('negative: an opening place phrase is no name ("At a fair in Harlow, the mayor of Elton, Ohio, said")', () => {
    const text = 'At a fair in Harlow, the mayor of Elton, Ohio, said the rides were safe.';
    expect(quote(text, 'the rides')).toMatchObject({
      speaker: null, speaker_mention: 'the mayor of Elton, Ohio', speaker_start: at(text, 'the mayor'), cue: 'said', cue_start: at(text, 'said'),
    });
  });
});

describe('a possessive description, then a name with a relative clause, then the verb: the name speaks', () => {
  test('"Its creator, NAME, who also plays …, raised the trophy and said:"', () => {
    const text = 'The series won again. Its creator, Dario Fuentes, who also plays the weary detective Sam Roca, raised the trophy and said: “We never expected this. Thank you all.”';
    expect(quote(text, 'We never')).toMatchObject({
      text: 'We never expected this. Thank you all.', type: 'direct', speaker: 'Dario Fuentes', speaker_mention: 'Dario Fuentes',
      speaker_start: at(text, 'Dario Fuentes'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"Their lawyer, NAME, who handled the sale, stood … and said:"', () => {
    const text = 'The label folded. Their lawyer, Nina Castell, who handled the sale, stood outside the court and said: “The buyers walked away.”';
    expect(quote(text, 'The buyers')).toMatchObject({ speaker: 'Nina Castell', speaker_start: at(text, 'Nina Castell'), cue: 'said', cue_start: at(text, 'said') });
  });
});

describe('a participle cue after a preposition\'s object takes the sentence\'s subject', () => {
  test('"NAME, a Republican …, wrote to the secretary on Monday urging him to “…”": the writer urges', () => {
    const text = 'Ana Pike said the rule was fair. Rep. Lena Ortiz, a Republican from Idaho who chairs the farm panel, wrote to the agriculture secretary on Monday urging him to “listen to the growers.”';
    expect(quote(text, 'listen to')).toMatchObject({
      text: 'listen to the growers.', type: 'partial', speaker: 'Lena Ortiz', speaker_mention: 'Lena Ortiz',
      speaker_start: at(text, 'Lena Ortiz'), cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    });
  });

  test('"sent a letter to the mayor urging …": the senders urge, not the mayor', () => {
    const text = 'Residents sent a letter to the mayor urging him to “fix the pier.”';
    expect(quote(text, 'fix the')).toMatchObject({
      text: 'fix the pier.', type: 'partial', speaker: null, speaker_mention: 'Residents', speaker_start: 0, cue: 'urging', cue_start: at(text, 'urging'), outlet: null,
    });
  });
});

describe('a state or country after the town a description sits in is no speaker; the name heading the subject speaks', () => {
  test('"NAME, AGE, a nurse from TOWN, STATE, said"', () => {
    const text = 'Luis Ortega, 44, a nurse from Wichita, Kansas, said the plant paid late.';
    expect(quote(text, 'the plant')).toMatchObject({
      text: 'the plant paid late', type: 'indirect', speaker: 'Luis Ortega', speaker_mention: 'Luis Ortega',
      speaker_start: 0, speaker_role: 'nurse', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"NAME, AGE, a nurse from TOWN, ABBREVIATED STATE, said"', () => {
    const text = 'Luis Ortega, 44, a nurse from Wichita, Kan., said the plant paid late.';
    expect(quote(text, 'the plant')).toMatchObject({
      text: 'the plant paid late', type: 'indirect', speaker: 'Luis Ortega', speaker_mention: 'Luis Ortega',
      speaker_start: 0, speaker_role: 'nurse', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"NAME, a teacher in TOWN, N.Y., told OUTLET"', () => {
    const text = 'Dana Whitt, a teacher in Ithaca, N.Y., told the Courier that the buses ran late.';
    expect(quote(text, 'the buses')).toMatchObject({
      text: 'the buses ran late', type: 'indirect', speaker: 'Dana Whitt', speaker_mention: 'Dana Whitt',
      speaker_start: 0, speaker_role: 'teacher', cue: 'told', cue_start: at(text, 'told'), outlet: 'Courier',
    });
  });

  test('"NAME, a farmer from TOWN, COUNTRY, said": a country of two words', () => {
    const text = 'Pita Rangi, a farmer from Gisborne, New Zealand, said the rain came too late.';
    expect(quote(text, 'the rain')).toMatchObject({
      text: 'the rain came too late', type: 'indirect', speaker: 'Pita Rangi', speaker_mention: 'Pita Rangi',
      speaker_start: 0, speaker_role: 'farmer', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
