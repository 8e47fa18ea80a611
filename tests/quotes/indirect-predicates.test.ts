import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('indirect speech with a cue outside the report verbs', () => {
  test('"made it clear that …" reports what follows as "made clear that" does', () => {
    const text = 'The ferry vote was close. Councilwoman Mira Osk made it clear that dock fees would not get her vote.';
    expect(quote(text, 'dock fees')).toMatchObject({
      type: 'indirect', text: 'dock fees would not get her vote', speaker: 'Mira Osk', speaker_mention: 'Mira Osk', cue: 'made it clear',
    });
  });

  test('"made it plain" is the same report; "made it clear across the bay" is a trip, not a report', () => {
    const text = 'The crews waited. Mayor Len Pavo has made it plain that ferry slip four will stay closed. The old tug made it clear across the bay at noon.';
    expect(quote(text, 'ferry slip')).toMatchObject({ type: 'indirect', text: 'ferry slip four will stay closed', speaker: 'Len Pavo', cue: 'made it plain' });
    expect(quotesOf(text).filter((q) => q.cue === 'made it clear')).toEqual([]);
  });

  test('"made no mention of X" reports what went unmentioned; "makes no secret of wanting X" what is wanted', () => {
    const text = 'The harbor board met. Mayor Tobin Rell made no mention of dredging bills for the east pier. Councilwoman Osk now makes no secret of wanting the night ferry restored.';
    expect(quote(text, 'dredging bills')).toMatchObject({ type: 'indirect', text: 'dredging bills for the east pier', speaker: 'Tobin Rell', cue: 'made no mention of' });
    expect(quote(text, 'wanting the')).toMatchObject({ type: 'indirect', text: 'wanting the night ferry restored', speaker: 'Osk', cue: 'makes no secret of' });
  });

  test('a pronoun left unmentioned is no report: "made no mention of it"', () => {
    const text = 'The harbor board met. Rell made no mention of it.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('a report noun and its clause joined by a copula', () => {
  test('"X’s view is that …": the owner of the view reports the clause', () => {
    const text = 'The pier plan stalled again. Commissioner Ada Welk’s view is that ferry slips belong to the public.';
    expect(quote(text, 'ferry slips')).toMatchObject({
      type: 'indirect', text: 'ferry slips belong to the public', speaker: 'Ada Welk', cue: 'view',
    });
  });

  test('"their fear has been that …" and "her answer was that …" (a new report noun)', () => {
    const text = 'Dock workers met on Tuesday. Their fear has been that night crossings will end. Asked about tolls, Ms. Osk’s answer was that the ferries pay for themselves.';
    expect(quote(text, 'night crossings')).toMatchObject({ type: 'indirect', text: 'night crossings will end', speaker_mention: 'Their', cue: 'fear' });
    expect(quote(text, 'the ferries pay')).toMatchObject({ type: 'indirect', text: 'the ferries pay for themselves', speaker: 'Osk', cue: 'answer' });
  });

  test('an owner is needed: "the claim is that …" reports no one', () => {
    const text = 'The harbor board voted. The claim is that the ferry slips are unsafe. The theory was that tides moved the pilings.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('verbs that tell a hearer something', () => {
  test('"reminded X that …" and "assured X that …" report the clause after the hearer', () => {
    const text = 'The ferry board met. Mayor Tobin Rell reminded commuters that the winter timetable starts in March. Councilwoman Mira Osk assured dock crews that pensions were safe.';
    expect(quote(text, 'the winter timetable')).toMatchObject({ type: 'indirect', text: 'the winter timetable starts in March', speaker: 'Tobin Rell', cue: 'reminded' });
    expect(quote(text, 'pensions were')).toMatchObject({ type: 'indirect', text: 'pensions were safe', speaker: 'Mira Osk', cue: 'assured' });
  });

  test('a possessive after the hearer opens the content: "assured workers their pensions …"', () => {
    const text = 'The ferry crews gathered. Harbour chief Nell Dunn assured workers their pensions were safe.';
    expect(quote(text, 'their pensions')).toMatchObject({
      type: 'indirect', text: 'their pensions were safe', start: at(text, 'their pensions'), speaker: 'Nell Dunn', cue: 'assured', cue_start: at(text, 'assured'),
    });
  });

  test('a hearer pronoun before a possessive is still skipped: "told them their pier …"', () => {
    const text = 'The ferry crews gathered. Harbour chief Nell Dunn told them their pier would close in May.';
    expect(quote(text, 'their pier')).toMatchObject({ type: 'indirect', text: 'their pier would close in May', speaker: 'Nell Dunn', cue: 'told' });
  });

  test('what reminds someone of something is no speaker: "The storm reminded Rell of the flood years"', () => {
    const text = 'The ferry board met. The storm reminded Rell of the flood years on the east pier.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('a stance stated as a noun after the copula', () => {
  test('"has been a vocal critic of X", "is an early backer of X": X is what the stance is about', () => {
    const text = 'The ferry board met. Mayor Tobin Rell has been a vocal critic of dredging contracts. Councilwoman Mira Osk is an early backer of the night ferry plan.';
    expect(quote(text, 'dredging contracts')).toMatchObject({ type: 'indirect', text: 'dredging contracts', speaker: 'Tobin Rell', cue: 'critic of' });
    expect(quote(text, 'the night ferry')).toMatchObject({ type: 'indirect', text: 'the night ferry plan', speaker: 'Mira Osk', cue: 'backer of' });
  });

  test('a noun outside the stance list is no stance: "is a symbol of the old harbor"', () => {
    const text = 'The ferry board met. The red ferry is a symbol of the old harbor. Rell sits as a member of two dredging panels.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('doubts raised', () => {
  test('"raised questions about whether …", "has raised concerns about X" report what is doubted', () => {
    const text = 'The ferry board met. Councilwoman Mira Osk raised questions about whether the night ferry could pay its way. Mayor Tobin Rell has raised concerns about dredging costs at the east pier.';
    expect(quote(text, 'whether the night')).toMatchObject({ type: 'indirect', text: 'whether the night ferry could pay its way', speaker: 'Mira Osk', cue: 'raised questions about' });
    expect(quote(text, 'dredging costs')).toMatchObject({ type: 'indirect', text: 'dredging costs at the east pier', speaker: 'Tobin Rell', cue: 'raised concerns about' });
  });

  test('a doubt about a bare pronoun is too short to report: "raised doubts about it"', () => {
    const text = 'The ferry board met. Rell raised doubts about it.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('speech acts made: "make" with a noun of speech', () => {
  test('"made an impassioned plea for X", "has made several remarks about X": X is the content', () => {
    const text = 'The ferry board met. Councilwoman Mira Osk made an impassioned plea for a night ferry to the islands. Mayor Tobin Rell has made several remarks about dredging costs at the east pier.';
    expect(quote(text, 'a night ferry')).toMatchObject({ type: 'indirect', text: 'a night ferry to the islands', speaker: 'Mira Osk', cue: 'made an impassioned plea for' });
    expect(quote(text, 'dredging costs')).toMatchObject({ type: 'indirect', text: 'dredging costs at the east pier', speaker: 'Tobin Rell', cue: 'made several remarks about' });
  });

  test('"made the point that, …, CLAUSE": the clause runs over its commas', () => {
    const text = 'The ferry board met. Osk made the point that, in her view, the east pier is unsafe in winter.';
    expect(quote(text, 'in her view')).toMatchObject({ type: 'indirect', text: 'in her view, the east pier is unsafe in winter', speaker: 'Osk', cue: 'made the point that' });
  });

  test('no speech act without a noun of speech or a person: "made a mess of", "the crew made a call for help"', () => {
    const text = 'The ferry board met. The storm made a mess of the east pier. The crew made a call for help on the radio.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('speech acts given, delivered, issued or offered', () => {
  test('"delivered a sharp rebuke of X", "gave a speech on X", "issued a warning about X"', () => {
    const text = 'The ferry board met. Mayor Tobin Rell delivered a sharp rebuke of dredging contracts. Councilwoman Mira Osk gave a speech on ferry safety at the east pier. Later she issued a warning about winter crossings to the islands.';
    expect(quote(text, 'dredging contracts')).toMatchObject({ type: 'indirect', text: 'dredging contracts', speaker: 'Tobin Rell', cue: 'delivered a sharp rebuke of' });
    expect(quote(text, 'ferry safety')).toMatchObject({ type: 'indirect', text: 'ferry safety at the east pier', speaker: 'Mira Osk', cue: 'gave a speech on' });
    expect(quote(text, 'winter crossings')).toMatchObject({ type: 'indirect', text: 'winter crossings to the islands', speaker_mention: 'she', cue: 'issued a warning about' });
  });

  test('a plural noun of speech needs no article: "made veiled remarks about X", "gives regular speeches on X"', () => {
    const text = 'The ferry board met. Mayor Tobin Rell made veiled remarks about dredging contracts. Osk gives regular speeches on ferry safety at the east pier.';
    expect(quote(text, 'dredging contracts')).toMatchObject({ type: 'indirect', text: 'dredging contracts', speaker: 'Tobin Rell', cue: 'made veiled remarks about' });
    expect(quote(text, 'ferry safety')).toMatchObject({ type: 'indirect', text: 'ferry safety at the east pier', speaker: 'Osk', cue: 'gives regular speeches on' });
  });

  test('a singular noun of speech without an article is no speech act: "made veiled comment about …"', () => {
    const text = 'The ferry board met. Rell made veiled comment about dredging contracts.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a day after "on" is when the speech was, and a tour is no speech', () => {
    const text = 'The ferry board met. Osk gave a speech on Monday at the east pier. Rell gave a tour of the east pier to the press.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('objections taken', () => {
  test('"took issue with X", "has taken exception to X": X is what is objected to', () => {
    const text = 'The ferry board met. Councilwoman Mira Osk took issue with dredging fees charged at the east pier. Rell has taken exception to winter ferry cuts on the island route.';
    expect(quote(text, 'dredging fees')).toMatchObject({ type: 'indirect', text: 'dredging fees charged at the east pier', speaker: 'Mira Osk', cue: 'took issue with' });
    expect(quote(text, 'winter ferry')).toMatchObject({ type: 'indirect', text: 'winter ferry cuts on the island route', speaker: 'Rell', cue: 'taken exception to' });
  });

  test('an objection to a bare pronoun is too short to report: "will take issue with it"', () => {
    const text = 'The ferry board met. Rell will take issue with it.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('a cue of several words is read from the article', () => {
  test('a non-breaking space inside "made an impassioned plea for" stays in the cue, so the cue slices exactly', () => {
    const text = 'The ferry board met. Nora Vidal made\u00a0an impassioned plea for a night ferry to the islands.';
    const q = quote(text, 'a night ferry');
    expect(q).toMatchObject({ type: 'indirect', speaker: 'Nora Vidal', cue: 'made\u00a0an impassioned plea for' });
    expect(text.slice(q!.cue_start!, q!.cue_end!)).toBe(q!.cue);
  });
});
