import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('the account a quote reaches the article through', () => {
  // The speaker is who said the words; "according to Y" says where the writer read them (ent_dev's
  // annotation keeps the person, as in "X said …, People reported"), though PolNeAR names Y.
  test('"“…,” X told the council, according to Y": X is the speaker', () => {
    const text = '“The ferry will run twice a day from June,” Tomas Brevik told the council, according to minutes of the harbour board meeting.';
    expect(quote(text, 'The ferry')).toMatchObject({
      text: 'The ferry will run twice a day from June,', type: 'direct', speaker: 'Tomas Brevik', speaker_mention: 'Tomas Brevik', cue: 'told',
    });
  });

  test('reported speech "X said …, according to OUTLET" keeps X and takes the outlet; a document is no outlet', () => {
    const text = 'Harbour chief Ilse Marwood said the ferry would stop running in winter, according to Reuters.\n\nMarwood said the pier would need new pilings, according to the harbour board minutes.';
    expect(quote(text, 'the ferry would')).toMatchObject({ type: 'indirect', speaker: 'Ilse Marwood', cue: 'said', outlet: 'Reuters' });
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', speaker: 'Ilse Marwood', cue: 'said', outlet: null });
  });
});

describe('"who" after a description', () => {
  test('"X who said …": "who" is the mention and the description the speaker', () => {
    const text = 'The walkout was led by dock workers who argued that the new cranes were unsafe.\n\nAmong them were two pilots who said the harbour lights had failed twice.';
    expect(quote(text, 'the new cranes')).toMatchObject({
      text: 'the new cranes were unsafe', type: 'indirect', speaker: 'dock workers', speaker_mention: 'who', speaker_start: at(text, 'who argued'), speaker_kind: 'anonymous', cue: 'argued',
    });
    expect(quote(text, 'the harbour lights')).toMatchObject({ type: 'indirect', speaker: 'two pilots', speaker_mention: 'who', speaker_start: at(text, 'who said'), cue: 'said' });
  });

  test('a description with no "who" keeps its own words as the mention and names no speaker', () => {
    const text = 'The walkout was led by dock workers who argued that the new cranes were unsafe. Two pilots said the harbour lights had failed twice.';
    expect(quote(text, 'the new cranes')).toMatchObject({ speaker: 'dock workers', speaker_mention: 'who' });
    expect(quote(text, 'the harbour lights')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'Two pilots', speaker_kind: 'anonymous', cue: 'said' });
  });
});

describe('words between the speaker and the cue', () => {
  test('an adverb set off by commas ("X, however, argue") leaves X the speaker; an apposition still names the person', () => {
    const text = 'The two wardens, however, argue that the harbour gate is “far too narrow for the new ferries.”\n\nThe mayor, Ines Duarte, said the gate would be widened.';
    expect(quote(text, 'far too narrow')).toMatchObject({
      text: 'far too narrow for the new ferries.', type: 'partial', speaker_mention: 'The two wardens', speaker_start: 0, speaker_kind: 'anonymous', cue: 'argue',
    });
    expect(quote(text, 'the gate would')).toMatchObject({ type: 'indirect', speaker: 'Ines Duarte', speaker_mention: 'Ines Duarte', cue: 'said' });
  });

  test('a linking set phrase set off by commas ("X, for instance, say") leaves X the speaker', () => {
    const text = 'The levy splits the harbour.\n\nBarge owners, for instance, say the new levy will cost them millions.';
    expect(quote(text, 'the new levy')).toMatchObject({
      type: 'indirect', text: 'the new levy will cost them millions', start: at(text, 'the new levy'),
      speaker: null, speaker_mention: 'Barge owners', speaker_start: at(text, 'Barge'), speaker_kind: 'anonymous', cue: 'say', cue_start: at(text, 'say'),
    });
    const turn = 'The levy splits the harbour.\n\nThe pilots, in turn, argued that the levy was unfair.';
    expect(quote(turn, 'the levy was')).toMatchObject({ type: 'indirect', speaker_mention: 'The pilots', cue: 'argued' });
  });

  test('an apposition of a few words is not a linking phrase: the name before it is still the speaker, the apposition the role', () => {
    const text = 'The levy splits the harbour.\n\nIda Marsh, the harbour master, said the new levy would cost the port millions.';
    expect(quote(text, 'the new levy')).toMatchObject({
      type: 'indirect', speaker: 'Ida Marsh', speaker_mention: 'Ida Marsh', speaker_start: at(text, 'Ida Marsh'), speaker_kind: 'person', cue: 'said',
    });
  });
});

