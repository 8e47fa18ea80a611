import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a definite description refers to the person named with its role', () => {
  test('"the Florida senator" is the senator named before, not the latest speaker, who has another role', () => {
    const text = 'Florida Sen. Mara Okafor toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The Florida senator said the state would pay for repairs.';
    expect(quote(text, 'the pier was unsafe')).toMatchObject({ speaker: 'Tomas Brevik', cue: 'said' });
    expect(quote(text, 'the state would pay')).toMatchObject({
      text: 'the state would pay for repairs', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'The Florida senator',
      speaker_start: at(text, 'The Florida senator'), cue: 'said', cue_start: at(text, 'said the state'),
    });
  });

  test('an apposition gives the role: "Ana Ruiz, the film’s director," … "the director said"', () => {
    const text = 'Ana Ruiz, the film’s director, spoke in Port Elwin. Gov. Lena Park said the festival was a success. The director said the sequel was done.';
    expect(quote(text, 'the sequel was done')).toMatchObject({ type: 'indirect', speaker: 'Ana Ruiz', speaker_mention: 'The director', cue: 'said' });
  });

  test('"the former president" and "the president" are different people', () => {
    const text = 'Former President Ada Lind and President Paul Marsh met in Port Elwin. Gov. Lena Park said the talks were long. The former president said the ferry deal was done. The president said the pier would reopen.';
    expect(quote(text, 'the ferry deal')).toMatchObject({ type: 'indirect', speaker: 'Ada Lind', speaker_mention: 'The former president', cue: 'said' });
    expect(quote(text, 'the pier would reopen')).toMatchObject({ type: 'indirect', speaker: 'Paul Marsh', speaker_mention: 'The president', cue: 'said' });
  });

  test('a role owned by an organisation ("Harbour Bank President Ada Lind") is not "the president"', () => {
    const text = 'The summit opened on Monday. President Paul Marsh gave the first speech. Harbour Bank President Ada Lind spoke next. Gov. Lena Park said the talks were long. The president said the pier would reopen.';
    expect(quote(text, 'the pier would reopen')).toMatchObject({ speaker: 'Paul Marsh', speaker_mention: 'The president' });
  });

  test('no one named with the role: the description keeps the latest speaker, as before', () => {
    const text = 'Gov. Lena Park opened the summit in Port Elwin. Tomas Brevik said the talks were long. The senator said the pier would reopen.';
    expect(quote(text, 'the pier would reopen')).toMatchObject({ type: 'indirect', speaker: 'Tomas Brevik', speaker_mention: 'The senator', cue: 'said' });
  });

  test('a speaker known by another role in an apposition ("Brevik, the harbour chief,") gives way to the senator', () => {
    const text = 'Mara Okafor thanked Sen. Paul Marsh on Monday. Tomas Brevik, the harbour chief, said the pier was unsafe. The senator said the state would pay.';
    expect(quote(text, 'the state would pay')).toMatchObject({ speaker: 'Paul Marsh', speaker_mention: 'The senator' });
  });
});

describe('abbreviated titles name their holder by the role written out', () => {
  test('"Lt. Gov." is "the lieutenant governor", and "the governor" is the governor named beside', () => {
    const text = 'Gov. Paul Marsh and Lt. Gov. Dana Whitcomb toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The lieutenant governor said the state would pay for repairs. The governor said the ferry would run again.';
    expect(quote(text, 'the state would pay')).toMatchObject({
      text: 'the state would pay for repairs', type: 'indirect', speaker: 'Dana Whitcomb', speaker_mention: 'The lieutenant governor',
      speaker_start: at(text, 'The lieutenant governor'), cue: 'said', cue_start: at(text, 'said the state'),
    });
    expect(quote(text, 'the ferry would run')).toMatchObject({ type: 'indirect', speaker: 'Paul Marsh', speaker_mention: 'The governor', cue: 'said' });
  });

  test('a title the tokenizer splits from its full stop ("Det.") still names the detective', () => {
    const text = 'Det. Mara Okafor toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The detective said the crew had left before dawn.';
    expect(quote(text, 'the crew had left')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'The detective', cue: 'said' });
  });

  test('"Atty. Gen." is "the attorney general"', () => {
    const text = 'Atty. Gen. Mara Okafor toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The attorney general said the state would sue the ferry line.';
    expect(quote(text, 'the state would sue')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'The attorney general', cue: 'said' });
  });

  test('negative: a lieutenant governor alone is not "the governor"', () => {
    const text = 'Lt. Gov. Dana Whitcomb toured the port on Monday. Tomas Brevik said the pier was unsafe. The governor said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({ speaker_mention: 'The governor' });
    expect(quote(text, 'the state would pay').speaker).not.toBe('Dana Whitcomb');
  });
});

describe('a title marks the name after it as a person, whatever the first name', () => {
  test('"Sen. Oren Halvik" holds the role though "Oren" is no given name we list', () => {
    const text = 'Sen. Oren Halvik toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The senator said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({
      text: 'the state would pay for repairs', type: 'indirect', speaker: 'Oren Halvik', speaker_mention: 'The senator',
      speaker_start: at(text, 'The senator'), cue: 'said', cue_start: at(text, 'said the state'),
    });
  });

  test('"Councilwoman Tiva Renkel" is "the councilwoman"', () => {
    const text = 'Councilwoman Tiva Renkel toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The councilwoman said the ferry would run again.';
    expect(quote(text, 'the ferry would run')).toMatchObject({ type: 'indirect', speaker: 'Tiva Renkel', speaker_mention: 'The councilwoman', cue: 'said' });
  });

  test('negative: the same name with no title is no senator', () => {
    const text = 'Oren Halvik toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The senator said the state would pay for repairs.';
    expect(quote(text, 'the state would pay').speaker).not.toBe('Oren Halvik');
  });
});

