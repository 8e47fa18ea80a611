import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a sentence that hands a person\'s words to an outlet without quoting them (data: venue_phrases)', () => {
  test('"broke her silence to OUTLET": her next quotes were given to it', () => {
    const text = 'Mira Holt broke her silence to People on Friday. “I am fine,” she said. “Really.”';
    expect(quote(text, 'I am fine')).toMatchObject({
      text: 'I am fine,', start: at(text, 'I am fine'), type: 'direct', speaker: 'Mira Holt', speaker_mention: 'she', cue: 'said', outlet: 'People',
    });
    expect(quote(text, 'Really')).toMatchObject({ speaker: 'Mira Holt', outlet: 'People' });
  });

  test('a name in apposition to the opening description: "Her father, NAME, gave an interview to OUTLET … he told the newspaper"', () => {
    const text = 'Her father, Tomas Vey, gave an interview to the Harbour Gazette. "He never liked losing," he told the newspaper.';
    expect(quote(text, 'He never')).toMatchObject({
      type: 'direct', text: 'He never liked losing,', start: at(text, 'He never'), end: at(text, 'He never') + 22,
      speaker: 'Tomas Vey', speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he told'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Harbour Gazette',
    });
  });

  test('near miss: a name set off inside a clause with its own verb is no subject of the venue', () => {
    const text = 'The club thanked her father, Tomas Vey, and gave an interview to the Harbour Gazette. "He never liked losing," Vey said.';
    expect(quote(text, 'He never')).toMatchObject({ type: 'direct', speaker: 'Tomas Vey', speaker_mention: 'Vey', cue: 'said', outlet: null });
  });

  test('an age between commas after the name: "Holt, 41, spoke … in an interview with OUTLET"', () => {
    const text = 'Lucía Pérez left the show on Monday. Pérez, 41, spoke the same evening in an interview with Telemundo. “I am not leaving anything behind,” she said. “Two years of long days.”';
    expect(quote(text, 'I am not leaving')).toMatchObject({
      text: 'I am not leaving anything behind,', start: at(text, 'I am not leaving'), type: 'direct', speaker: 'Lucía Pérez', speaker_mention: 'she', cue: 'said', outlet: 'Telemundo',
    });
    expect(quote(text, 'Two years')).toMatchObject({ speaker: 'Lucía Pérez', outlet: 'Telemundo' });
  });

  test('"opened up to OUTLET about …" and "gave his side of the story to OUTLET"', () => {
    const opened = 'Mira Holt opened up to Vanity Fair about the divorce. “It was a long year,” Holt said.';
    expect(quote(opened, 'It was a long')).toMatchObject({ type: 'direct', speaker: 'Mira Holt', speaker_mention: 'Holt', cue: 'said', outlet: 'Vanity Fair' });
    const side = 'Tobias Renn gave his side of the story to the Sun. “I never walked out,” he said.';
    expect(quote(side, 'I never walked')).toMatchObject({ type: 'direct', speaker: 'Tobias Renn', speaker_mention: 'he', cue: 'said', outlet: 'Sun' });
  });

  test('"In comments to OUTLET, …", "sat down with OUTLET", "went on PROGRAMME": the next quotes were given there', () => {
    const comments = 'In comments to Reuters on Monday, Mira Holt was blunt. “It is over,” she said.';
    expect(quote(comments, 'It is over')).toMatchObject({ type: 'direct', speaker: 'Mira Holt', speaker_mention: 'she', cue: 'said', outlet: 'Reuters' });
    const sat = 'Tom Reyes sat down with CNN on Friday. “It works,” he said.';
    expect(quote(sat, 'It works')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', cue: 'said', outlet: 'CNN' });
    const went = 'Tom Reyes went on the Late Show on Friday. “It works,” he said.';
    expect(quote(went, 'It works')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', cue: 'said', outlet: 'Late Show' });
  });

  test('"went on to win" names no outlet: no outlet', () => {
    const text = 'Tom Reyes went on to win the race. “It works,” he said.';
    expect(quote(text, 'It works')).toMatchObject({ type: 'direct', speaker: 'Tom Reyes', outlet: null });
  });

  test('a hyphenated surname standing alone is the person the sentence is about', () => {
    const text = 'The singer Dana Whitley-Moss, 52, laughed it off.\n\nWhitley-Moss gave her side of the story to the Sun. “I was there first,” she said.\n\n“Ask anyone.”';
    expect(quote(text, 'I was there')).toMatchObject({ type: 'direct', speaker: 'Dana Whitley-Moss', speaker_mention: 'she', cue: 'said', outlet: 'Sun' });
    expect(quote(text, 'Ask anyone')).toMatchObject({ type: 'direct', speaker: 'Dana Whitley-Moss', outlet: 'Sun' });
  });

  test('no outlet named after the phrase, or another person quoted: no outlet', () => {
    const bakery = 'Mira Holt opened up a bakery in Leeds last spring. “I am fine,” she said.';
    expect(quote(bakery, 'I am fine')).toMatchObject({ type: 'direct', speaker: 'Mira Holt', outlet: null });
    const silence = 'Senator Ruth Acre broke her silence on the vote on Monday. “It was wrong,” she said.';
    expect(quote(silence, 'It was wrong')).toMatchObject({ type: 'direct', speaker: 'Ruth Acre', outlet: null });
    const other = 'Mira Holt opened up to Vanity Fair about the divorce. “It was a shock to us all,” said her brother, Leon Holt.';
    expect(quote(other, 'It was a shock')).toMatchObject({ type: 'direct', speaker: 'Leon Holt', outlet: null });
  });
});

describe('the co-host of a host\'s own programme speaks on it too', () => {
  const opening = 'The singer Mara Okafor devoted this week\'s episode of her podcast, “Late Pass,” to the feud.\n\n';

  test('"Her co-host, the comedian Ben Szabo, said … “about forty times”": the podcast is the outlet', () => {
    const text = opening + 'Her co-host, the comedian Ben Szabo, said he had played the voice memo “about forty times” and could not hear a tune in it.';
    expect(quote(text, 'about forty')).toMatchObject({
      type: 'partial', text: 'about forty times', start: at(text, 'about forty'), speaker: 'Ben Szabo', speaker_mention: 'Ben Szabo',
      speaker_start: at(text, 'Ben Szabo'), speaker_kind: 'person', cue: 'said', outlet: 'Late Pass',
    });
  });

  test('someone else of hers ("Her sister, …") is no co-host, and a co-host with no own programme before gets no outlet', () => {
    const sister = opening + 'Her sister, the comedian Ben Szabo, said he had played the voice memo “about forty times” and heard nothing.';
    expect(quote(sister, 'about forty')).toMatchObject({ speaker: 'Ben Szabo', outlet: null });
    const none = 'Mara Okafor spent the week on tour.\n\nHer co-host, the comedian Ben Szabo, said he had played the voice memo “about forty times” and heard nothing.';
    expect(quote(none, 'about forty')).toMatchObject({ speaker: 'Ben Szabo', outlet: null });
  });
});

describe('a host who opened the show on a named programme', () => {
  test('"On “PROGRAMME,” host X, who …, opened the show by …. “…,” she told the audience.": the programme is the outlet', () => {
    const text = 'The wedding made daytime television too. On “The Kelly Clarkson Show,” host Ana Ruiz, who was standing in for the week, opened the show by toasting the pair. "Tomas, you owe me a dance and I intend to collect it," she told the audience. "Soon."';
    expect(quote(text, 'Tomas, you owe')).toMatchObject({ text: 'Tomas, you owe me a dance and I intend to collect it,', type: 'direct', start: at(text, 'Tomas, you owe'), speaker: 'Ana Ruiz', speaker_mention: 'she', cue: 'told', outlet: 'The Kelly Clarkson Show' });
    expect(quote(text, 'Soon.')).toMatchObject({ speaker: 'Ana Ruiz', outlet: 'The Kelly Clarkson Show' });
  });

  test('negative: a singer who opened the show at an arena names no outlet', () => {
    const text = 'At the arena, the singer Ana Ruiz, who was standing in for the headliner, opened the show with a ballad. "I was terrified and I loved every second of it," she told the crowd.';
    expect(quote(text, 'I was terrified')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'she', outlet: null });
  });
});


