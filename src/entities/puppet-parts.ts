// Puppets a report names: "the puppets Bramble the Badger and Mrs Whiskers", "the puppet Captain Nib". A puppet is a
// part its puppeteer works or voices, never a person, even behind a form of address ("Mrs").

// One puppet's name: maybe a form of address, a capitalised word, maybe "the" and a capitalised kind ("Bramble the Badger").
const PUPPET_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Captain|Uncle|Aunt|Auntie|Grandpa|Granny|Professor|Sir|Lady)\.?[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+the[ \t]+\p{Lu}\p{Ll}+)?`;
const PUPPETS = new RegExp(String.raw`\bpuppets?[ \t]+(${PUPPET_NAME})(?:,[ \t]+(${PUPPET_NAME}))?(?:,?[ \t]+and[ \t]+(${PUPPET_NAME}))?(?![\p{L}'’-]|[ \t]+\p{Lu})`, 'gu');

/** The names right after "the puppet"/"the puppets", a list of up to three. */
export function puppetParts(text: string): string[] {
  if (!text.includes('puppet')) return [];
  const parts: string[] = [];
  for (const m of text.matchAll(PUPPETS)) for (const name of [m[1], m[2], m[3]]) if (name && !parts.includes(name)) parts.push(name);
  return parts;
}