describe('"they" in its own sentence', () => {
  test('"they" after a plural subject of its sentence is that group; a "she" is still a person', () => {
    const text = 'Ferry workers got angry because they did not think the fares were fair.\n\nThe mayor, Ines Duarte, met the wardens on Monday. She said they had promised a report by June.';
    expect(quote(text, 'the fares were fair')).toMatchObject({
      text: 'the fares were fair', type: 'indirect', speaker: 'Ferry workers', speaker_mention: 'they', speaker_start: at(text, 'they did'), cue: 'think',
    });
    expect(quote(text, 'they had promised')).toMatchObject({ type: 'indirect', speaker: 'Ines Duarte', speaker_mention: 'She', cue: 'said' });
  });
});

describe('details after a name', () => {
  test('"X, 29, of Town, St., said": the home town is a detail, X the speaker; a later "she" is X', () => {
    const text = '“The ferry is always late,” Mara Quist, 29, of Elton, Md., said on Monday. She said the fares had doubled.';
    expect(quote(text, 'The ferry')).toMatchObject({ type: 'direct', speaker: 'Mara Quist', speaker_mention: 'Mara Quist', speaker_start: at(text, 'Mara'), cue: 'said' });
    expect(quote(text, 'the fares')).toMatchObject({ type: 'indirect', speaker: 'Mara Quist', speaker_mention: 'She', cue: 'said' });
  });
});

describe('a nickname in quotation marks inside a name', () => {
  test('"Maria “Mia” Lane said …": the speaker is Maria Lane, and the nickname is no quote', () => {
    const text = 'The ferry vote was close. Maria “Mia” Lane said the harbour would recover by spring. “We will rebuild the pier,” Lane said.';
    expect(quote(text, 'the harbour')).toMatchObject({
      type: 'indirect', text: 'the harbour would recover by spring', speaker: 'Maria Lane', speaker_mention: 'Maria “Mia” Lane', speaker_start: at(text, 'Maria'), cue: 'said',
    });
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: 'Maria Lane', speaker_mention: 'Lane', cue: 'said' });
    expect(quotesOf(text).map((q) => q.text)).not.toContain('Mia');
  });

  test('not a quoted word after a lower-case word: the captain’s “Sea Hawk” Lane …', () => {
    const text = 'The ferry vote was close. The old “Sea Hawk” Lane said the harbour would recover by spring.';
    expect(quote(text, 'the harbour')).toMatchObject({ type: 'indirect', speaker_mention: 'Lane' });
  });
});

describe('a title before a surname shared by two people', () => {
  test('"Mrs. Marsh said" is the woman and "Mr. Marsh said" the man, though he was named first', () => {
    const text = 'Former President Paul Marsh campaigned in Port Elwin on Monday with his wife, Nora Marsh.\n\nMrs. Marsh said the pier would reopen. Mr. Marsh said the ferry would run.';
    expect(quote(text, 'the pier would reopen')).toMatchObject({
      text: 'the pier would reopen', type: 'indirect', speaker: 'Nora Marsh', speaker_mention: 'Marsh', speaker_start: at(text, 'Marsh said the pier'), cue: 'said',
    });
    expect(quote(text, 'the ferry would run')).toMatchObject({ type: 'indirect', speaker: 'Paul Marsh', speaker_mention: 'Marsh', speaker_start: at(text, 'Marsh said the ferry') });
  });

  test('no title: the surname alone stays the first person named with it', () => {
    const text = 'Former President Paul Marsh campaigned in Port Elwin on Monday with his wife, Nora Marsh.\n\nMarsh said the ferry would run.';
    expect(quote(text, 'the ferry would run')).toMatchObject({ type: 'indirect', speaker: 'Paul Marsh', speaker_mention: 'Marsh' });
  });
});

