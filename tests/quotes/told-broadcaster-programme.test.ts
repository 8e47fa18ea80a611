import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "told ARD's Tagesthemen": a programme after its owner's possessive is the outlet (eval/README: programmes are outlets).
describe('a broadcaster\'s programme after "told OWNER\'s" is the outlet', () => {
  test('a programme the data writes in small letters: "told ZDF\'s heute-journal"', () => {
    const text = '“We will not raise the levy,” Lena Vogt told ZDF\'s heute-journal on Sunday.';
    expect(quote(text, 'We will not raise the levy')).toMatchObject({
      type: 'direct', start: at(text, 'We will not'), speaker: 'Lena Vogt', cue: 'told', outlet: 'heute-journal',
    });
  });

  test('an unknown programme, closed by a date: "told ARD\'s Morgenmagazin on Tuesday"', () => {
    const text = '“The trains will run,” Jonas Pfeil told ARD\'s Morgenmagazin on Tuesday.';
    expect(quote(text, 'The trains will run')).toMatchObject({ speaker: 'Jonas Pfeil', cue: 'told', outlet: 'Morgenmagazin' });
  });

  test('a title with small words inside: "told CNN\'s State of the Union"', () => {
    const text = 'Tom Ellery told CNN\'s State of the Union that the tax plan was “dead on arrival.”';
    expect(quote(text, 'dead on arrival')).toMatchObject({
      type: 'partial', start: at(text, 'dead on'), speaker: 'Tom Ellery', cue: 'told', outlet: 'State of the Union',
    });
  });

  test.each([
    ['This Week', 'told ABC\'s This Week'],
    ['Sunday Briefing', 'told CBS\'s Sunday Briefing'],
  ])('a title that opens with a date word: %s', (outlet, told) => {
    const text = `“The ferry will be rebuilt,” Nora Blake ${told}.`;
    expect(quote(text, 'The ferry will be rebuilt')).toMatchObject({ speaker: 'Nora Blake', cue: 'told', outlet });
  });

  test('negative: a date after the possessive is no title: "told NBC\'s Sunday edition"', () => {
    const text = '“The ferry will be rebuilt,” Nora Blake told NBC\'s Sunday edition.';
    expect(quote(text, 'The ferry will be rebuilt')?.outlet).not.toBe('Sunday');
  });

  test('negative: a surname closed by "on Sunday" stays the broadcaster\'s person', () => {
    const text = 'Jake Tapper pressed the senator twice.\n\n“I never said that,” Rosa Dunn told CNN\'s Tapper on Sunday.';
    expect(quote(text, 'I never said that')).toMatchObject({ speaker: 'Rosa Dunn', cue: 'told', outlet: 'CNN' });
  });

  test('negative: a person of the broadcaster stays its employee: "told CNN\'s Tapper" after "Jake Tapper"', () => {
    const text = 'Jake Tapper pressed the senator twice.\n\n“I never said that,” Rosa Dunn told CNN\'s Tapper.';
    expect(quote(text, 'I never said that')).toMatchObject({ speaker: 'Rosa Dunn', cue: 'told', outlet: 'CNN' });
  });

  test('negative: a staff title in capitals is no programme: "told Sky\'s Political Editor"', () => {
    const text = '“The vote is lost,” Owen Pryce told Sky\'s Political Editor.';
    expect(quote(text, 'The vote is lost')).toMatchObject({ speaker: 'Owen Pryce', cue: 'told', outlet: 'Sky' });
  });

  test('negative: a named reporter: "told ESPN\'s Andrew Marsh on Monday"', () => {
    const text = '“I am staying,” Leo Park told ESPN\'s Andrew Marsh on Monday.';
    expect(quote(text, 'I am staying')).toMatchObject({ speaker: 'Leo Park', cue: 'told', outlet: 'ESPN' });
  });
});

describe('outlets the data writes in small letters after "told"', () => {
  test('"told dpa"', () => {
    const text = '“It was close,” Anna Berg told dpa.';
    expect(quote(text, 'It was close')).toMatchObject({ speaker: 'Anna Berg', cue: 'told', outlet: 'dpa' });
  });

  test('negative: "told afp" in small letters is no outlet the data writes so', () => {
    const text = '“It was close,” Anna Berg told afp.';
    expect(quote(text, 'It was close')?.outlet ?? null).toBeNull();
  });
});

describe('outlets added to the data', () => {
  test.each([
    ['Stuff', 'told Stuff'],
    ['SuperSport', 'told SuperSport'],
    ['SpaceNews', 'told SpaceNews'],
    ['Bild am Sonntag', 'told Bild am Sonntag'],
    ['Agri-Pulse', 'told Agri-Pulse'],
    ['Sudan Tribune', 'told the Sudan Tribune'],
  ])('%s', (outlet, told) => {
    const text = `“Prices are up,” Jim Hale ${told}.`;
    expect(quote(text, 'Prices are up')).toMatchObject({ speaker: 'Jim Hale', cue: 'told', outlet });
  });

  test('negative: "Stuff" as a plain word is no outlet: "Stuff happens," …', () => {
    const text = 'Stuff from the warehouse was sold. “Prices are up,” Jim Hale said.';
    expect(quote(text, 'Prices are up')?.outlet ?? null).toBeNull();
  });
});
