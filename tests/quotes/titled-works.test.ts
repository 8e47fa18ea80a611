import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { looksLikeTitle } from '../../src/quotes/titled-works.js';

const row = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.start]);

describe('titles of works named by what was done with them', () => {
  test('a title in another language keeps its small words in lower case', () => {
    expect(looksLikeTitle(['Noche', 'de', 'Luz'])).toBe(true);
    expect(looksLikeTitle(['Rua', 'da', 'Ponte.'])).toBe(true);
    expect(looksLikeTitle(['Out', 'of', 'money', 'again'])).toBe(false);
    expect(looksLikeTitle(['Tigers!'])).toBe(false);
  });

  test('a record won a prize for is its title, not the winner’s words', () => {
    const text = 'Singer Mara Lind won album of the year on Sunday for “Lluvia en el Puerto,” a record she cut in her garage in Lisbon.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a prize won at a ceremony on a night, then for the record: the gap may hold places and times', () => {
    const text = 'TORONTO — Chilean pianist Irene Vidal won album of the year at the Polaris Gala in Montreal on Friday evening for “Mar de Fondo,” capping a run of wins.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('the kind of work in apposition right after a quotation makes it a title', () => {
    const text = 'Fans packed the hall to hear Irene Vidal, who spoke of “Mar de Fondo,” a record of tangos she made in Rosario.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a report holding a foreign title after its work noun is still reported', () => {
    const text = 'Variety reported that the album “Mar de Fondo” had stayed 12 weeks at No. 1 on its jazz chart.';
    expect(row(text)).toEqual([['indirect', 'the album “Mar de Fondo” had stayed 12 weeks at No. 1 on its jazz chart', 'Variety', 'reported', at(text, 'the album')]]);
  });

  test('a title after two prizes, the winner’s words after it kept', () => {
    const text = 'The rapper Teo Vance, 23, won best new artist and best rap album for “Rua da Ponte.” “I used to sweep floors here,” Vance said.';
    expect(row(text)).toEqual([['direct', 'I used to sweep floors here,', 'Teo Vance', 'said', at(text, 'I used')]]);
    const q = quote(text, 'I used');
    expect(text.slice(q.cue_start!, q.cue_end!)).toBe('said');
  });

  test('the same title sung later in the article is still a title; the shout after it is speech', () => {
    const text = 'Singer Mara Lind won album of the year for “Lluvia en el Puerto,” a record she cut at home.\n\nAt the end of the night, Lind asked the other winners onto the stage to sing “Lluvia en el Puerto” together. “This one is for my mother!” she shouted.';
    expect(row(text)).toEqual([['direct', 'This one is for my mother!', 'Mara Lind', 'shouted', at(text, 'This one')]]);
  });

  test('songs performed and hits listed are titles', () => {
    const text = 'At the encore the band covered “Paper Lanterns” for the first time, Ana Ruiz said.';
    expect(row(text)).toEqual([['indirect', 'At the encore the band covered “Paper Lanterns” for the first time', 'Ana Ruiz', 'said', 0]]);
    expect(quotesOf('She is best known for hits such as “Noche de Luz” and “Mar y Sol,” both recorded in Seville.')).toEqual([]);
  });

  test('an inverted cue after the kind of work keeps the words', () => {
    const text = 'Of the album, “Sheer Delight,” gushed one critic.';
    expect(quotesOf(text).map((q) => q.text)).toContain('Sheer Delight,');
  });
});

describe('labels', () => {
  test('a name a thing goes by inside a group is a label', () => {
    const text = 'The spending rules Okafor pushed through in his first year, known inside the council as the “fair share,” ask every ward to publish its budget.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a chant a group speaks is kept, and a song first named while sung is the singer’s', () => {
    const chant = 'Marchers crossing the bridge chanted “Where is the money?” and kept walking.';
    expect(quotesOf(chant).map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([['Where is the money?', 'Marchers', 'chanted']]);
    const sung = 'At the picnic, the mayor called his aides to the stage, singing “Our Day Has Come.” The crowd joined in.';
    expect(quotesOf(sung).map((q) => q.text)).toEqual(['Our Day Has Come.']);
  });
});

describe('a title the article gave earlier, quoted again', () => {
  test('a title the article gave earlier is speech when a speaker’s cue follows it, as a split quote’s first part too', () => {
    const text = 'The memoir “Open Water” came out in May. “Open Water,” Coach Rosa Vey said after the race, “is all I ever wanted.”';
    expect(row(text)).toEqual([
      ['direct', 'Open Water,', 'Rosa Vey', 'said', at(text, 'Open Water,')],
      ['direct', 'is all I ever wanted.', 'Rosa Vey', 'said', at(text, 'is all')],
    ]);
    const q = quote(text, 'Open Water,');
    expect(text.slice(q.cue_start!, q.cue_end!)).toBe('said');
    const pronoun = 'Her debut film, “Blue Harbor,” opened in June. “Blue Harbor,” she said, “is for my father.”';
    expect(quotesOf(pronoun).map((q) => [q.type, q.text, q.speaker_mention, q.cue])).toEqual([
      ['direct', 'Blue Harbor,', 'she', 'said'],
      ['direct', 'is for my father.', 'she', 'said'],
    ]);
  });

  test('a title the article gave earlier is speech when a speaker’s colon introduction frames it', () => {
    const text = 'The trio won song of the year for “Hold Fast” last spring. Asked about the strike, Senator Dana Cole said her advice was plain: “Hold Fast.”';
    const q = quote(text, 'Hold Fast.');
    expect([q.type, q.text, q.speaker, q.cue, q.start]).toEqual(['direct', 'Hold Fast.', 'Dana Cole', 'said', at(text, 'Hold Fast.')]);
  });

  test('a title the article gave earlier stays a title with no speaker framing it', () => {
    const text = 'The trio won song of the year for “Hold Fast” last spring. On Friday the crowd joined in on “Hold Fast” as rain fell.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('names of places and dishes in quotation marks', () => {
  const full = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.outlet ?? null, q.start, q.end]);

  test('a restaurant’s name after “opened” is a name; the report to an outlet stays', () => {
    const text = 'Marta Olsen, who opened “Brasa” in the 5th arrondissement in 2021, told The Times she had nearly sold the place.';
    const report = 'she had nearly sold the place';
    expect(full(text)).toEqual([['indirect', report, 'Marta Olsen', 'told', 'The Times', at(text, report), at(text, report) + report.length]]);
  });

  test('a shop taken over or run by someone is named, not quoted', () => {
    const text = 'Jon Ekberg, who took over “Gull Wing Books” last spring and runs “Tidal” next door, said trade was slow.';
    const report = 'trade was slow';
    expect(full(text)).toEqual([['indirect', report, 'Jon Ekberg', 'said', null, at(text, report), at(text, report) + report.length]]);
  });

  test('a dish in another language after “the famous” or before “at PLACE” is its name', () => {
    const text = 'The critic Ana Ruiz wrote that the meal was uneven. She added that the famous “canard au sang” at “Chez Lune” remained a great dish.';
    expect(full(text).filter((q) => q[0] === 'partial')).toEqual([]);
  });

  test('a lower-case foreign name after “its” in a sentence about food is a name, the cue notwithstanding', () => {
    const text = 'Its “pasta alla norma” was the dish with the longest queue, Lena Ortiz said.';
    expect(full(text).filter((q) => q[0] === 'partial')).toEqual([]);
  });

  test('a speaker’s own foreign words after a cue stay a quotation', () => {
    const text = 'Dion Park said “merci beaucoup” and left the stage.';
    expect(full(text)).toEqual([['partial', 'merci beaucoup', 'Dion Park', 'said', null, at(text, 'merci'), at(text, 'merci') + 'merci beaucoup'.length]]);
  });

  test('an English phrase after “its” is not read as a foreign name', () => {
    const text = 'The council defended its “plan of last resort” on Monday, Mayor Ana Ruiz said.';
    const words = 'plan of last resort';
    expect(full(text)).toEqual([['partial', words, 'Ana Ruiz', 'said', null, at(text, words), at(text, words) + words.length]]);
  });
});

describe('names after venue verbs and foreign phrases: only where the sentence names a place or a dish', () => {
  const full = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.outlet ?? null, q.start, q.end]);
  const partial = (text: string, words: string, speaker: string | null, cue: string) => ['partial', words, speaker, cue, null, at(text, words), at(text, words) + words.length];

  test('a phrase handed to a person’s cue after bought/ran/closed/launched stays that person’s words', () => {
    for (const [text, words, speaker] of [
      ['The firm bought “Time, Not Trust,” the regulator said.', 'Time, Not Trust,', 'the regulator'],
      ['He ran “The Cleanest Race In Years,” his campaign manager said.', 'The Cleanest Race In Years,', null],
      ['Officials closed “Every Loophole,” Senator Ana Vale said.', 'Every Loophole,', 'Ana Vale'],
      ['He launched “A Full Review,” the minister said.', 'A Full Review,', null],
      ['The board owns “Every Last Mistake,” chair Pia Lund said.', 'Every Last Mistake,', 'Pia Lund'],
    ] as const) expect(full(text)).toEqual([partial(text, words, speaker, 'said')]);
  });

  test('closed or bought with a venue noun near still names the place', () => {
    const text = 'Omar Vey, who bought the café “Nordlys” in May, said business was brisk.';
    const report = 'business was brisk';
    expect(full(text)).toEqual([['indirect', report, 'Omar Vey', 'said', null, at(text, report), at(text, report) + report.length]]);
  });

  test('a foreign idiom after its/their with no food in the sentence stays the speaker’s words', () => {
    const text = 'The players have found their “joie de vivre” again, coach Ugo Ferri said.';
    expect(full(text)).toEqual([partial(text, 'joie de vivre', 'Ugo Ferri', 'said')]);
    const club = 'The club needs its “esprit de corps” back, Ferri said.';
    expect(full(club)).toEqual([partial(club, 'esprit de corps', 'Ferri', 'said')]);
  });

  test('a foreign phrase before “at PLACE” alone is no dish: after “as a” or a cue it is spoken', () => {
    const text = 'Ferri described the defeat as a “coup de grâce” at Anfield.';
    expect(full(text)).toEqual([partial(text, 'coup de grâce', 'Ferri', 'described')]);
    const shrug = 'Ferri shrugged and said “c’est la vie” at Wembley.';
    expect(full(shrug)).toEqual([partial(shrug, 'c’est la vie', 'Ferri', 'said')]);
  });

  test('the famous dish before “at PLACE” is still a name', () => {
    const text = 'The chef said the famous “pato con arroz” at Casa Lenta was her grandmother’s recipe.';
    expect(full(text).filter((q) => q[0] === 'partial')).toEqual([]);
  });

  test('a comma inside the marks does not hide a dish’s name after “their” in a sentence about food', () => {
    const text = 'The kitchen now serves their “pollo al forno,” a roast for Sundays, to every table.';
    expect(full(text).filter((q) => q[0] === 'partial')).toEqual([]);
  });
});

describe('a title whose apposition names the work and its maker', () => {
  const detail = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.outlet, q.start, q.end]);

  test('one quoted word, then "the song NAME wrote": a song’s title, its writer no speaker', () => {
    expect(quotesOf('“Lanterns,” the song Mara Quinn wrote after the divorce, topped the chart.')).toEqual([]);
    expect(quotesOf('Few remember the tour but for “Dusk,” the album she reportedly recorded in a barn.')).toEqual([]);
    expect(quotesOf('He still loves “Harbor,” the film that Ana Ruiz directed in Lisbon.')).toEqual([]);
  });

  test('near miss: a person noun after the quotation is a frame, the words stay speech', () => {
    const text = '“We were done,” the singer Mara Quinn wrote in her memoir.';
    expect(detail(text)).toEqual([['direct', 'We were done,', 'Mara Quinn', 'wrote', null, at(text, 'We were'), at(text, 'We were') + 'We were done,'.length]]);
    const critic = '“Awful,” the film critic Ana Ruiz wrote.';
    expect(detail(critic)).toEqual([['direct', 'Awful,', 'Ana Ruiz', 'wrote', null, 1, 7]]);
  });
});
