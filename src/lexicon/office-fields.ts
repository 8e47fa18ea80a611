import { readDataFile } from './data-file.js';

export interface OfficeFieldLists { office_fields: string[]; given_names_with_field_endings: string[] }

let lists: OfficeFieldLists | undefined;

/** Fields a title of office is written with, and given names that end like one (data/office-fields.json). */
export function officeFieldLists(): OfficeFieldLists {
  lists ??= readDataFile<OfficeFieldLists>('office-fields.json');
  return lists;
}
