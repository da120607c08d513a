/**
 * The validator's issue codes: one for each `validate.<code>.what` entry of the catalogue section
 * src/i18n/validate.ts. Kept apart from messages.ts (the wording), which needs the whole
 * catalogue: the validation workers (file-worker.ts) name codes but word nothing, and load only
 * this section.
 */
import { validateMessages } from '../../i18n/validate.ts';

type ValidateKey = keyof typeof validateMessages;
type CodeOf<Key> = Key extends `validate.${infer Code}.what` ? Code : never;
type After<Key, Prefix extends string> = Key extends `${Prefix}${infer Rest}` ? Rest : never;

/** The issue codes: one for each `validate.<code>.what` entry of the catalogue. */
export type MessageCode = CodeOf<ValidateKey>;
/** Why a folder name that looks like a year is not one (`validate.folderFault.<fault>`). */
export type FolderFault = After<ValidateKey, 'validate.folderFault.'>;

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(validateMessages, `validate.${code}.what`);
}
