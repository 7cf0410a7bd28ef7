/**
 * A columnist's signature headline: "STASI: Hey, Pepsi, …" over a byline of Linda Stasi.
 * Tabloids (the New York Daily News, the New York Post) put a columnist's surname in
 * capitals before the colon of every column. A capitalised word before a colon alone
 * says nothing ("OLPC: …", "EXCLUSIVE: …", "UPDATE: …"), so it counts only when a byline
 * line names the same person: a first name, then the surname, in a line that is not the
 * headline itself ("Linda Stasi", "LINDA STASI"; not "Exclusive to the Post").
 */

/** One word of capitals (hyphen or apostrophe inside allowed), three letters or more. */
const SIGNATURE = /^(\p{Lu}[\p{Lu}'’-]{1,30}\p{Lu})\s*:\s+\S/u;

export function columnistOfHeadline(title: string | null, bylines: readonly string[]): string | null {
  if (!title || title.length > 400) return null;
  const surname = SIGNATURE.exec(title.trim())?.[1];
  if (!surname) return null;
  const wanted = surname.toLowerCase();
  const named = bylines.some((line) => line.length <= 200 && !line.trim().startsWith(surname) && namesPerson(line, wanted));
  return named ? surname : null;
}

/** A capitalised first name (or initial) right before the surname: "Linda Stasi", "L. STASI". */
// The surname in a lookahead, so that it can be the next match's first name ("By Ada West-Okafor").
const FIRST_AND_LAST = /(?<!\p{L})\p{Lu}[\p{L}'’-]*\.?\s+(?=([\p{L}'’-]+))/gu;

function namesPerson(line: string, surname: string): boolean {
  for (const match of line.matchAll(FIRST_AND_LAST)) if (match[1]?.toLowerCase() === surname) return true;
  return false;
}
