import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('speakers of report cues', () => {
  test('a short adverbial phrase set off by commas between the speaker and the cue: "X, on the other hand, warned"', () => {
    const text = 'The ferry board met on Monday. Dock workers, on the other hand, warned that the new berth would silt up within a year.';
    expect(quote(text, 'the new berth')).toMatchObject({ type: 'indirect', text: 'the new berth would silt up within a year', speaker_mention: 'Dock workers', cue: 'warned' });
  });

  test('an adverb after the aside is stepped over too: "X, in truth, still claim"', () => {
    const text = 'The cranes were inspected. Dock workers, in truth, still claim that the cranes are unsafe in high wind.';
    expect(quote(text, 'the cranes are')).toMatchObject({ type: 'indirect', text: 'the cranes are unsafe in high wind', speaker_mention: 'Dock workers', cue: 'claim' });
  });

  test('an aside with a verb of its own is no adverbial: nothing before it speaks', () => {
    const text = 'The harbour was quiet. The old sheds, as far as anyone knows, said nothing.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a cue listed after a comma behind the subject\'s own verb phrase shares that subject', () => {
    const text = 'The ferry board met on Monday. Vera Kolb offered the clerk a berth on the tug, then says she will listen to anyone who calls her office.';
    expect(quote(text, 'she will listen')).toMatchObject({ type: 'indirect', text: 'she will listen to anyone who calls her office', speaker: 'Vera Kolb', speaker_mention: 'Vera Kolb', cue: 'says' });
  });

  test('a listed cue after a copula clause: "X is pleased with A, says she warned …"', () => {
    const text = 'The vote was counted. Pollster Ina Roth is pleased with the turnout, says she warned about a late swing.';
    expect(quote(text, 'she warned')).toMatchObject({ type: 'indirect', text: 'she warned about a late swing', speaker: 'Ina Roth', speaker_mention: 'Ina Roth', cue: 'says' });
  });

  test('a cue after a comma with a phrase and no clause after it is inverted: the phrase is its speaker', () => {
    const text = 'The pier opened. Lena Ivers praised the new pier, says the harbour master.';
    expect(quote(text, 'Lena Ivers praised')).toMatchObject({ type: 'indirect', text: 'Lena Ivers praised the new pier', speaker_mention: 'the harbour master', cue: 'says' });
    expect(quotesOf(text).some((q) => q.speaker === 'Lena Ivers' && q.cue === 'says')).toBe(false);
  });

  test('a long relative clause with clauses of its own between the subject and the cue', () => {
    const text = 'The hearing ran late. Ross Wilder, whose schooling at the naval college the navy covered in full because he joined the Sea Cadets’ Harbour Corps (SCHC) program, said he would like more pupils to get the same chance.';
    expect(quote(text, 'he would like')).toMatchObject({ type: 'indirect', text: 'he would like more pupils to get the same chance', speaker: 'Ross Wilder', speaker_mention: 'Ross Wilder', cue: 'said' });
  });

  test('a speaker before a long relative clause holding a title: the outlet after the cue is still read', () => {
    const text = 'The ratings war heated up. Rival host Keld Amundsen, whose program airs against "Late Ledger" on Sundays, said in an interview with the Boston Globe that he had sent flowers to the studio.';
    expect(quote(text, 'he had sent flowers')).toMatchObject({
      type: 'indirect', text: 'he had sent flowers to the studio', speaker: 'Keld Amundsen', cue: 'said', outlet: 'Boston Globe',
    });
  });

  test('the antecedent of "who" before the cue: the outlet the cue names ("who told the local radio station WXKR that …")', () => {
    const text = 'The fire was reported by a woman jogging near the pier, who told the local public radio station WXKR that she had first smelled tar.';
    expect(quote(text, 'she had first')).toMatchObject({ type: 'indirect', text: 'she had first smelled tar', cue: 'told', outlet: 'WXKR' });
  });

  test('… and none when the words after the cue name no outlet (negative case)', () => {
    const text = 'The ratings war heated up. Rival host Keld Amundsen, whose program airs against "Late Ledger" on Sundays, said on Monday that he had sent flowers to the studio.';
    expect(quote(text, 'he had sent flowers')).toMatchObject({ type: 'indirect', speaker: 'Keld Amundsen', cue: 'said', outlet: null });
  });

  test('a subject that is no person, however long its relative clause, reports nothing', () => {
    const text = 'The hearing ran late. The old tug, which the council bought after a long fight over the cost of its engines, says the town has lost its way.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a count of people opening its clause speaks for so many of those asked', () => {
    const text = 'The ferry survey was published. At least 2,000 said they would come to the hearing.\n\nThe harbour board polled its members. All but three said the board should take up the dredging plan next month.\n\nThe survey asked about fares. Nearly eight out of 10 say a second car will be needed.';
    expect(quote(text, 'they would come')).toMatchObject({ type: 'indirect', text: 'they would come to the hearing', speaker_mention: 'At least 2,000', cue: 'said' });
    expect(quote(text, 'the board should')).toMatchObject({ type: 'indirect', text: 'the board should take up the dredging plan next month', speaker_mention: 'All but three', cue: 'said' });
    expect(quote(text, 'a second car')).toMatchObject({ type: 'indirect', text: 'a second car will be needed', speaker_mention: 'Nearly eight out of 10', cue: 'say' });
  });

  test('a number before a participle and its noun is no count of speakers', () => {
    const text = 'The count went on. Only 60 pledged delegates and eight unpledged ones remain in the contest for the chair.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a cue in a relative clause on the speaker reports up to where the main clause resumes', () => {
    const text = 'The budget passed. Dale Hume, who says the harbour should be dredged every year, voted against the budget.';
    expect(quote(text, 'the harbour should')).toMatchObject({ type: 'indirect', text: 'the harbour should be dredged every year', speaker: 'Dale Hume', speaker_mention: 'who', cue: 'says' });
  });

  test('an aside inside the relative clause\'s content does not end it; the main clause after it is left out', () => {
    const text = 'The board met. Dale Hume, who says Ms. Ruiz, under fire for the ferry delays, should resign, voted against the new levy.';
    expect(quote(text, 'Ms. Ruiz')).toMatchObject({ type: 'indirect', text: 'Ms. Ruiz, under fire for the ferry delays, should resign', speaker: 'Dale Hume', cue: 'says' });
  });

  test('a headline reports only as a headline does: "says" after its source, not a verb that states no claim (headlines.test.ts)', () => {
    expect(quotesOf('Ferry Chief Says Harbour Will Close For Repairs\n\nThe harbour will shut for a month.')).toMatchObject([{ type: 'indirect', text: 'Harbour Will Close For Repairs', speaker_mention: 'Ferry Chief', cue: 'Says' }]);
    expect(quotesOf('What The Ferry Vote Says About Harbour Towns\n\nThe vote was close.')).toEqual([]);
    expect(quotesOf('Harbour Chief Recalls The Night The Old Pier Burned Down\n\nThe fire was in May.')).toEqual([]);
  });

  test('an infinitive cue takes the subject of the verb before "to", though an opening clause hides the sentence\'s', () => {
    const text = 'The suit was filed in May. Even after the suit was filed, Lena Ivers continued to say she had never seen the ledger.';
    expect(quote(text, 'she had never')).toMatchObject({ type: 'indirect', text: 'she had never seen the ledger', speaker: 'Lena Ivers', speaker_mention: 'Lena Ivers', cue: 'say' });
  });

  test('the writer\'s "too early to say" and a hearer urged "to say" give the infinitive no speaker', () => {
    expect(quotesOf('The vote is near. It is too early to say whether the harbour levy will pass.')).toEqual([]);
    const text = 'The board voted. Mayor Tom Ruiz urged voters to say the levy is fair.';
    expect(quotesOf(text).map((q) => q.cue)).toEqual(['urged']);
  });

  test('a participle cue opening the sentence after "after" is the main clause subject\'s, its content ending at the comma', () => {
    const text = 'The meeting ran late. After saying the ferry fares were unfair, the captain walked out of the hall.';
    expect(quote(text, 'the ferry fares')).toMatchObject({ type: 'indirect', text: 'the ferry fares were unfair', speaker_mention: 'the captain', cue: 'saying' });
  });

  test('an opening participle with no clause after it, or with no person after the comma, reports nothing', () => {
    expect(quotesOf('The talks went on. After saying goodbye, the captain left.')).toEqual([]);
    expect(quotesOf('The talks went on. While arguing about the fares for an hour, the old pier gave way.')).toEqual([]);
  });

  test('a time between the subject and the cue is no speaker: "X earlier Thursday said", "… and on Monday announced"', () => {
    const text = 'The hearing ended. Hale earlier Thursday said the panel had held 75 interviews.\n\nThe pier is old. Mayor Ruiz has freed up money for repairs and on Monday announced that the pier would close.';
    expect(quote(text, 'the panel had')).toMatchObject({ type: 'indirect', text: 'the panel had held 75 interviews', speaker: 'Hale', speaker_mention: 'Hale', cue: 'said' });
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close', speaker: 'Ruiz', speaker_mention: 'Ruiz', cue: 'announced' });
  });

  test('a thing before the time is not made the speaker', () => {
    const text = 'The pier is old. The tide tables earlier Thursday said the pier would flood.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'The tide tables')).toBe(false);
  });

  test('a hyphen standing alone between spaces sets off an apposition as a dash does', () => {
    const text = 'The shop is new. A spokeswoman for the Reyes Sails brand - a small firm pitched as "the home of Harbour Folk" - noted that the firm gives its riggers a month off each winter.';
    expect(quote(text, 'the firm gives')).toMatchObject({ type: 'indirect', text: 'the firm gives its riggers a month off each winter', speaker_mention: 'A spokeswoman for the Reyes Sails brand', cue: 'noted' });
  });

  test('a hyphen inside a word opens no apposition', () => {
    const text = 'The shop is new. The harbour-side sail-loft noted that the firm gives its riggers a month off each winter.';
    expect(quotesOf(text).some((q) => q.speaker_mention?.startsWith('side'))).toBe(false);
  });
  test('an apposition holding a quoted title ends at the comma inside its closing mark: "X, the host of “Tides,” said"', () => {
    const text = 'The fares rose again. Vale, the owner of the ferry line and a star of the radio show "Tides," told the Gazette on Monday that the fares were too high.';
    expect(quote(text, 'the fares were')).toMatchObject({ type: 'indirect', text: 'the fares were too high', speaker: 'Vale', speaker_mention: 'Vale', cue: 'told' });
    const known = 'The logs were sealed. Marla Voss, the captain known as “Storm,” stated that she had read the harbour logs.';
    expect(quote(known, 'she had read')).toMatchObject({ type: 'indirect', text: 'she had read the harbour logs', speaker: 'Marla Voss', speaker_mention: 'Marla Voss', cue: 'stated' });
    // Words quoted after a verb are speech, not a title: no apposition is read through them.
    const spoken = 'The pier was shut. Asked about the pier, Ada Moss said "Never," adding that the board had failed.';
    expect(quote(spoken, 'the board had')).toMatchObject({ type: 'indirect', speaker: 'Ada Moss', cue: 'adding' });
  });
  test('… and the title in such an apposition is never the speaker: "the aides, fans of “Tides,” said"', () => {
    const text = 'The harbour board met. The mayor’s aides, fans of “Tides,” said the show would return.';
    expect(quote(text, 'the show')).toMatchObject({ type: 'indirect', text: 'the show would return', speaker_mention: 'The mayor’s aides', cue: 'said' });
    const both = 'The harbour board met. Her two sons, both fans of “Tides,” said the show was dull.';
    expect(quotesOf(both).some((q) => q.speaker === 'Tides' || q.speaker_mention === 'Tides')).toBe(false);
  });
  test('a floating quantifier after a perfect\'s "have" is stepped over: "Reyes and Lee have both argued …"', () => {
    const text = 'The docks were quiet. Councillor Ida Reyes and Tom Lee have both argued that dock workers lost jobs to the new cranes.';
    // (Like any coordinated subject, "Ida Reyes and Tom Lee argued", the pair is credited to its nearer name.)
    expect(quote(text, 'dock workers')).toMatchObject({ type: 'indirect', text: 'dock workers lost jobs to the new cranes', speaker_mention: 'Tom Lee', cue: 'argued' });
    const plain = 'The docks were quiet. Councillor Ida Reyes and Tom Lee argued that dock workers lost jobs to the new cranes.';
    expect(quote(plain, 'dock workers')).toMatchObject({ speaker_mention: 'Tom Lee', cue: 'argued' });
    // A passive's "were" keeps the quantifier: those who "were both told" did not speak.
    const passive = 'The docks were quiet. The two captains were both told that the pier would close.';
    expect(quotesOf(passive).some((q) => q.speaker_mention === 'The two captains')).toBe(false);
  });
});

describe('subjects named in apposition or with a capitalised word the tagger reads as a verb', () => {
  test('a name in apposition after "the NOUN herself," is the speaker, past an adverb before the verb', () => {
    const text = 'Lena Ortiz hosted the gala. The bride herself, Mia Sol, also chimed in, posting a photo captioned "Worth every penny."';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue, q.start])).toEqual([['Worth every penny.', 'Mia Sol', 'chimed in', at(text, 'Worth')]]);
  });

  test('a capitalised word inside an organisation\'s name stays in the subject of a second predicate', () => {
    const text = 'The Danish Met Office said the storm was easing but warned that new gusts could come.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue, q.start])).toEqual([
      ['the storm was easing', 'Danish Met Office', 'said', at(text, 'the storm')],
      ['new gusts could come', 'Danish Met Office', 'warned', at(text, 'new gusts')],
    ]);
  });
});
