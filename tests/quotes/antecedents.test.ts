import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('hyphenated given names', () => {
  test('the surname used alone resolves to the full hyphenated name', () => {
    const text = 'Anne-Lise Varga said the ferry would stop. Varga added that she would protest.';
    expect(quote(text, 'she would')).toMatchObject({
      type: 'indirect', text: 'she would protest', start: at(text, 'she would'), speaker: 'Anne-Lise Varga', speaker_mention: 'Varga', speaker_start: at(text, 'Varga added'), cue: 'added', cue_start: at(text, 'added'),
    });
  });

  test('a name whose second half alone is someone else stays that person', () => {
    const text = 'Anne-Lise Varga runs the Harbour Board with Lise Okafor. “We will build,” Okafor said.';
    expect(quote(text, 'We will build')).toMatchObject({ speaker: 'Lise Okafor', speaker_mention: 'Okafor' });
  });

  test('a hyphenated word whose parts are no given names registers nobody', () => {
    const text = 'Harbour-Board Varga spoke first. Varga added that the ferry would stop.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker_mention: 'Varga', speaker: 'Varga' });
  });
});

describe('hyphenated surnames', () => {
  test('a hyphenated surname used alone resolves to the full name, and so does a pronoun after it', () => {
    const text = 'Ana Ruiz-Delgado runs the Harbour Board. “We will build,” Ruiz-Delgado said. Later she said the plan was ready.';
    expect(quote(text, 'We will build')).toMatchObject({
      type: 'direct', text: 'We will build,', speaker: 'Ana Ruiz-Delgado', speaker_mention: 'Ruiz-Delgado', speaker_start: at(text, 'Ruiz-Delgado said'), cue: 'said', cue_start: at(text, 'said.'),
    });
    expect(quote(text, 'the plan')).toMatchObject({ type: 'indirect', text: 'the plan was ready', speaker: 'Ana Ruiz-Delgado', speaker_mention: 'she' });
  });

  test('a given name we do not list joins a hyphenated surname the article uses alone', () => {
    const text = 'Halden Ruiz-Delgado runs the Harbour Board. “We will build,” Ruiz-Delgado said.';
    expect(quote(text, 'We will build')).toMatchObject({ speaker: 'Halden Ruiz-Delgado', speaker_mention: 'Ruiz-Delgado' });
  });

  test('only the hyphenated whole: one of its parts alone is someone else', () => {
    const text = 'Ana Ruiz-Delgado runs the Harbour Board with Tom Delgado. “We will build,” Delgado said.';
    expect(quote(text, 'We will build')).toMatchObject({ speaker: 'Tom Delgado', speaker_mention: 'Delgado' });
  });
});

