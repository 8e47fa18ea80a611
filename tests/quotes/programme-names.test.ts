import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { describedProgrammeAt, describedProgrammeTitle, ownProgrammeTitle, PROGRAMME_KINDS, programmesNamed, programmeTitleAfter, programmeTitlesOfKind } from '../../src/quotes/programme-names.js';

const tokensOf = (text: string) => analyzeArticle({ id: 't', path: 't', text }).tokens;

/** The title programmeTitleAfter reads after the first `kind` word of the text, or null. */
function titleAfter(text: string, kind: string) {
  const tokens = tokensOf(text);
  const named = programmeTitleAfter(tokens, tokens.findIndex((t) => t.normal === kind));
  return named && { title: named.title, quoted: named.quoted, after: tokens[named.end]?.text ?? null };
}

describe('programmeTitleAfter: the one reader of a programme title after its kind word', () => {
  test('a title in quotation marks, with or without a comma before it, without the comma kept inside the marks', () => {
    expect(titleAfter('She spoke on the podcast “Side B” last week.', 'podcast')).toEqual({ title: 'Side B', quoted: true, after: 'last' });
    expect(titleAfter('On her podcast, “Late Pass,” she joked about it.', 'podcast')).toEqual({ title: 'Late Pass', quoted: true, after: 'she' });
  });

  test('capitalised words after the kind, up to the first small-letter word', () => {
    expect(titleAfter('He hosts the show Night Desk on weekdays.', 'show')).toEqual({ title: 'Night Desk', quoted: false, after: 'on' });
  });

  test('no title: a date after the kind, a small-letter quotation, nothing capitalised', () => {
    expect(titleAfter('Mara Okafor said it on the show Monday.', 'show')).toBeNull();
    expect(titleAfter('She left the show Last night after a row.', 'show')).toBeNull();
    expect(titleAfter('The show “goes on” despite the storm.', 'show')).toBeNull();
    expect(titleAfter('The show was cancelled.', 'show')).toBeNull();
  });
});

describe('callers of the reader', () => {
  test('ownProgrammeTitle: a possessive, maybe a modifier, the kind and a quoted title-case title', () => {
    const tokens = tokensOf('Ben Ito said on his radio show “Night Desk” that the pier must stay.');
    expect(ownProgrammeTitle(tokens, tokens.findIndex((t) => t.normal === 'his'), PROGRAMME_KINDS)).toEqual({ title: 'Night Desk', end: tokens.findIndex((t) => t.text === 'that') });
    const bare = tokensOf('Ben Ito said on his radio show Night Desk that the pier must stay.');
    expect(ownProgrammeTitle(bare, bare.findIndex((t) => t.normal === 'his'), PROGRAMME_KINDS)).toBeNull();
  });

  test('programmesNamed: every programme named after its kind, in order, with its kind, whether a possessive owns it and where', () => {
    const tokens = tokensOf('Her podcast, “Late Pass,” is new. The show Night Owls returns. She was on the show Tuesday.');
    expect(programmesNamed(tokens)).toEqual([
      { title: 'Late Pass', kind: 'podcast', own: true, at: 4 },
      { title: 'Night Owls', kind: 'show', own: false, at: 38 },
    ]);
  });

  test('programmeTitlesOfKind: a host\'s own podcast is her show too; a podcast she guests on is not', () => {
    const own = tokensOf('Her podcast, “Late Pass,” is new. She said it on the show.');
    expect([...programmeTitlesOfKind(own, 'show')]).toEqual(['Late Pass']);
    expect([...programmeTitlesOfKind(own, 'podcast')]).toEqual(['Late Pass']);
    const guest = tokensOf('She spoke on the podcast “Side B” and the show Night Owls.');
    expect([...programmeTitlesOfKind(guest, 'show')]).toEqual(['Night Owls']);
    expect([...programmeTitlesOfKind(guest, 'podcast')]).toEqual(['Side B']);
  });
});

describe('a quoted title ending in its kind word names that programme', () => {
  test('“The Porch Light Podcast” is a podcast the article names; “Porch Light Nights” is not', () => {
    expect(programmesNamed(tokensOf('On “The Porch Light Podcast,” Mara Ilves spoke.'))).toEqual([{ title: 'The Porch Light Podcast', kind: 'podcast', own: false, at: 3 }]);
    expect(programmesNamed(tokensOf('On “Porch Light Nights,” Mara Ilves spoke.'))).toEqual([]);
    expect(programmesNamed(tokensOf('She called it “the worst podcast,” Mara Ilves said.'))).toEqual([]);
  });
});

describe('describedProgrammeTitle: "on the company\'s flagship interview show, “TITLE”" names the programme spoken on', () => {
  /** The title read after the first "on" of the text. */
  const after = (text: string) => {
    const tokens = tokensOf(text);
    return describedProgrammeTitle(tokens, tokens.findIndex((t) => t.normal === 'on') + 1);
  };

  test('an owner\'s possessive, modifiers and the kind, then the quoted title after a comma', () => {
    expect(after('Marlow, speaking on the company\'s flagship interview show, “The Quiet Hour”, said it was over.')).toBe('The Quiet Hour');
    expect(after('Marlow, speaking on a weekly podcast “Side Street”, said it was over.')).toBe('Side Street');
  });

  test('negative: a part of the programme, a title not in title case, or no kind word', () => {
    expect(after('Marlow, speaking on the show\'s second series, “The Quiet Hour”, said it was over.')).toBeNull();
    expect(after('Marlow, speaking on the interview show, “The deal is dead”, said it was over.')).toBeNull();
    expect(after('Marlow, speaking on the company\'s behalf, “The Quiet Hour”, said it was over.')).toBeNull();
  });
});

describe('describedProgrammeAt: the one reader of "[modifiers] KIND “Title”" after a lead-in', () => {
  /** What is read from the word after the first "the" of the text. */
  const read = (text: string, most: number, hyphens = false) => {
    const tokens = tokensOf(text);
    const named = describedProgrammeAt(tokens, tokens.findIndex((t) => t.normal === 'the') + 1, most, PROGRAMME_KINDS, hyphens);
    return named && { title: named.title, after: tokens[named.end]?.text ?? null };
  };

  test('up to `most` small-letter modifiers, the kind, and its quoted title (not needed in title case here)', () => {
    expect(read('Ines Bray spoke on the weekly arts podcast “Loose Threads” on Friday.', 3)).toEqual({ title: 'Loose Threads', after: 'on' });
    expect(read('Ines Bray spoke on the show, “Off the record”, on Friday.', 0)).toEqual({ title: 'Off the record', after: ',' });
  });

  test('hyphens join a modifier\'s words only when asked: "the call-in show “…”"', () => {
    expect(read('Ines Bray spoke on the call-in show “Night Lines” on Friday.', 4, true)).toEqual({ title: 'Night Lines', after: 'on' });
    expect(read('Ines Bray spoke on the call-in show “Night Lines” on Friday.', 4)).toBeNull();
  });

  test('near miss: more modifiers than `most`, a title without quotation marks, or no kind word', () => {
    expect(read('Ines Bray spoke on the weekly arts podcast “Loose Threads” on Friday.', 1)).toBeNull();
    expect(read('Ines Bray spoke on the weekly podcast Loose Threads on Friday.', 3)).toBeNull();
    expect(read('Ines Bray spoke on the weekly broadcast “Loose Threads” on Friday.', 3)).toBeNull();
  });
});
