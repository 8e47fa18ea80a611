import { readDataFile } from './data-file.js';

/** Acts whose one-word subject is a person (data/personal-message-acts.json): "posted a letter", "wrote on Instagram". */
export interface PersonalMessageActs {
  verbs: ReadonlySet<string>;
  objects: ReadonlySet<string>;
  platformVerbs: ReadonlySet<string>;
}

let acts: PersonalMessageActs | undefined;

export function personalMessageActs(): PersonalMessageActs {
  if (!acts) {
    const data = readDataFile<{ verbs: string[]; objects: string[]; platform_verbs: string[] }>('personal-message-acts.json');
    acts = { verbs: new Set(data.verbs), objects: new Set(data.objects), platformVerbs: new Set(data.platform_verbs) };
  }
  return acts;
}