describe('a named person who declined to answer is the antecedent of the "she" after', () => {
  test('"Oriel Trebb, the mayor, declined to say whether …. “…,” she said": a given name we do not list still leads back to her', () => {
    const text = 'Tom Hale spoke first.\n\nOriel Trebb, the mayor, declined to say whether the city would appeal.\n\n“We are still reading the ruling,” she said.';
    expect(quote(text, 'We are still')).toMatchObject({
      type: 'direct', text: 'We are still reading the ruling,', speaker: 'Oriel Trebb', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said',
    });
  });

  test('also with no apposition and a hearer\'s question word: "Oriel Trebb refused to say how …"', () => {
    const text = 'Tom Hale said the vote was close. Oriel Trebb refused to say how she would vote. “It is a hard call,” she said.';
    expect(quote(text, 'It is a hard')).toMatchObject({ speaker: 'Oriel Trebb', speaker_mention: 'she', cue: 'said' });
    expect(quote(text, 'the vote')).toMatchObject({ speaker: 'Tom Hale' });
  });

  test('negative: "she" does not lead back to a body that declined ("Harlow County declined to say whether it …")', () => {
    const text = 'Tom Hale spoke first. Harlow County declined to say whether it would appeal. “We are still reading the ruling,” she said.';
    expect(quote(text, 'We are still')).toMatchObject({ speaker: null, speaker_mention: 'she' });
  });
  test('negative: a "he" is not the refuser her own question clause calls "she"; the man before keeps it', () => {
    const text = 'Tom Hale praised the plan. Oriel Trebb declined to say whether she would run. “I have not decided,” he said.';
    expect(quote(text, 'I have not')).toMatchObject({ type: 'direct', speaker: 'Tom Hale', speaker_mention: 'he', cue: 'said' });
  });

  test('negative: a named speaker later in the refusal\'s sentence stands nearer the pronoun', () => {
    const text = 'Oriel Trebb refused to say whether she would resign, but her deputy, Rosa Kell, said she would. “She is staying,” she said.';
    expect(quote(text, 'She is staying')).toMatchObject({ type: 'direct', speaker: 'Rosa Kell', speaker_mention: 'she', cue: 'said' });
  });

  test('an "it" or "their" that is no subject of the question clause blocks nothing', () => {
    const text = 'Maria Trebb declined to say whether the council would approve it. “We will see,” she said.\n\nTom Hale declined to say whether their plan would pass. “Ask me Monday,” he said.';
    expect(quote(text, 'We will see')).toMatchObject({ type: 'direct', speaker: 'Maria Trebb', speaker_mention: 'she', cue: 'said' });
    expect(quote(text, 'Ask me Monday')).toMatchObject({ type: 'direct', speaker: 'Tom Hale', speaker_mention: 'he', cue: 'said' });
  });
});


describe('a pronoun with no one of its gender named within reach: the nearby person of unknown gender', () => {
  const filler = ' The boats came in late and the crowd waited on the quay for the lights to go up over the water.'.repeat(18);
  const lead = 'Tomas Vance opened the festival on Friday with a short speech about the harbour.' + filler;

  test('"he" is the critic with an unlisted given name named just before, not a man named far back', () => {
    const text = lead + '\n\nCritic Tarvo Ilves-Marr had reviewed the festival for a decade. Days after the arrest of Okonjo, Ilves-Marr volunteered to replace him on the jury. "Was I going to stay at home and complain?" he told me.';
    expect(quote(text, 'Was I going')).toMatchObject({
      text: 'Was I going to stay at home and complain?', type: 'direct', start: at(text, 'Was I going'),
      speaker: 'Tarvo Ilves-Marr', speaker_mention: 'he', cue: 'told', cue_start: at(text, 'told me'),
    });
  });

  test('near miss: a woman named within reach is "she", before the person of unknown gender', () => {
    const text = lead + '\n\nCritic Marta Kell sat beside Tarvo Ilves-Marr at the screening; Ilves-Marr left early and Kell stayed on. "It was worth the wait," she told me.';
    expect(quote(text, 'It was worth')).toMatchObject({ type: 'direct', speaker: 'Marta Kell', speaker_mention: 'she', cue: 'told' });
  });
});

describe('the subject of the sentence before, after an opening participle clause, is the "she" after', () => {
  test('a full name of unknown gender just before the pronoun outranks an earlier speaker of its gender', () => {
    const text = 'Maria Lindqvist, the label boss, said the album was late.\n\nThe band toured Europe in spring.\n\nAsked about the delay, Oona Berg declines to go into specifics.\n\n“Every tour has its storms,” she says.';
    expect(quote(text, 'Every tour')).toMatchObject({
      type: 'direct', text: 'Every tour has its storms,', start: at(text, 'Every tour'), speaker: 'Oona Berg', speaker_mention: 'she', speaker_start: at(text, 'she says'), cue: 'says', cue_start: at(text, 'says.'),
    });
  });

  test('with no name between, the earlier speaker keeps the pronoun', () => {
    const text = 'Maria Lindqvist said the album was late.\n\nThe band toured Europe in spring.\n\n“Every tour has its storms,” she says.';
    expect(quote(text, 'Every tour')).toMatchObject({ speaker: 'Maria Lindqvist', speaker_mention: 'she' });
  });
});

