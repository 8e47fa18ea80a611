import { wordSetFrom } from './data-file.js';

let forms: ReadonlySet<string> | undefined;

/** Word forms the tagger may rightly read as auxiliaries, lower case (data/aux-tagged-forms.json). */
export function auxTaggedForms(): ReadonlySet<string> {
  forms ??= wordSetFrom('aux-tagged-forms.json', 'forms');
  return forms;
}
