import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('words quoted at the end of a reported sentence', () => {
  test('take the cue of their own sentence, not a bare cue in the next sentence', () => {
    const text = 'Harbour master Ilsa Varga called the timetable careless and said its planners had “never waited for a ferry in the rain.” The Harbour Board declined to comment.';
    expect(quote(text, 'never waited')).toMatchObject({
      text: 'never waited for a ferry in the rain.', type: 'partial', speaker: 'Ilsa Varga', speaker_mention: 'Ilsa Varga', speaker_start: at(text, 'Ilsa Varga'), cue: 'said', cue_start: at(text, 'said its'),
    });
  });

  test('a quotation that opens its own sentence still takes the cue after it', () => {
    const text = 'The pier closed at noon. “Nobody will sail today.” Ilsa Varga said it twice to the crowd.';
    expect(quote(text, 'Nobody will sail')).toMatchObject({ type: 'direct', speaker: 'Ilsa Varga', cue: 'said' });
  });
});

describe('a work named between the cue and the quotation', () => {
  test('does not stand between a quotation after a dash and the cue of its sentence', () => {
    const text = 'Mara Okafor said she still sings “Harbour Lights” at every concert, though only as the encore — “so the bar stays open.”';
    expect(quote(text, 'so the bar')).toMatchObject({ text: 'so the bar stays open.', speaker: 'Mara Okafor' });
  });

  test('a quotation in the next sentence after the name is not reached back to', () => {
    const text = 'Mara Okafor said she still sings “Harbour Lights” at every concert. Later the crowd sang along — “we sail at dawn, we sail for home.”';
    expect(quote(text, 'we sail at dawn').speaker).not.toBe('Mara Okafor');
  });
});

describe('an outlet written with "!" after the quotation', () => {
  test('"E! News" is the outlet, its "!" ends no sentence', () => {
    const text = 'Mara Okafor smiled. “I loved every night of it,” she told E! News.';
    expect(quote(text, 'I loved')).toMatchObject({
      type: 'direct', text: 'I loved every night of it,', start: at(text, 'I loved'), speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(text, 'she told'), cue: 'told', cue_start: at(text, 'told E!'), outlet: 'E! News',
    });
  });

  test('an ordinary "!" after the cue still ends the sentence', () => {
    const text = 'Mara Okafor smiled. “I loved every night of it,” she told me! Yahoo News ran the story later.';
    expect(quote(text, 'I loved')).toMatchObject({ speaker: 'Mara Okafor', cue: 'told', outlet: null });
  });
});

describe('a quotation that opens its sentence keeps its own cue after it', () => {
  test('"… urging it to reconsider. “…,” the letter reads.": the letter, not the group urging', () => {
    const text = 'Parents Push Back\n\nIn May, a group of parents sent a letter to the board urging it to reconsider.\n“We want better schools for every child,” the letter reads. “Our children deserve it.”';
    expect(quote(text, 'We want better')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'the letter', speaker_start: at(text, 'the letter'), cue: 'reads' });
  });

  test('words quoted inside a sentence with a person\'s cue before them stay that person\'s: "Lind said the pier was “…,” the report notes."', () => {
    const text = 'Mara Lind said the pier was “unsafe for anyone,” the report notes.';
    expect(quote(text, 'unsafe')).toMatchObject({ type: 'partial', speaker: 'Mara Lind', cue: 'said' });
  });
});

describe('a quotation opening its sentence, after a cue that ended the sentence before, keeps a cue further on in its own sentence', () => {
  test('"“A,” Kell said. “B” to lift the share price, she said.": B is attributed by its own "she said"', () => {
    const text = 'Ana Kell questioned the chief. “This just is not right,” Kell said. “You pushed your staff to the limit” to lift the share price and your pay, she said, pointing to the sales drive.';
    expect(quote(text, 'You pushed')).toMatchObject({
      type: 'direct', text: 'You pushed your staff to the limit', start: at(text, 'You pushed'),
      speaker: 'Ana Kell', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', cue_start: at(text, 'said, pointing'),
    });
  });

  test('a quotation that ends its sentence is no such case: the next sentence\'s cue is not its own', () => {
    const text = '“This just is not right,” Ana Kell said. “You pushed your staff to the limit.” The chief, visibly tired, said he would answer in writing.';
    expect(quote(text, 'You pushed')).toMatchObject({ speaker: 'Ana Kell', speaker_mention: 'Ana Kell', speaker_start: at(text, 'Ana Kell') });
  });
});