describe('a relative named in full inside the speaker\'s "whose" clause', () => {
  test('after an inverted cue, the lone surname is the speaker, not the relative sharing it', () => {
    const text = '“We never planned it,” says Brenner, whose aunt, Lotte Brenner, founded the cafe. “It grew.”';
    expect(quote(text, 'We never')).toMatchObject({
      type: 'direct', text: 'We never planned it,', start: at(text, 'We never'), speaker: 'Brenner', speaker_mention: 'Brenner', speaker_start: at(text, 'Brenner,'), cue: 'says', cue_start: at(text, 'says'),
    });
    expect(quote(text, 'It grew')).toMatchObject({ speaker: 'Brenner' });
  });
});

describe('a name after "of" in a description', () => {
  test('the possessor named after "of" is not the speaker: the description is', () => {
    const text = 'A cousin of jailed reporter Ines Marlow testified Monday that she heard shouting.';
    expect(quote(text, 'she heard')).toMatchObject({
      type: 'indirect', text: 'she heard shouting', start: at(text, 'she heard'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'A cousin of jailed reporter Ines Marlow', speaker_start: 0, cue: 'testified', cue_start: at(text, 'testified'),
    });
  });
});

describe('hyphenated surnames opening a sentence', () => {
  test('a pronoun after a hyphenated surname alone goes to the full name, not to a person named later in a paragraph before', () => {
    const text = 'Painter Lionel Abara-Stone died on Friday. Abara-Stone won the prize in 1981. The 2004 film about him was made by Tobias Wren.\n\n“I only painted what I saw,” he told Artforum in 1990.';
    expect(quote(text, 'I only painted')).toMatchObject({
      type: 'direct', text: 'I only painted what I saw,', start: at(text, 'I only painted'), speaker: 'Lionel Abara-Stone', speaker_mention: 'he', cue: 'told', cue_start: at(text, 'told'), outlet: 'Artforum',
    });
  });
});

describe('a nationality after "the" is no part of the name', () => {
  test('"lost to the Argentine Tomás Ibarra. Ibarra said": the speaker is Tomás Ibarra', () => {
    const text = 'Kessler lost to the Argentine Tomás Ibarra on Sunday. Ibarra said the wind had helped him.';
    expect(quote(text, 'the wind')).toMatchObject({
      type: 'indirect', text: 'the wind had helped him', start: at(text, 'the wind'), speaker: 'Tomás Ibarra', speaker_kind: 'person',
      speaker_mention: 'Ibarra', speaker_start: at(text, 'Ibarra said'), cue: 'said',
    });
  });

  test('near miss: a nationality before a word that is no given name leaves the run alone ("the Swedish Olympic Committee")', () => {
    const text = 'The Swedish Olympic Committee said the team would travel on Monday.';
    expect(quote(text, 'the team')).toMatchObject({ speaker: 'Swedish Olympic Committee', speaker_kind: 'organization' });
  });
});

// "… was “reckless.” ¶ The team’s captain, Lee Min-ho, posted …": a role and a name set in commas opening the
// sentence after a sentence that ends inside its closing quotation mark still introduce the next "he".
describe('a role apposition opening the sentence after a closing quotation mark', () => {
  const text = 'Ana Ruiz said the plan was “reckless.”\n\nThe team’s captain, Lee Min-ho, posted a photo. “We will be back,” he wrote.';

  test('"he wrote" is the captain named in the apposition, not the speaker before', () => {
    expect(quote(text, 'We will')).toMatchObject({
      type: 'direct', text: 'We will be back,', start: at(text, 'We will'), speaker: 'Lee Min-ho', speaker_mention: 'he', speaker_start: at(text, 'he wrote'),
      speaker_kind: 'person', cue: 'wrote', outlet: null,
    });
  });

  test('near miss: the same apposition as an object inside the sentence leaves "she" the speaker before', () => {
    const object = 'Ana Ruiz said the plan was “reckless.”\n\nShe thanked the team’s captain, Lee Min-ho, for his help. “We will be back,” she wrote.';
    expect(quote(object, 'We will')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'she', speaker_start: at(object, 'she wrote'), cue: 'wrote' });
  });
});
