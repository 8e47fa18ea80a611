import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a cueless partial quote given its sentence\'s subject takes the nearer "he"/"she" as its mention', () => {
  test('"NAME is …, and she has long used … “…”": the person is the subject, the mention the clause\'s pronoun', () => {
    const text = 'Ana Reyes is the only candidate to visit every ward, and she has long used that fact against rivals who skip “the ward walk.”';
    expect(quote(text, 'the ward walk')).toMatchObject({
      type: 'partial', text: 'the ward walk.', start: at(text, 'the ward walk'),
      speaker: 'Ana Reyes', speaker_mention: 'she', speaker_start: at(text, 'she has'), speaker_kind: 'person', cue: null,
    });
  });

  test('"…, offering little beyond a letter in which he backed “…”": the pronoun of the relative clause', () => {
    const text = 'Tom Brell has been vague about the levy, offering little beyond a letter in which he backed “a fair price.”';
    expect(quote(text, 'a fair price')).toMatchObject({ type: 'partial', speaker: 'Tom Brell', speaker_mention: 'he', speaker_start: at(text, 'he backed') });
  });

  test('not a pronoun of the other gender: it stands for someone else, the mention stays the name', () => {
    const text = 'Tom Brell met Ana Reyes in May, and she won “the ward walk.”';
    expect(quote(text, 'the ward walk')).toMatchObject({ type: 'partial', speaker_mention: 'Tom Brell', speaker_start: 0 });
  });

  test('not a pronoun right after a verb, the subject of reported content: "a letter that says he has “…”"', () => {
    const text = 'Tom Brell posted a note from his coach that says he is “fit to race” next month.';
    expect(quote(text, 'fit to race')).toMatchObject({ type: 'partial', speaker: 'Tom Brell', speaker_mention: 'Tom Brell', speaker_start: 0 });
  });
});

describe('a surname alone is an antecedent for "he"/"she" when nothing else fits', () => {
  test('"Surname, the goalkeeper, agreed.": a person by the apposition', () => {
    const text = '“We lost,” the manager said. Okonedo, the striker, agreed. “Next season,” he said.';
    expect(quote(text, 'Next season')).toMatchObject({ type: 'direct', text: 'Next season,', speaker: 'Okonedo', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said' });
  });

  test('"Surname met GIVEN SURNAME.": the one the pronoun\'s gender cannot be', () => {
    const text = 'Varnholt met Simon Ashe in 2015. “He is stubborn,” she said.';
    expect(quote(text, 'He is')).toMatchObject({ type: 'direct', text: 'He is stubborn,', speaker: 'Varnholt', speaker_mention: 'she', cue: 'said' });
    const other = 'Varnholt met Simon Ashe in 2015. “She is stubborn,” he said.';
    expect(quote(other, 'She is')).toMatchObject({ speaker: 'Simon Ashe', speaker_mention: 'he' });
  });

  test('not a company or a city meeting people', () => {
    expect(quote('Trelvane met analysts in May. “We are fine,” she said.', 'We are')).toMatchObject({ speaker: null, speaker_mention: 'she' });
    expect(quote('Lisbon met the news calmly. “It is over,” she said.', 'It is')).toMatchObject({ speaker: null, speaker_mention: 'she' });
  });

  test('not a plural common noun the tagger reads as a name: "Onlookers cheered."', () => {
    const text = 'Onlookers cheered outside the court after the ruling. “It is a fair result,” he told reporters.';
    expect(quote(text, 'It is')).toMatchObject({ type: 'direct', text: 'It is a fair result,', speaker: null, speaker_mention: 'he', speaker_start: at(text, 'he told'), cue: 'told' });
    expect(quote('Passengers waited calmly on the platform. “We were lucky,” she said later.', 'We were')).toMatchObject({ speaker: null, speaker_mention: 'she', cue: 'said' });
  });

  test('not a team or firm in a plural or body apposition: "Dunmore, the hosts, …"', () => {
    const text = 'Dunmore, the hosts, scored twice before half-time. “We were sharp,” he said.';
    expect(quote(text, 'We were')).toMatchObject({ type: 'direct', text: 'We were sharp,', speaker: null, speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said' });
    expect(quote('Dunmore, the visitors, nodded. “It was close,” she said.', 'It was')).toMatchObject({ speaker: null, speaker_mention: 'she' });
    expect(quote('Dunmore, the goalkeeper, nodded. “It was close,” she said.', 'It was')).toMatchObject({ speaker: 'Dunmore', speaker_mention: 'she' });
  });
});
