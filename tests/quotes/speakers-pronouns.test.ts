import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('he/she that opens a sentence continues the previous sentence’s subject', () => {
  const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn, 52, has led the zoning board for a decade. He said the new rules would “kill the waterfront.”';

  test('the named subject of the sentence before wins over an earlier speaker', () => {
    expect(quote(text, 'kill the')).toMatchObject({
      text: 'kill the waterfront.', type: 'partial', speaker: 'Mark Dunn', speaker_mention: 'He', speaker_start: at(text, 'He said'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said the new'),
    });
  });

  test('an indirect report with the pronoun takes the same subject', () => {
    const t = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn, 52, has led the zoning board for a decade. He said the new rules would hurt the fishing fleet.';
    expect(quote(t, 'the new rules')).toMatchObject({ type: 'indirect', speaker: 'Mark Dunn', speaker_mention: 'He', cue: 'said' });
  });

  test('a subject of two people is no antecedent: the earlier speaker stays', () => {
    const t = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn and Paul Ortiz have led the zoning board for a decade. He said the new rules would “kill the waterfront.”';
    expect(quote(t, 'kill the')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', speaker_mention: 'He' });
  });

  test('a subject of the other gender is no antecedent', () => {
    const t = 'Harbour master Tom Reyes said the night ferry would run late all week. Anna Dunn, 52, has led the zoning board for a decade. He said the new rules would “kill the waterfront.”';
    expect(quote(t, 'kill the')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', speaker_mention: 'He' });
  });
});

describe('the person a cue addresses is not the pronoun’s antecedent', () => {
  test('“…,” he told Dunn: the speaker is the other man, not Dunn', () => {
    const text = 'Mark Dunn asked Tom Reyes about the ferry timetable on Monday. “It comes out on Friday,” he told Dunn.';
    expect(quote(text, 'It comes out')).toMatchObject({
      text: 'It comes out on Friday,', type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'he', speaker_start: at(text, 'he told'), cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('a cue addressed to no named person leaves the latest speaker', () => {
    const text = 'Mark Dunn asked Tom Reyes about the ferry timetable on Monday. “It comes out on Friday,” he told reporters.';
    expect(quote(text, 'It comes out')).toMatchObject({ type: 'direct', speaker: 'Mark Dunn', speaker_mention: 'he', cue: 'told' });
  });
});

describe('a country or state that spoke is no antecedent of he or she', () => {
  test('“…,” she said after "Norway said …" is the woman named before, not Norway', () => {
    const text = 'Maria Lund led the fisheries talks in Bergen on Monday. Norway said it would not accept the new quotas. “We have waited long enough,” she said.';
    expect(quote(text, 'We have waited')).toMatchObject({
      text: 'We have waited long enough,', type: 'direct', speaker: 'Maria Lund', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said',
    });
    expect(quote(text, 'it would not')).toMatchObject({ type: 'indirect', speaker: 'Norway', speaker_mention: 'Norway' });
  });

  test('a person whose given name is a place keeps her quotes', () => {
    const text = 'Georgia Lund said the quotas were unfair to small boats. “We have waited long enough,” she said.';
    expect(quote(text, 'We have waited')).toMatchObject({ type: 'direct', speaker: 'Georgia Lund', speaker_mention: 'she' });
  });
});

describe('“…,” he said after a quotation that opens its sentence continues the sentence before', () => {
  test('the named subject of the sentence before the quotation wins over an earlier speaker', () => {
    const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn, who has led the zoning board for a decade, toured the old pier on Monday. “It is falling apart,” he said.';
    expect(quote(text, 'It is falling')).toMatchObject({
      text: 'It is falling apart,', type: 'direct', speaker: 'Mark Dunn', speaker_mention: 'he', speaker_start: at(text, 'he said.'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('a subject of the other gender leaves the earlier speaker', () => {
    const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Anna Dunn, who has led the zoning board for a decade, toured the old pier on Monday. “It is falling apart,” he said.';
    expect(quote(text, 'It is falling')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'he' });
  });

  test('the person the cue addresses is skipped here too', () => {
    const text = 'Harbour master Tom Reyes spoke first. Mark Dunn asked Reyes about the old pier on Monday. “It is falling apart,” he told Dunn.';
    expect(quote(text, 'It is falling')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'he', cue: 'told' });
  });
});

describe('the same pronoun sentence after sentence leads back to the name', () => {
  test('two sentences opened by "He" lead back to the subject before them', () => {
    const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn, who has led the zoning board for a decade, grew up near the docks. He moved away in 2009. “It is falling apart,” he said of the old pier.';
    expect(quote(text, 'It is falling')).toMatchObject({
      text: 'It is falling apart,', type: 'direct', speaker: 'Mark Dunn', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said',
    });
  });

  test('a chain of the other pronoun is no chain', () => {
    const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn, who has led the zoning board for a decade, grew up near the docks. She moved away in 2009. “It is falling apart,” he said of the old pier.';
    expect(quote(text, 'It is falling')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'he' });
  });
});

describe('"pressed" and "assured" attribute the quotation in their clause', () => {
  test('“…?” Reyes pressed: the question is Reyes’s, not the earlier speaker’s', () => {
    const text = 'Tom Reyes met Anna Dunn at the pier on Monday. “The timetable is final,” she said. “Will the ferry run on Sundays?” Reyes pressed.';
    expect(quote(text, 'Will the ferry')).toMatchObject({
      text: 'Will the ferry run on Sundays?', type: 'direct', speaker: 'Tom Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes pressed'), cue: 'pressed', cue_start: at(text, 'pressed'),
    });
  });

  test('“…,” Dunn assured the board', () => {
    const text = 'Anna Dunn chairs the harbour board. “Your plan is a good one,” Dunn assured the board.';
    expect(quote(text, 'Your plan')).toMatchObject({ type: 'direct', speaker: 'Anna Dunn', speaker_mention: 'Dunn', cue: 'assured' });
  });

  test('"pressed ahead" outside the quotation’s clause attributes nothing', () => {
    const text = 'Officials pressed ahead with the vote. “It is over,” Anna Dunn said.';
    expect(quote(text, 'It is over')).toMatchObject({ type: 'direct', speaker: 'Anna Dunn', speaker_mention: 'Anna Dunn', cue: 'said' });
  });
});

describe('a pronoun subject after "But" or an opening phrase also continues the sentence before', () => {
  test('"But he said …" takes the subject of the sentence before', () => {
    const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn has led the zoning board for a decade. But he said the new rules would “kill the waterfront.”';
    expect(quote(text, 'kill the')).toMatchObject({
      text: 'kill the waterfront.', type: 'partial', speaker: 'Mark Dunn', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said',
    });
  });

  test('"In 2019, he said …" takes the subject of the sentence before', () => {
    const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Mark Dunn has led the zoning board for a decade. In 2019, he said the new rules would “kill the waterfront.”';
    expect(quote(text, 'kill the')).toMatchObject({ type: 'partial', speaker: 'Mark Dunn', speaker_mention: 'he', cue: 'said' });
  });

  test('a subject of the other gender leaves the earlier speaker', () => {
    const text = 'Harbour master Tom Reyes said the night ferry would run late all week. Anna Dunn has led the zoning board for a decade. But he said the new rules would “kill the waterfront.”';
    expect(quote(text, 'kill the')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', speaker_mention: 'he' });
  });
});

describe('"it" and "they" that open a sentence continue an organisation or a group', () => {
  test('"They said …" after a sentence about the ferry unions is the unions', () => {
    const text = 'The ferry unions met the mayor on Monday. They said the fares would rise in May.';
    expect(quote(text, 'the fares')).toMatchObject({
      text: 'the fares would rise in May', type: 'indirect', speaker: 'The ferry unions', speaker_mention: 'They', speaker_start: at(text, 'They'), speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('"It said …" after a sentence about a company is the company', () => {
    const text = 'The Harbour Ferry Company cut its night service last year. It said the fares would rise in May.';
    expect(quote(text, 'the fares')).toMatchObject({ type: 'indirect', speaker: 'Harbour Ferry Company', speaker_mention: 'It', speaker_kind: 'organization', cue: 'said' });
  });

  test('"It shows …" is the thing just named, not the company', () => {
    const text = 'The Harbour Ferry Company published a video of the crossing on Monday. It shows the pier collapsing into the harbour.';
    expect(quote(text, 'the pier')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'It', cue: 'shows' });
  });
});

describe('a place before "he said" in its own sentence is no antecedent', () => {
  test('"Saudi Arabia, he said, was …" is the man named before', () => {
    const text = 'Tom Reyes spoke to the council on Monday. Saudi Arabia, he said, was “the model for the new ferry.”';
    expect(quote(text, 'the model')).toMatchObject({
      text: 'the model for the new ferry.', type: 'partial', speaker: 'Tom Reyes', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said',
    });
  });

  test('nor is a person in the same place: "Mark Dunn, he said, was …" is about Dunn', () => {
    const text = 'Tom Reyes spoke to the council on Monday. Mark Dunn, he said, was “the model for the new ferry.”';
    expect(quote(text, 'the model')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', speaker_mention: 'he' });
  });

  test('a subject with the pronoun after its verb still is: "Nell Okafor says she …"', () => {
    const text = 'The board met on Monday. Tom Reyes chaired it. Nell Okafor says she thanked the crews for what she calls “a winter of grit.”';
    expect(quote(text, 'a winter')).toMatchObject({ type: 'partial', speaker: 'Nell Okafor', speaker_mention: 'she' });
  });
});

describe('an opening phrase of adverbs before the subject ("Right afterward, X …")', () => {
  test('"his" after "Right afterward, Tomas Brevik" is Brevik, not the man who spoke before', () => {
    const text = 'Governor Paul Marsh spoke on Monday. “Voters will welcome a toll of this kind,” he added.\nRight afterward, Tomas Brevik laid out his plans to close the pier.';
    expect(quote(text, 'Voters will')).toMatchObject({ speaker: 'Paul Marsh', speaker_mention: 'he' });
    expect(quote(text, 'to close the pier')).toMatchObject({
      text: 'to close the pier', type: 'indirect', speaker: 'Tomas Brevik', speaker_mention: 'his', speaker_start: at(text, 'his plans'), cue: 'plans', cue_start: at(text, 'plans to'),
    });
  });

  test('the subject after the adverbs must fit the pronoun: "Right afterward, Mara Okafor praised his plans" is not hers', () => {
    const text = 'Governor Paul Marsh spoke on Monday. “Voters will welcome a toll of this kind,” he added.\nRight afterward, Mara Okafor praised his plans to close the pier.';
    expect(quote(text, 'his plans')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', cue: 'praised' });
    // (A plan praised by someone else is no report of its owner's: the gold sets never annotate one.)
    expect(quotesOf(text).some((q) => q.text.startsWith('to close the pier'))).toBe(false);
  });
});

describe('a pronoun’s gender learned, and a speaker of the right gender before one of unknown gender', () => {
  const text = 'Lena Marsh orders coffee, then tea. “I am like this with everything,” she says.\n\n'
    + 'Anouk Vrijman, speaking from Ghent, says she cast Marsh after one meeting.\n\n'
    + '“She told me my ending was weak. She was right,” Vrijman says.\n\n'
    + 'Oren Talbot, who produced her first film, says she was the steadiest presence on set.\n\n'
    + '“She was the one holding everyone together,” he says.\n\n'
    + 'She grew up in York, the daughter of two teachers, and speaks Dutch “badly, but often.” She says her mother has seen the film twice.';

  test('one a "he" stood for is no antecedent of a later "she", nor is a nearer speaker of unknown gender', () => {
    expect(quote(text, 'She was the one')).toMatchObject({ speaker: 'Oren Talbot', speaker_mention: 'he' });
    expect(quote(text, 'badly, but')).toMatchObject({ type: 'partial', speaker: 'Lena Marsh', speaker_mention: 'She', speaker_start: at(text, 'She grew') });
    expect(quote(text, 'her mother has')).toMatchObject({ type: 'indirect', speaker: 'Lena Marsh', speaker_mention: 'She', cue: 'says' });
  });

  test('the latest speaker of unknown gender is still the antecedent when no one stands between', () => {
    const last = 'Lena Marsh said the budget was fine. Quinn Adler, the treasurer, said the fund was empty.\n\n“We are out of money,” she said.';
    expect(quote(last, 'We are out')).toMatchObject({ speaker: 'Quinn Adler', speaker_mention: 'she' });
  });
});

describe('a cue after "further" takes the pronoun before it', () => {
  test('"“…,” he further explained": his words, cue "explained"', () => {
    const text = 'Mark Okafor spoke in 1990. “We built a fortune,” he said. “But our luck has changed,” he further explained.';
    expect(quote(text, 'But our luck')).toMatchObject({ type: 'direct', speaker: 'Mark Okafor', speaker_mention: 'he', speaker_start: at(text, 'he further'), cue: 'explained' });
  });
});

describe('a pronoun after fronted reported words', () => {
  test('"CONTENT, he told OUTLET." continues the previous sentence\'s named subject, not the last speaker', () => {
    const text = 'Tom Wren said the result was strong.\n\nJoe Okafor, an astronomer, was more sceptical. Dust storms can mimic the signal, he told New Scientist. “I have seen many of these,” Okafor said.';
    expect(quote(text, 'Dust storms')).toMatchObject({ type: 'indirect', text: 'Dust storms can mimic the signal', start: at(text, 'Dust storms'), speaker: 'Joe Okafor', speaker_mention: 'he', cue: 'told', outlet: 'New Scientist' });
    expect(quote(text, 'I have seen')).toMatchObject({ speaker: 'Joe Okafor', outlet: 'New Scientist' });
  });
});

describe('"It urged …" after a body\'s sentence is the body, as "It said" is', () => {
  test('"The water board said …. It urged residents to boil water": the board', () => {
    const text = 'The water board said no cases had been found. It urged residents to boil their water.';
    expect(quote(text, 'residents')).toMatchObject({
      type: 'indirect', text: 'residents to boil their water', start: at(text, 'residents'), speaker: 'The water board', speaker_kind: 'organization',
      speaker_mention: 'It', speaker_start: at(text, 'It urged'), cue: 'urged',
    });
  });

  test('near miss: "It urged" after a sentence whose subject is no body stays unresolved', () => {
    const text = 'The storm reached the coast on Monday. It urged residents to boil their water.';
    expect(quote(text, 'residents')).toMatchObject({ speaker: null, speaker_mention: 'It' });
  });
});

describe('"the tour said": a circuit\'s governing body, and "It added" after it', () => {
  test('the description is an organisation and the "it" after it is too', () => {
    const text = 'In a statement, the tour said the player had broken its rules. It added that it would not appeal.';
    expect(quote(text, 'the player')).toMatchObject({ type: 'indirect', text: 'the player had broken its rules', speaker: 'the tour', speaker_kind: 'organization', speaker_mention: 'the tour', speaker_start: at(text, 'the tour'), cue: 'said' });
    expect(quote(text, 'it would not')).toMatchObject({ type: 'indirect', text: 'it would not appeal', speaker: 'the tour', speaker_kind: 'organization', speaker_mention: 'It', speaker_start: at(text, 'It added'), cue: 'added' });
  });
});
