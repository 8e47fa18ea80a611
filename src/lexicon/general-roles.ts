import { readDataFile } from './data-file.js';

interface RoleClass {
  nouns: string[];
  offices: string[];
}

let covered: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** Each general role noun (data/general-roles.json) and the offices it covers; nouns of one class share its offices. */
function generalRoles(): ReadonlyMap<string, ReadonlySet<string>> {
  if (covered) return covered;
  const classes = readDataFile<{ classes: RoleClass[] }>('general-roles.json').classes;
  covered = new Map(classes.flatMap((roleClass) => {
    const offices = new Set(roleClass.offices);
    return roleClass.nouns.map((noun) => [noun, offices] as const);
  }));
  return covered;
}

/** The offices a general role noun covers ("executive": "ceo", "chairman", …); undefined for any other word. */
export function officesCoveredBy(word: string): ReadonlySet<string> | undefined {
  return generalRoles().get(word);
}
