/** What an ALL-CAPS dateline opening a paragraph names: "CARACAS, Venezuela (Reuters) — …". */
export interface Dateline {
  places: string[];
  agency?: string;
  /** The paragraph after the dateline. */
  rest: string;
}

// "TOKYO, Nov 26 —", "DHAKA, Bangladesh, Nov. 23, 2026 —": the day, where the dateline prints it.
const DAY = String.raw`(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)?`;
const DATELINE = new RegExp(
  String.raw`^([\p{Lu}][\p{Lu}\p{M} .'-]*[\p{Lu}\p{M}])(?:,\s*([\p{Lu}][\p{L}\p{M}.]*(?: [\p{Lu}][\p{L}\p{M}.]*)*))?${DAY}\s*(?:\(([^)]{2,40})\))?\s*[—–-]{1,2}\s*`,
  'u',
);

/** "SAN JOSÉ" → "San José"; short words after the first stay lower case ("RIO DE JANEIRO"). */
export function titleCase(caps: string): string {
  return caps
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && /^(de|del|da|do|la|el|of)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export function parseDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  // "US — a headline": two capitals alone are no dateline; with the country after them they are
  // ("BA, Fiji, Dec 10 —", the town of Ba).
  if (!match || match[1]!.replace(/[^\p{L}]/gu, '').length < (match[2] ? 2 : 3)) return null;
  const places = [titleCase(match[1]!)];
  if (match[2]) places.push(match[2]);
  const dateline: Dateline = { places, rest: paragraph.slice(match[0].length) };
  if (match[3]) dateline.agency = match[3].trim();
  return dateline;
}