describe('a capitalised word opening the sentence names no organisation', () => {
  test('"Film director Ana Ruiz" is "the director"', () => {
    const text = 'Film director Ana Ruiz toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The director said the sequel would be shot in Port Elwin.';
    expect(quote(text, 'the sequel would be')).toMatchObject({
      text: 'the sequel would be shot in Port Elwin', type: 'indirect', speaker: 'Ana Ruiz', speaker_mention: 'The director',
      speaker_start: at(text, 'The director'), cue: 'said', cue_start: at(text, 'said the sequel'),
    });
  });

  test('negative: an opening word the article capitalises elsewhere still names the organisation', () => {
    const text = 'Keller president Ana Ruiz toured the port on Monday. Tomas Brevik, who sells ferries to Keller, said the pier was unsafe. The president said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({ speaker_mention: 'The president' });
    expect(quote(text, 'the state would pay').speaker).not.toBe('Ana Ruiz');
  });
});

describe('a description that says whose role it is in small letters ("the union president")', () => {
  test('is not the President named earlier: with no union president named, the description is the speaker', () => {
    const text = 'President Paul Marsh toured the port on Monday. Marsh said the pier was unsafe. The union president said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({
      text: 'the state would pay for repairs', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The union president',
      speaker_start: at(text, 'The union president'), cue: 'said', cue_start: at(text, 'said the state'),
    });
  });

  test('finds the person named with the same word ("Union president Ana Ruiz")', () => {
    const text = 'Union president Ana Ruiz and President Paul Marsh toured the port on Monday. Marsh said the pier was unsafe. The union president said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({ type: 'indirect', speaker: 'Ana Ruiz', speaker_kind: 'person', speaker_mention: 'The union president', cue: 'said' });
  });

  test('a body the bare title already implies still names its holder: "Captain Ana Ruiz" … "the team captain", "Mayor Ines Tovar" … "the city mayor"', () => {
    const captain = 'Captain Ana Ruiz scored twice on Sunday. “We deserved the win,” the team captain said.';
    expect(quote(captain, 'We deserved the win')).toMatchObject({
      type: 'direct', speaker: 'Ana Ruiz', speaker_mention: 'the team captain', speaker_start: at(captain, 'the team captain'), cue: 'said',
    });
    const mayor = 'Mayor Ines Tovar opened the new pier in Port Elwin. “It is a good day for the harbour,” the city mayor said.';
    expect(quote(mayor, 'It is a good day')).toMatchObject({ type: 'direct', speaker: 'Ines Tovar', speaker_mention: 'the city mayor', cue: 'said' });
  });

  test('negative: a body the title does not imply is still another office ("Captain Ana Ruiz" … "the union captain")', () => {
    const text = 'Captain Ana Ruiz scored twice on Sunday. “We deserved the win,” the union captain said.';
    expect(quote(text, 'We deserved the win')).toMatchObject({ speaker: null, speaker_mention: 'the union captain' });
  });

  test('negative: an adjective before the role is no organisation ("the longtime senator")', () => {
    const text = 'Sen. Mara Okafor toured the port on Monday. Harbour chief Tomas Brevik said the pier was unsafe. The longtime senator said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({ speaker: 'Mara Okafor', speaker_mention: 'The longtime senator' });
  });
});

describe('one who speaks for another ("the spokeswoman") is never the person last named', () => {
  test('with no spokeswoman named, the description is the speaker', () => {
    const text = 'Mara Okafor said the tour would go ahead. The spokeswoman said tickets were sold out.';
    expect(quote(text, 'tickets were sold out')).toMatchObject({
      text: 'tickets were sold out', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The spokeswoman',
      speaker_start: at(text, 'The spokeswoman'), cue: 'said', cue_start: at(text, 'said tickets'),
    });
  });

  test('the spokeswoman named with the role is found', () => {
    const text = 'Spokeswoman Lena Brandt met reporters in Port Elwin. Mara Okafor said the tour would go ahead. The spokeswoman said tickets were sold out.';
    expect(quote(text, 'tickets were sold out')).toMatchObject({ type: 'indirect', speaker: 'Lena Brandt', speaker_mention: 'The spokeswoman', cue: 'said' });
  });

  test('negative: a principal\'s role ("the singer") still falls back to the one last named', () => {
    const text = 'Mara Okafor said the tour would go ahead. The singer said tickets were sold out.';
    expect(quote(text, 'tickets were sold out')).toMatchObject({ speaker: 'Mara Okafor', speaker_mention: 'The singer' });
  });
});