describe('a sentence placing a person on a programme named in quotation marks after "on the … program"', () => {
  test('"X, who plays …, Captain Y, defended the series on the morning program “TITLE” …": her next quotes were said there', () => {
    const text = 'The lead, Dana Whitfield, who plays the ship\'s doctor, Commander Rhea Solt, defended the series on the morning program "Sunrise with Ted Colby" on Monday. "I stand by every episode," she said. "The fans know."';
    expect(quote(text, 'I stand by')).toMatchObject({
      text: 'I stand by every episode,', start: at(text, 'I stand by'), type: 'direct', speaker: 'Dana Whitfield', speaker_mention: 'she', cue: 'said', outlet: 'Sunrise with Ted Colby',
    });
    expect(quote(text, 'The fans know')).toMatchObject({ type: 'direct', speaker: 'Dana Whitfield', cue: 'said', outlet: 'Sunrise with Ted Colby' });
  });

  test('"a contestant on the show “…”", or a programme named without quotation marks: no outlet', () => {
    const contestant = 'Dana Whitfield, a contestant on the reality show "Lagoon Nights" last year, was blunt. "I stand by every episode," she said.';
    expect(quote(contestant, 'I stand by')).toMatchObject({ type: 'direct', speaker: 'Dana Whitfield', cue: 'said', outlet: null });
    const unquoted = 'Dana Whitfield defended the series on the show on Monday. "I stand by every episode," she said.';
    expect(quote(unquoted, 'I stand by')).toMatchObject({ type: 'direct', speaker: 'Dana Whitfield', cue: 'said', outlet: null });
  });
});
