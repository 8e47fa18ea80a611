/**
 * "The bus, operated by Transportes Rioja Norte, left the road. The bus company said …": a name after an operating
 * participle and "by" (data/organisations.json described_bodies.operating_participles) is the service's operator,
 * which a later "the company" may stand for.
 */
import { organisationData } from '../lexicon/organisations.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { lastBodyNameIn, type NamedBody } from './last-body-name.js';

let operatedBy: RegExp | undefined;

/** The last operator named in text[from, at) as "<participle> by <Name>", no given name, role or title opening it; else null. */
export function operatorNamedBefore(text: string, from: number, at: number): NamedBody | null {
  // (Small linking words inside a name as Spanish, Portuguese and French names have them: "Cruz del Sur".)
  operatedBy ??= new RegExp(String.raw`\b(?:${organisationData().described_bodies.operating_participles.map(regExpLiteral).join('|')})[ \t]+by[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'&-]*(?:[ \t]+(?:(?:de|del|de la|la|los|las|da|do|dos|du|des|di|y|e|et|and|&)[ \t]+)?\p{Lu}[\p{L}'&-]*){0,5})`, 'gu');
  // ("run by Ana Ruiz", "owned by Mayor Ruiz": a person runs it, no company.)
  return lastBodyNameIn(text, from, at, operatedBy);
}