describe('one who speaks for another, named beside a possessive ("her spokeswoman", "Colter’s spokeswoman", "an aide to Okafor")', () => {
  test('"Lena Brandt, her spokeswoman, said" then "the spokeswoman said" is Lena Brandt', () => {
    const text = 'Nia Colter cancelled the tour. Lena Brandt, her spokeswoman, said the singer was resting. “She needs a week off,” the spokeswoman said.';
    expect(quote(text, 'She needs a week off')).toMatchObject({
      text: 'She needs a week off,', type: 'direct', speaker: 'Lena Brandt', speaker_mention: 'the spokeswoman',
      speaker_start: at(text, 'the spokeswoman'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('"Colter’s spokeswoman, Lena Brandt, said" and "His aide, Jana Pruett, said": the role before the name', () => {
    const named = 'Nia Colter cancelled the tour. Colter’s spokeswoman, Lena Brandt, said the singer was resting. “She needs a week off,” the spokeswoman said.';
    expect(quote(named, 'She needs a week off')).toMatchObject({ type: 'direct', speaker: 'Lena Brandt', speaker_mention: 'the spokeswoman', cue: 'said' });
    const pronoun = 'Tom Vick cancelled the tour. His aide, Jana Pruett, said the singer was resting. “He needs a week off,” the aide said.';
    expect(quote(pronoun, 'He needs a week off')).toMatchObject({ type: 'direct', speaker: 'Jana Pruett', speaker_mention: 'the aide', cue: 'said' });
  });

  test('"Jana Pruett, an aide to Okafor, said" then "the aide said" is Jana Pruett', () => {
    const text = 'Mara Okafor cancelled the tour. Jana Pruett, an aide to Okafor, said the singer was resting. “She needs a week off,” the aide said.';
    expect(quote(text, 'She needs a week off')).toMatchObject({ type: 'direct', speaker: 'Jana Pruett', speaker_mention: 'the aide', speaker_start: at(text, 'the aide'), cue: 'said' });
  });

  test('negative: one named with no such role ("Lena Brandt, her sister,", "Jana Pruett said") is not "the spokeswoman" or "the aide"', () => {
    const sister = 'Nia Colter cancelled the tour. Lena Brandt, her sister, said the singer was resting. “She needs a week off,” the spokeswoman said.';
    expect(quote(sister, 'She needs a week off')).toMatchObject({ speaker: null, speaker_mention: 'the spokeswoman' });
    const plain = 'Mara Okafor cancelled the tour. Jana Pruett said the singer was resting. “She needs a week off,” the aide said.';
    expect(quote(plain, 'She needs a week off')).toMatchObject({ speaker: null, speaker_mention: 'the aide' });
  });
});

describe('a recent speaker quoted in another role gives way to the holder of the described one', () => {
  test('"Her spokeswoman, Lena Brandt, said" then "the singer said" is the singer', () => {
    const text = 'Singer Mara Okafor said the tour would go ahead. Her spokeswoman, Lena Brandt, said tickets were sold out. The singer said she was tired.';
    expect(quote(text, 'tickets were sold out')).toMatchObject({ speaker: 'Lena Brandt', speaker_role: 'spokeswoman' });
    expect(quote(text, 'she was tired')).toMatchObject({
      text: 'she was tired', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'The singer',
      speaker_start: at(text, 'The singer'), cue: 'said', cue_start: at(text, 'said she was tired'),
    });
  });

  test('negative: a recent speaker quoted with no role at all stays (news drops a role it takes for granted)', () => {
    const text = 'Singer Mara Okafor said the tour would go ahead. Lena Brandt said tickets were sold out. The singer said she was tired.';
    expect(quote(text, 'she was tired')).toMatchObject({ speaker: 'Lena Brandt', speaker_mention: 'The singer' });
  });
});

describe('a person\'s name before a role says whom it serves, no organisation', () => {
  test('"Okafor spokesman Tomas Brevik" is "the spokesman"', () => {
    const text = 'Mara Okafor toured the port on Monday. Okafor spokesman Tomas Brevik said the pier was unsafe. Paul Marsh said the ferry was late. The spokesman said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({
      text: 'the state would pay for repairs', type: 'indirect', speaker: 'Tomas Brevik', speaker_mention: 'The spokesman',
      speaker_start: at(text, 'The spokesman'), cue: 'said', cue_start: at(text, 'said the state'),
    });
  });

  test('negative: an organisation\'s name before the role must still be repeated ("Keller spokesman")', () => {
    const text = 'Keller spokesman Tomas Brevik said the pier was unsafe. Paul Marsh, who sells ferries to Keller, said the ferry was late. The spokesman said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({ speaker: null, speaker_mention: 'The spokesman' });
  });
});

describe('an owned description with no holder keeps a recent speaker known by no role', () => {
  test('negative: "Tomas Brevik founded the club" … "the club founder said" stays with Brevik', () => {
    const text = 'Tomas Brevik founded the club in 1998. Brevik said the pier was unsafe. The club founder said the state would pay for repairs.';
    expect(quote(text, 'the state would pay')).toMatchObject({ type: 'indirect', speaker: 'Tomas Brevik', speaker_mention: 'The club founder', cue: 'said' });
  });
});

describe('a royal title used alone refers to the one named with it', () => {
  test('"King Roderic of Lindavia" … "the King said" is King Roderic, not the teacher quoted last', () => {
    const text = 'King Roderic of Lindavia opened the bridge on Monday. Mara Okafor, a teacher, said the crowd was large. “It is a proud day,” the King said.';
    expect(quote(text, 'It is a proud day')).toMatchObject({
      text: 'It is a proud day,', type: 'direct', speaker: 'King Roderic', speaker_mention: 'the King',
      speaker_start: at(text, 'the King said'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('"the Duke" and "the Queen" likewise; the given name alone is the titled person too', () => {
    const text = 'Duke Anselm and Queen Mara toured the port on Monday. Tomas Brevik said the pier was unsafe. “We will rebuild it,” the Duchess said. “It will take a year,” the Duke said. Mara said the crown would pay.';
    expect(quote(text, 'It will take a year')).toMatchObject({ speaker: 'Duke Anselm', speaker_mention: 'the Duke' });
    expect(quote(text, 'the crown would pay')).toMatchObject({ speaker: 'Queen Mara', speaker_mention: 'Mara' });
  });

  test('no one named with the title: "the Queen" is no one named, not the latest speaker', () => {
    const text = 'Tomas Brevik, a teacher, watched the parade. “It is a proud day,” the Queen said.';
    expect(quote(text, 'It is a proud day')).toMatchObject({ speaker: null, speaker_mention: 'the Queen' });
  });

  test('a surname that is a title word stays a surname: "Stephen King … King said"', () => {
    const text = 'Stephen King spoke at the library on Monday. “It is a proud day,” King said.';
    expect(quote(text, 'It is a proud day')).toMatchObject({ speaker: 'Stephen King', speaker_mention: 'King' });
  });
});

describe('a military rank of two words is named by its grade alone', () => {
  test('"Lt. Col. Ira Mendez" … "the colonel said", "Lt. Gen." … "the general"', () => {
    const text = 'Lt. Col. Ira Mendez and Lt. Gen. Dana Whitcomb inspected the base on Monday. Mara Okafor, a teacher, said the gate was shut. “We are ready,” the colonel said. “The road is open,” the general said.';
    expect(quote(text, 'We are ready')).toMatchObject({
      text: 'We are ready,', type: 'direct', speaker: 'Ira Mendez', speaker_mention: 'the colonel',
      speaker_start: at(text, 'the colonel said'), cue: 'said',
    });
    expect(quote(text, 'The road is open')).toMatchObject({ speaker: 'Dana Whitcomb', speaker_mention: 'the general' });
  });

  test('"Rear Adm." is "the admiral" and the whole rank still names its holder', () => {
    const text = 'Rear Adm. Dana Whitcomb inspected the base on Monday. Mara Okafor, a teacher, said the gate was shut. “We are ready,” the admiral said. Tomas Brevik, a pilot, said the road was open. “The fleet sails at dawn,” the rear admiral said.';
    expect(quote(text, 'We are ready')).toMatchObject({ speaker: 'Dana Whitcomb', speaker_mention: 'the admiral' });
    expect(quote(text, 'The fleet sails')).toMatchObject({ speaker: 'Dana Whitcomb', speaker_mention: 'the rear admiral' });
  });

  test('an office of two words is not its last word alone: "Lt. Gov." is no "governor", and "Col." no "lieutenant colonel"', () => {
    const text = 'Lt. Gov. Dana Whitcomb and Col. Ira Mendez toured the base on Monday. Mara Okafor, a teacher, said the gate was shut. “We are ready,” the governor said. “The road is open,” the lieutenant colonel said.';
    expect(quote(text, 'We are ready')).not.toMatchObject({ speaker: 'Dana Whitcomb' });
    expect(quote(text, 'The road is open')).not.toMatchObject({ speaker: 'Ira Mendez' });
  });
});

describe('a description naming a place no one was named with stays a description', () => {
  test('"The Florida senator said" after a senator from Ohio: no canonical person, the mention kept', () => {
    const text = 'Senator Ana Ruiz of Ohio spoke first. "We need this," she said. The Florida senator said the plan was flawed.';
    expect(quote(text, 'the plan was flawed')).toMatchObject({
      type: 'indirect', text: 'the plan was flawed', speaker: null, speaker_mention: 'The Florida senator', speaker_start: at(text, 'The Florida'), speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('the place given with the name, before it, in a party tag or after "of", resolves it', () => {
    const before = 'Florida Sen. Ana Ruiz spoke first. "We need this," she said. The Florida senator said the plan was flawed.';
    expect(quote(before, 'the plan was flawed')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'The Florida senator' });
    const tagged = 'Sen. Ana Ruiz (R-Fla.) spoke first. "We need this," she said. The Florida senator said the plan was flawed.';
    expect(quote(tagged, 'the plan was flawed')).toMatchObject({ speaker: 'Ana Ruiz' });
    const after = 'Sen. Ana Ruiz of Florida spoke first. "We need this," she said. The Florida senator said the plan was flawed.';
    expect(quote(after, 'the plan was flawed')).toMatchObject({ speaker: 'Ana Ruiz', speaker_kind: 'person' });
  });

  test('a holder named with no place, or with the place in an apposition, is still the one the description names', () => {
    const apposition = 'Owen Marsh, the governor of Utah, signed the bill on Monday. “It is law now,” the Utah governor said.';
    expect(quote(apposition, 'It is law now')).toMatchObject({
      text: 'It is law now,', type: 'direct', speaker: 'Owen Marsh', speaker_mention: 'the Utah governor', speaker_start: at(apposition, 'the Utah governor'), speaker_kind: 'person', cue: 'said',
    });
    const unstated = 'Gov. Owen Marsh signed the bill on Monday in Provo. “It is law now,” the Utah governor said.';
    expect(quote(unstated, 'It is law now')).toMatchObject({ speaker: 'Owen Marsh', speaker_mention: 'the Utah governor', speaker_kind: 'person' });
    const twoWords = 'Ada Lind, a Democratic senator from New Jersey, voted no. “This bill fails us,” the New Jersey senator said.';
    expect(quote(twoWords, 'This bill fails us')).toMatchObject({ speaker: 'Ada Lind', speaker_mention: 'the New Jersey senator', speaker_kind: 'person' });
  });

  test('negative: no one named with the role at all, "Gov. Owen Marsh" before "the Utah senator": a description of someone else', () => {
    const text = 'Gov. Owen Marsh spoke first. "We need this," he said. The Utah senator said the plan was flawed.';
    expect(quote(text, 'the plan was flawed')).toMatchObject({ speaker: null, speaker_mention: 'The Utah senator', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('no place in the description: "The senator said" still refers back', () => {
    const text = 'Sen. Ana Ruiz spoke first. "We need this," she said. The senator said the plan was flawed.';
    expect(quote(text, 'the plan was flawed')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'The senator' });
  });
});

describe('a "co-" role is a role wherever the plain one is', () => {
  test('"The co-host said" gives the role co-host, as "The host said" gives host', () => {
    const text = 'The co-host said the late show was "finished for good".';
    expect(quote(text, 'finished for good')).toMatchObject({
      text: 'finished for good', type: 'partial', speaker: null, speaker_mention: 'The co-host', speaker_role: 'co-host',
      speaker_kind: 'anonymous', cue: 'said', start: at(text, 'finished'), end: at(text, 'finished') + 17,
    });
  });

  test('near miss: the plain role keeps its role, and a hyphenated word that is no role gets none', () => {
    const host = 'The host said the late show was "finished for good".';
    expect(quote(host, 'finished for good')).toMatchObject({ speaker_mention: 'The host', speaker_role: 'host' });
    const other = 'The co-op said the late show was "finished for good".';
    expect(quote(other, 'finished for good')).toMatchObject({ speaker_role: null });
  });
});

// A description opening a clause set against one about a person known by another role is someone else: the
// writer would say "she".
describe('a description after a contrasting joiner, beside a clause about a named person', () => {
  test('"Councillor NAME called the plan “…”, but the mayor said …": the mayor is no one named', () => {
    const text = 'Councillor Ilsa Varga called the plan “a costly error,” but the mayor said the city would go ahead with it.';
    expect(quote(text, 'the city')).toMatchObject({
      type: 'indirect', text: 'the city would go ahead with it', speaker: null, speaker_mention: 'the mayor', speaker_start: at(text, 'the mayor'),
      speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said the'),
    });
    expect(quote(text, 'a costly')).toMatchObject({ type: 'partial', speaker: 'Ilsa Varga', cue: 'called' });
  });

  test('"Councillor NAME called …, while the mayor said …": "while" sets the clause against the first too', () => {
    const text = 'Councillor Ilsa Varga called the plan a mistake, while the mayor said the city would go ahead with it.';
    expect(quote(text, 'the city')).toMatchObject({ speaker: null, speaker_mention: 'the mayor', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('a comma outside the closing mark: "… “a costly error”, but the mayor said …" leaves the partial to its own cue', () => {
    const text = 'Councillor Ilka Varga called the levy “a costly error”, but the mayor said the city would go ahead with it.';
    expect(quote(text, 'a costly')).toMatchObject({
      type: 'partial', text: 'a costly error', start: at(text, 'a costly'), end: at(text, 'a costly') + 14,
      speaker: 'Ilka Varga', speaker_mention: 'Ilka Varga', speaker_kind: 'person', cue: 'called', cue_start: at(text, 'called'),
    });
    expect(quote(text, 'the city')).toMatchObject({ speaker: null, speaker_mention: 'the mayor', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('near miss: a frame after the comma outside the mark is still the quotation\'s ("“…”, the mayor said")', () => {
    const text = 'The levy was “a costly error”, the mayor said.';
    expect(quote(text, 'a costly')).toMatchObject({ type: 'partial', text: 'a costly error', speaker: null, speaker_mention: 'the mayor', cue: 'said' });
  });

  test('negative: the same person by a role of her own ("NAME, Elton’s mayor, …, but the mayor said")', () => {
    const text = 'Ana Ruiz, Elton’s mayor, praised the budget, but the mayor said it would need cuts.';
    expect(quote(text, 'it would need')).toMatchObject({
      type: 'indirect', text: 'it would need cuts', speaker: 'Ana Ruiz', speaker_mention: 'the mayor', speaker_kind: 'person', cue: 'said',
    });
    const before = 'Elton’s mayor, Ana Ruiz, opened the session. Ruiz praised the budget, though the mayor warned it would need cuts.';
    expect(quote(before, 'it would need')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'the mayor', cue: 'warned' });
  });

  test('negative: an epithet names no role, so it is the same person ("…, but the 54-year-old said"), even after a title', () => {
    const text = 'Ana Ruiz has led Elton since 2019. Ruiz praised the budget, but the 54-year-old said it would need cuts.';
    expect(quote(text, 'it would need')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'the 54-year-old', speaker_kind: 'person', cue: 'said' });
    const titled = 'Mayor Ana Ruiz praised the budget, but the 54-year-old said it would need cuts.';
    expect(quote(titled, 'it would need')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'the 54-year-old' });
  });

  test('negative: one known by no role, or joined by "and", is not set apart ("NAME praised …, and the mayor said")', () => {
    const joined = 'Ana Ruiz praised the budget, and the mayor said it would need cuts.';
    expect(quote(joined, 'it would need')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'the mayor', speaker_kind: 'person' });
    const contrasted = 'Ana Ruiz praised the budget, but the mayor said it would need cuts.';
    expect(quote(contrasted, 'it would need')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'the mayor', speaker_kind: 'person' });
  });

  test('negative: one named with the role stays the description\'s ("Mayor NAME …, and the mayor said")', () => {
    const text = 'Mayor Ilsa Varga called the plan “a costly error,” and the mayor said the city would drop it.';
    expect(quote(text, 'the city')).toMatchObject({ speaker: 'Ilsa Varga', speaker_mention: 'the mayor', speaker_kind: 'person' });
  });

  test('negative: a closing frame\'s description after a name in the report is that person ("… NAME’s band …, the singer has told OUTLET")', () => {
    const text = 'A second drummer will tour with Ralf Denning’s band this winter, the singer has told the Courier.';
    expect(quote(text, 'A second drummer')).toMatchObject({ type: 'indirect', speaker: 'Ralf Denning', speaker_mention: 'the singer', speaker_kind: 'person', cue: 'told' });
  });
});

// cues.json go_between_roles: an agent or lawyer speaks for a client; "the agent", "the lawyer" are the one named with that role.
describe('"the agent", "the lawyer" are the one named with that role', () => {
  test('"The family\'s lawyer, NAME," just before: "the lawyer said" is that lawyer', () => {
    const text = 'The family\'s lawyer, Ana Ruiz, spoke outside court. “We will appeal,” the lawyer said.';
    expect(quote(text, 'We will appeal')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'the lawyer', cue: 'said' });
  });

  test('negative: "Spokesman NAME" is not "the spokeswoman"', () => {
    const text = 'Spokesman Tom Baker met reporters on Monday. “We are cooperating,” the spokeswoman said.';
    expect(quote(text, 'We are cooperating')).toMatchObject({ speaker: null, speaker_mention: 'the spokeswoman', speaker_kind: 'anonymous' });
  });

  test('"his agent, NAME," before: the agent is that person', () => {
    const text = 'Bruno Calloway has quit the series, his agent, Nadia Osei, said on Friday. Calloway will shoot a western in Chile instead, the agent said.';
    expect(quote(text, 'Calloway will shoot')).toMatchObject({
      type: 'indirect', speaker: 'Nadia Osei', speaker_mention: 'the agent', speaker_start: at(text, 'the agent said'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('"attorney NAME" is "the lawyer" (news uses the two for each other), and "a literary agent" is "the agent"', () => {
    const lawyer = 'Bruno Calloway has quit the series, said attorney Nadia Osei. Calloway will shoot a western in Chile instead, the lawyer said.';
    expect(quote(lawyer, 'Calloway will shoot')).toMatchObject({ type: 'indirect', speaker: 'Nadia Osei', speaker_mention: 'the lawyer' });
    const agent = 'Nadia Osei, a literary agent, spoke on Monday. The memoir sold well, the agent said.';
    expect(quote(agent, 'The memoir sold')).toMatchObject({ type: 'indirect', speaker: 'Nadia Osei', speaker_mention: 'the agent' });
  });

  test('an organisation\'s title before the name ("Customs agent NAME") is still "the agent", not the suspect named since', () => {
    const text = 'Customs agent Lars Engel stopped the truck near Halden. Petra Solberg was arrested at the scene. “She had forged papers,” the agent said.';
    expect(quote(text, 'She had forged papers')).toMatchObject({
      type: 'direct', text: 'She had forged papers,', speaker: 'Lars Engel', speaker_mention: 'the agent', speaker_kind: 'person',
      speaker_start: at(text, 'the agent said'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('an acronym or a company before the title: "DEA agent NAME", "Volvo lawyer NAME"', () => {
    const dea = 'DEA agent Lars Engel interviewed Petra Solberg for hours. “She named her supplier,” the agent said.';
    expect(quote(dea, 'She named her supplier')).toMatchObject({ type: 'direct', speaker: 'Lars Engel', speaker_mention: 'the agent', speaker_kind: 'person', cue: 'said' });
    const company = 'Volvo lawyer Ingrid Aas answered after Petra Solberg testified. “The brakes were sound,” the lawyer said.';
    expect(quote(company, 'The brakes were sound')).toMatchObject({ type: 'direct', speaker: 'Ingrid Aas', speaker_mention: 'the lawyer', speaker_kind: 'person', cue: 'said' });
    // The company may be repeated; another company may not.
    expect(quote(company.replace('the lawyer said', 'the Volvo lawyer said'), 'The brakes were sound')).toMatchObject({ speaker: 'Ingrid Aas', speaker_mention: 'the Volvo lawyer' });
    expect(quote(company.replace('the lawyer said', 'the Saab lawyer said'), 'The brakes were sound')).toMatchObject({ speaker: null, speaker_mention: 'the Saab lawyer', speaker_kind: 'anonymous' });
  });

  test('a field in small letters before the title: "criminal defense attorney NAME", "tax lawyer NAME"', () => {
    const defense = 'The court heard from defense attorney Ingrid Aas after Petra Solberg spoke. Solberg said she was innocent. “My client was abroad,” the defense attorney added.';
    expect(quote(defense, 'My client was abroad')).toMatchObject({
      type: 'direct', text: 'My client was abroad,', speaker: 'Ingrid Aas', speaker_mention: 'the defense attorney', speaker_kind: 'person', cue: 'added',
    });
    const tax = 'Petra Solberg hired tax lawyer Ingrid Aas in May. Solberg said the audit was unfair. “The return was filed on time,” the attorney said.';
    expect(quote(tax, 'The return was filed')).toMatchObject({ type: 'direct', speaker: 'Ingrid Aas', speaker_mention: 'the attorney', speaker_kind: 'person', cue: 'said' });
  });

  test('the other shapes of role phrase: "The family\'s lawyer, NAME,", "NAME, Solberg\'s attorney,", "NAME, a Bergen lawyer,", "NAME, an Interpol agent,"', () => {
    const family = 'The family\'s lawyer, Ingrid Aas, spoke for Petra Solberg. “We will appeal,” the lawyer said.';
    expect(quote(family, 'We will appeal')).toMatchObject({ type: 'direct', speaker: 'Ingrid Aas', speaker_mention: 'the lawyer', speaker_kind: 'person', cue: 'said' });
    const apposed = 'Lars Engel, Solberg\'s attorney, visited Petra Solberg in jail. “She is calm,” the lawyer said.';
    expect(quote(apposed, 'She is calm')).toMatchObject({ speaker: 'Lars Engel', speaker_mention: 'the lawyer', speaker_kind: 'person' });
    const place = 'Ingrid Aas, a Bergen lawyer, spoke for Petra Solberg. “We will appeal,” the lawyer said.';
    expect(quote(place, 'We will appeal')).toMatchObject({ speaker: 'Ingrid Aas', speaker_mention: 'the lawyer', speaker_kind: 'person' });
    const agency = 'Lars Engel, an Interpol agent, traced Petra Solberg to Riga. “She used three passports,” the agent said.';
    expect(quote(agency, 'She used three passports')).toMatchObject({ type: 'direct', speaker: 'Lars Engel', speaker_mention: 'the agent', speaker_kind: 'person', cue: 'said' });
  });

  test('two agents named: "the agent" is the one named last before it', () => {
    const text = 'Customs agent Lars Engel stopped the truck. DEA agent Ingrid Aas searched the cab. “The cargo was hidden well,” the agent said.';
    expect(quote(text, 'The cargo was hidden')).toMatchObject({ speaker: 'Ingrid Aas', speaker_mention: 'the agent', speaker_kind: 'person' });
    const again = 'Customs agent Lars Engel stopped the truck. DEA agent Ingrid Aas searched the cab. Engel said the driver ran. “The cargo was hidden well,” the agent said.';
    expect(quote(again, 'The cargo was hidden')).toMatchObject({ speaker: 'Lars Engel', speaker_mention: 'the agent', speaker_kind: 'person' });
  });

  test('negative: the client just quoted, no lawyer named: "the lawyer said" is the anonymous lawyer, not the client', () => {
    const text = 'Petra Solberg denied the charges on Tuesday. “I was never in Riga,” Solberg said. “The case is weak,” the lawyer said.';
    expect(quote(text, 'I was never in Riga')).toMatchObject({ speaker: 'Petra Solberg', cue: 'said' });
    expect(quote(text, 'The case is weak')).toMatchObject({ type: 'direct', text: 'The case is weak,', speaker: null, speaker_mention: 'the lawyer', speaker_kind: 'anonymous', cue: 'said' });
    const actor = 'Actor Lars Engel has left the play. Engel will direct a comedy in Oslo next year, the agent said.';
    expect(quote(actor, 'Engel will direct')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'the agent', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('a lawyer named by what they do, never quoted before: "the lawyer said" is the one last named', () => {
    const hired = 'The Dahl brothers retained Marit Lunde to fight the eviction. Lunde lodged an appeal on Friday. The lawyer said the landlord had broken the lease.';
    expect(quote(hired, 'the landlord had broken')).toMatchObject({
      type: 'indirect', text: 'the landlord had broken the lease', speaker: 'Marit Lunde', speaker_mention: 'The lawyer', speaker_kind: 'person',
      speaker_start: at(hired, 'The lawyer said'), cue: 'said', cue_start: at(hired, 'said the landlord'),
    });
    const represents = 'Jonas Berg, who acts for the tenants, lodged the complaint. “Nobody listened to them,” the attorney said.';
    expect(quote(represents, 'Nobody listened')).toMatchObject({ type: 'direct', text: 'Nobody listened to them,', speaker: 'Jonas Berg', speaker_mention: 'the attorney', speaker_kind: 'person', cue: 'said' });
  });

  test('negative: the fallback is for a bare trade only: not "the spokesman", a firm\'s lawyer or a client\'s agent', () => {
    const spokesman = 'The Dahl brothers retained Marit Lunde to fight the eviction. The spokesman said the landlord had broken the lease.';
    expect(quote(spokesman, 'the landlord had broken')).toMatchObject({ speaker: null, speaker_mention: 'The spokesman', speaker_kind: 'anonymous' });
    const firm = 'The Dahl brothers retained Marit Lunde to fight the eviction. The Statoil lawyer said the landlord had broken the lease.';
    expect(quote(firm, 'the landlord had broken')).toMatchObject({ speaker: null, speaker_mention: 'The Statoil lawyer', speaker_kind: 'anonymous' });
    const client = 'Jonas Berg topped the charts in June. “He is resting now,” the singer\'s agent said.';
    expect(quote(client, 'He is resting now')).toMatchObject({ speaker: null, speaker_mention: 'the singer\'s agent', speaker_kind: 'anonymous' });
  });

  test('negative: an office holding "attorney" is not "the attorney" alone when another role is spoken of; "Attorney General NAME" is no lawyer', () => {
    const text = 'Attorney General Lars Engel opened an inquiry. Petra Solberg said she would cooperate. “We have nothing to hide,” the lawyer said.';
    expect(quote(text, 'We have nothing to hide')).toMatchObject({ speaker: null, speaker_mention: 'the lawyer', speaker_kind: 'anonymous' });
  });
});

// cues.json compound_roles: a free agent is a player without a contract, no one's agent.
describe('"the free agent" is the player named so, or the recent speaker', () => {
  test('"Free agent NAME" … "the free agent said" is that player', () => {
    const text = 'Free agent Lars Engel trained with the Ravens on Monday. Coach Ingrid Aas said he looked sharp. “I want a title,” the free agent said.';
    expect(quote(text, 'I want a title')).toMatchObject({ type: 'direct', speaker: 'Lars Engel', speaker_mention: 'the free agent', speaker_kind: 'person', cue: 'said' });
  });

  test('negative: "free agent NAME" is not "the agent", who speaks for him', () => {
    const text = 'Free agent Lars Engel met the Ravens on Monday. Engel said the talks went well. “He wants four years,” the agent said.';
    expect(quote(text, 'He wants four years')).toMatchObject({ speaker: null, speaker_mention: 'the agent', speaker_kind: 'anonymous' });
  });

  test('a player who became a free agent in the story is "the free agent" (no one named with the role)', () => {
    const text = 'Lars Engel, the striker, became a free agent on Monday. “I want a title,” the free agent said.';
    expect(quote(text, 'I want a title')).toMatchObject({ speaker: 'Lars Engel', speaker_mention: 'the free agent', speaker_kind: 'person' });
  });
});

// roleMentions: a possessor that is a common noun, and the capitalised words beside one who speaks for another.
describe('role phrases a later description names', () => {
  test('"The family\'s doctor, NAME,": the possessor is left out and the role is that person\'s', () => {
    const text = 'The family\'s doctor, Ana Ruiz, spoke on Monday. Gov. Lena Park said the clinic would close. “She is stable,” the doctor said.';
    expect(quote(text, 'She is stable')).toMatchObject({ type: 'direct', text: 'She is stable,', speaker: 'Ana Ruiz', speaker_mention: 'the doctor', cue: 'said' });
  });

  test('negative: a common-noun possessor that is a role gives the person no role ("The senator\'s doctor, NAME," is no senator)', () => {
    const text = 'The senator\'s doctor, Ana Ruiz, spoke on Monday. Gov. Lena Park said the clinic would close. “She is stable,” the senator said.';
    expect(quote(text, 'She is stable')).toMatchObject({ speaker: 'Lena Park', speaker_mention: 'the senator' });
  });

  test('one who speaks for another, in an apposition opened by "a" or a possessor, needs no owner word in the description ("NAME, a Sony spokeswoman,", "Lindqvist\'s spokeswoman, NAME,")', () => {
    const apposed = 'Ana Ruiz, a Sony spokeswoman, spoke for Tom Baker on Monday. “We are cooperating,” the spokeswoman said.';
    expect(quote(apposed, 'We are cooperating')).toMatchObject({ type: 'direct', text: 'We are cooperating,', speaker: 'Ana Ruiz', speaker_mention: 'the spokeswoman', speaker_kind: 'person', cue: 'said' });
    const possessed = 'Lindqvist\'s spokeswoman, Ana Ruiz, spoke for Tom Baker on Monday. “We are cooperating,” the spokeswoman said.';
    expect(quote(possessed, 'We are cooperating')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'the spokeswoman', speaker_kind: 'person' });
  });

  test('negative: a title before the name keeps its owner ("Sony spokesman NAME" is not "the spokesman"), as does "the Sony spokesman" set off after it', () => {
    const prefixed = 'Sony spokesman Tom Baker spoke for Ana Ruiz on Monday. “We are cooperating,” the spokesman said.';
    expect(quote(prefixed, 'We are cooperating')).toMatchObject({ speaker: null, speaker_mention: 'the spokesman', speaker_kind: 'anonymous' });
    const definite = 'Tom Baker, the Sony spokesman, spoke for Ana Ruiz on Monday. “We are cooperating,” the spokesman said.';
    expect(quote(definite, 'We are cooperating')).toMatchObject({ speaker: null, speaker_mention: 'the spokesman', speaker_kind: 'anonymous' });
  });

  test('negative: an office keeps its owner ("Harbour Bank President NAME" is not "the president")', () => {
    const text = 'President Paul Marsh spoke first. Harbour Bank President Ada Lind spoke next. Gov. Lena Park said the talks were long. The president said the pier would reopen.';
    expect(quote(text, 'the pier would reopen')).toMatchObject({ speaker: 'Paul Marsh', speaker_mention: 'The president' });
  });
});

describe('a bare role after unnamed holders of it were brought in', () => {
  const trial = (middle: string) => `Nadia Kross was convicted on Friday of forging the permits.\n\nKross said nothing as the verdict was read.\n\n${middle}\n\n“We went through every page twice,” the juror said.`;

  test('"Two jurors spoke to reporters. One said …" then "“…,” the juror said": one of them, never the convicted woman', () => {
    const text = trial('Two jurors spoke to reporters afterwards. One said the talks had been long. Another said the ledger had decided it.');
    expect(quote(text, 'We went')).toMatchObject({
      text: 'We went through every page twice,', type: 'direct', start: at(text, 'We went'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'the juror', speaker_start: at(text, 'the juror'), speaker_role: 'juror', cue: 'said', outlet: null,
    });
  });

  test('near miss: a juror named with the role is that juror', () => {
    const text = trial('Two jurors spoke to reporters afterwards. One of them, Piet Alder, a juror from Leiden, said the talks had been long.');
    expect(quote(text, 'We went')).toMatchObject({ speaker: 'Piet Alder', speaker_kind: 'person', speaker_mention: 'the juror', cue: 'said' });
  });
});

describe('unnamed holders read in one pass over the role word: plural in -s or -es, or after "a", "an", "one", "another"', () => {
  const hearing = (middle: string, role: string) => `Nadia Kross was cleared on Friday of forging the permits.\n\nKross said nothing as the ruling was read.\n\n${middle}\n\n“Nobody believed the ledger,” the ${role} said.`;

  test('"Two witnesses …" (plural in -es) and "Another juror …" (an indefinite word before the role): the bare role is one of them', () => {
    for (const [middle, role] of [['Two witnesses spoke outside the court.', 'witness'], ['Another juror spoke outside the court.', 'juror'], ['One clerk spoke outside the court.', 'clerk']] as const) {
      const text = hearing(middle, role);
      expect(quote(text, 'Nobody believed')).toMatchObject({
        text: 'Nobody believed the ledger,', type: 'direct', start: at(text, 'Nobody believed'), speaker: null, speaker_kind: 'anonymous',
        speaker_mention: `the ${role}`, speaker_start: at(text, `the ${role} said`), cue: 'said', outlet: null,
      });
    }
  });

  test('near miss: the role word inside a longer word ("eyewitnesses") brings in no holder of it: the rule leaves the speaker to recency', () => {
    const text = hearing('Several eyewitnesses spoke outside the court.', 'witness');
    expect(quote(text, 'Nobody believed')).toMatchObject({ text: 'Nobody believed the ledger,', speaker: 'Nadia Kross', speaker_kind: 'person', speaker_mention: 'the witness', cue: 'said' });
  });
});
