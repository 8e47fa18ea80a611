// Puppets a report names: "the puppets Bramble the Badger and Mrs Whiskers", "the puppet Captain Nib". A puppet is a
// part its puppeteer works or voices, never a person, even behind a form of address ("Mrs").

// One puppet's name: maybe a form of address, a capitalised word, maybe "the" and a capitalised kind ("Bramble the Badger").
const PUPPET_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Captain|Uncle|Aunt|Auntie|Grandpa|Granny|Professor|Sir|Lady)\.?[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+the[ \t]+\p{Lu}\p{Ll}+)?`;
const PUPPETS = new RegExp(String.raw`\bpuppets?[ \t]+(${PUPPET_NAME})(?:,[ \t]+(${PUPPET_NAME}))?(?:,?[ \t]+and[ \t]+(${PUPPET_NAME}))?(?![\p{L}'’-]|[ \t]+\p{Lu})`, 'gu');

// "The show's puppet, Barnaby Badger, …", "its new puppet, Mrs Pott, …": a name set off by commas after an owned
// puppet is the puppet's, two capitalised words allowed (a puppet's name is closed by the second comma, so
// "the puppet, Ann Lee said" stays a person's).
const OWNED_PUPPET = new RegExp(String.raw`(?:['’]s|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]he))[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?puppet,[ \t]+(${PUPPET_NAME}|\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+),`, 'gu');

/** The names right after "the puppet"/"the puppets", a list of up to three, or set off after "the show's puppet,". */
export function puppetParts(text: string): string[] {
  if (!text.includes('puppet')) return [];
  const parts: string[] = [];
  for (const m of text.matchAll(PUPPETS)) for (const name of [m[1], m[2], m[3]]) if (name && !parts.includes(name)) parts.push(name);
  for (const m of text.matchAll(OWNED_PUPPET)) if (!parts.includes(m[1]!)) parts.push(m[1]!);
  return parts;
}