describe('", adding, “…”" after words quoted mid-sentence introduces the next quotation', () => {
  test('"X told OUTLET that A was “…,” adding, “…”": the partial is the told report\'s, the direct the participle\'s, both with the outlet', () => {
    const text = 'Museum news\n\nThe trustees met on Monday. Hana Ito, who ran the restoration, told Vogue that the ceiling had been "far sturdier than the drawings suggested," adding, "We found Victorian nails holding up medieval beams."';
    expect(quote(text, 'far sturdier')).toMatchObject({ text: 'far sturdier than the drawings suggested,', type: 'partial', start: at(text, 'far sturdier'), speaker: 'Hana Ito', cue: 'told', cue_start: at(text, 'told'), outlet: 'Vogue' });
    expect(quote(text, 'We found')).toMatchObject({ text: 'We found Victorian nails holding up medieval beams.', type: 'direct', speaker: 'Hana Ito', cue: 'adding', outlet: 'Vogue' });
  });

  test('after a whole quoted sentence the participle still follows its own cue (negative case)', () => {
    const text = 'Museum news\n\n"The ceiling was far sturdier than we feared," Hana Ito said, adding, "We found Victorian nails holding up medieval beams."';
    expect(quote(text, 'The ceiling was')).toMatchObject({ type: 'direct', speaker: 'Hana Ito', cue: 'said', cue_start: at(text, 'said') });
  });
});

describe('words quoted at the end of an opening subordinate clause', () => {
  test('"Although X admitted that … “…,” Y insisted …": the clause\'s own cue and speaker, not the main clause\'s', () => {
    const text = 'Although Kessler admitted that the bridge was “a disaster,” the city engineer insisted the work was on schedule.';
    expect(quote(text, 'a disaster')).toMatchObject({
      type: 'partial', text: 'a disaster,', speaker: 'Kessler', speaker_mention: 'Kessler', speaker_start: at(text, 'Kessler'), cue: 'admitted', cue_start: at(text, 'admitted'),
    });
  });

  test('"While" and "Even though" open such a clause too, the comma inside or outside the marks', () => {
    const text = 'While Dunmore claimed that “nothing was missing,” the auditor said the books were wrong.';
    expect(quote(text, 'nothing was')).toMatchObject({ type: 'partial', speaker: 'Dunmore', cue: 'claimed' });
    const outside = 'Even though Dunmore called the audit “a witch hunt”, the auditor said the books were wrong.';
    expect(quote(outside, 'a witch hunt')).toMatchObject({ type: 'partial', text: 'a witch hunt', speaker: 'Dunmore', cue: 'called' });
  });

  test('not when a comma closes the opening clause before the quotation: the cue after it attributes the words', () => {
    const text = 'Although it rained all week, the bridge was “a disaster,” the engineer insisted.';
    expect(quote(text, 'a disaster')).toMatchObject({ speaker_mention: 'the engineer', cue: 'insisted' });
  });
});

describe('"in the words of X, “…”" with a relaying cue after the quotation', () => {
  test('the source phrase touching the opening mark names the speaker, not the relay', () => {
    const text = 'In the words of one deputy, “The mayor has stopped listening,” three council staff said.';
    expect(quote(text, 'The mayor')).toMatchObject({
      type: 'direct', text: 'The mayor has stopped listening,', start: at(text, 'The mayor'), end: at(text, '” three'), speaker: null,
      speaker_mention: 'one deputy', speaker_start: at(text, 'one deputy'), cue: 'In the words of', cue_start: 0, outlet: null,
    });
  });

  test('negative: after the quotation the phrase credits nothing, and the cue after it speaks', () => {
    const text = '“The mayor has stopped listening,” in the words of one deputy, the magazine reported.';
    expect(quote(text, 'The mayor')).toMatchObject({ speaker_mention: 'the magazine', cue: 'reported' });
  });

  test('negative: a named or titled speaker after the quotation quotes the words himself', () => {
    const titled = 'In the words of the old harbourmaster, “a tide waits for no one,” Governor Ines Marr said at the launch.';
    expect(quote(titled, 'a tide')).toMatchObject({
      type: 'partial', text: 'a tide waits for no one,', start: at(titled, 'a tide'), end: at(titled, '” Governor'),
      speaker: 'Ines Marr', speaker_mention: 'Ines Marr', cue: 'said', cue_start: at(titled, 'said'), outlet: null,
    });
    const named = 'In the words of his first coach, “never stop running,” Piet Adler said on Sunday.';
    expect(quote(named, 'never stop')).toMatchObject({ type: 'partial', text: 'never stop running,', speaker: 'Piet Adler', cue: 'said', cue_start: at(named, 'said') });
  });
});

describe('words quoted mid-clause take no cue from a later clause after ";" or ", but"', () => {
  test('a semicolon ends their clause: the cue before them stays theirs', () => {
    const text = 'Economists said what they term “the slow road” was simply more spending; Jones himself said his plan worked.';
    expect(quote(text, 'the slow road')).toMatchObject({
      text: 'the slow road', type: 'partial', speaker: 'Economists', speaker_mention: 'they', speaker_start: at(text, 'they term'), cue: 'term', cue_start: at(text, 'term'),
    });
  });

  test('so does ", but"', () => {
    const text = 'Ana Ruiz called the levy “a quiet theft” at the hearing, but Tom Lee said it would pass.';
    expect(quote(text, 'a quiet theft')).toMatchObject({
      text: 'a quiet theft', type: 'partial', speaker: 'Ana Ruiz', speaker_start: at(text, 'Ana Ruiz'), cue: 'called', cue_start: at(text, 'called'),
    });
  });
});
