import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * ~49,000 passwords seen most often in public breach corpora, shipped offline in the maintained
 * zxcvbn-ts common dictionary (MIT). Loaded once, lower-cased, on first use.
 */
let commonPasswords: ReadonlySet<string> | undefined;

export function isCommonPassword(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(candidate.toLowerCase());
}