describe('a surname that is also a role word', () => {
  test('"Nora Judge … Judge said" and "“…,” Baker said" name the person, not a judge or a baker', () => {
    const text = 'Former councillor Nora Judge spoke at the pier on Monday. Judge said the ferry would run all winter.\n\n“We will not close the dock,” said Tom Baker, the harbour master. “Not this year,” Baker said.';
    expect(quote(text, 'the ferry would run')).toMatchObject({ type: 'indirect', speaker: 'Nora Judge', speaker_mention: 'Judge', speaker_start: at(text, 'Judge said'), cue: 'said' });
    expect(quote(text, 'Not this year')).toMatchObject({ type: 'direct', speaker: 'Tom Baker', speaker_mention: 'Baker' });
  });

  test('no one named with it: the role word alone stays a description', () => {
    const text = 'The court sat late on Monday. “Sit down,” Judge said.';
    expect(quote(text, 'Sit down')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'Judge' });
  });
});

describe('a family name written first, then a hyphenated given name ("Park Dong-hyun")', () => {
  test('is one speaker before "of the … firm", and its family name alone is the same person', () => {
    const text = 'The trio split in May. Their lawyer, Choi Min-jun of the Busan firm Saebyeok, told Variety that the contract was void. Choi said the label had ignored three letters.';
    expect(quote(text, 'the contract')).toMatchObject({ type: 'indirect', text: 'the contract was void', speaker: 'Choi Min-jun', speaker_mention: 'Choi Min-jun', cue: 'told', outlet: 'Variety' });
    expect(quote(text, 'the label')).toMatchObject({ type: 'indirect', text: 'the label had ignored three letters', speaker: 'Choi Min-jun', speaker_mention: 'Choi', cue: 'said', cue_start: at(text, 'said the label') });
  });
  test('the family name alone opening a sentence, read as a noun ("Park"), is the person named before', () => {
    const text = 'A reporter, Park Tae-sung, covered the trial. Park said the verdict surprised the court.';
    expect(quote(text, 'the verdict')).toMatchObject({ type: 'indirect', text: 'the verdict surprised the court', speaker: 'Park Tae-sung', speaker_mention: 'Park', speaker_kind: 'person', cue: 'said' });
  });
  test('not a family name before a surname ("Kim Vance"), nor a street ("a Park Avenue flat")', () => {
    expect(quote('Kim Vance said the pier was closed.', 'the pier')).toMatchObject({ speaker: 'Kim Vance', speaker_mention: 'Kim Vance' });
    const street = quote('Neighbours of a Park Avenue flat said the lift was broken.', 'the lift');
    expect(street?.speaker ?? '').not.toMatch(/^Park$/);
  });
});

describe('a family name alone after a family-name-first name written without a hyphen', () => {
  test('"Park said" after "Park Jihoon" is that person', () => {
    const text = 'The actor Park Jihoon, 29, said he had finished filming in March.\n\n“I was ready to go,” Park said.';
    const direct = quotesOf(text).find((q) => q.type === 'direct');
    expect(direct).toMatchObject({ text: 'I was ready to go,', speaker: 'Park Jihoon', speaker_mention: 'Park', cue: 'said' });
  });

  test('a place name opened by the same word names no one: "Park Avenue"', () => {
    const text = 'The tenants of Park Avenue said rents had doubled.\n\n“We cannot stay,” Park said.';
    expect(quotesOf(text).find((q) => q.type === 'direct')?.speaker).toBeNull();
  });
});
