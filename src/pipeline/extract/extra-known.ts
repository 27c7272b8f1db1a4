import type { EntityType } from '../../core/dataset/schema';
import { isCompanyWord } from './lexicon/company-words';
import type { NamedRow } from './lexicon/name-row';

/** Lower-case words a name may hold ("Bank of America", "Banco do Brasil", "Ludwig van Beethoven"). */
const PARTICLES = new Set('of and for the de del della di da do dos das du des la le les los el al von van der den y e et und on in at to an a i ua ia here'.split(' '));

/** "Paris 2024", "Euro 2028": a place or a name with a year, which the year rules read (products.ts). */
const YEAR_FORM = /\s(?:19|20)\d\d$/u;

/**
 * "H3 rocket": a form with a common word in lower case is the writer's phrase, not a name the
 * builder ever cuts out of a sentence; kept, it only makes the phrase a second entity. Nor a
 * year form (YEAR_FORM).
 */
const printedAsName = (form: string) => form.split(/\s+/).every((w) => !/^\p{Ll}{2,}$/u.test(w) || PARTICLES.has(w)) && !YEAR_FORM.test(form);

/**
 * Of a person's forms, only those the rules cannot read as a person's name: "Pedri", "Bad Bunny",
 * "Jokowi". A full name with a given name first ("Victor Wembanyama") is found and joined to its
 * surname by the rules, and a surname ending another of the row's names ("Widodo" in "Joko
 * Widodo", a row named "Jokowi") names other people too; indexed, they would tie the person to one
 * nickname's entry. A row named by the one word news uses alone ("Mozart", "Picasso", "Messi")
 * keeps it, though the full name ends in it: that word is what the row is for.
 */
function isStageName(form: string, row: NamedRow, isGivenName: (word: string) => boolean): boolean {
  if (isGivenName(form.split(/\s+/)[0]!)) return false;
  if (form === row.name && !/\s/u.test(form)) return true;
  return ![row.name, ...row.aliases].some((other) => other !== form && other.endsWith(` ${form}`));
}

/** "Sony Group", "Merck & Co.": a name without its company words and legal form ("Sony", "Merck"). */
function companyCore(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && (isCompanyWord(words.at(-1)!) || words.at(-1) === '&')) words.pop();
  return words.join(' ');
}

export interface KnownEntry {
  name: string;
  type: EntityType;
  aliases: string[];
}

/**
 * How one row of the wider lists (extra-*.ts) joins the index the first lists built: its forms
 * printed as names only, and, when one of them (or the company its name adds words to) is already
 * known as the same type, as more forms of that entry. Written apart, the lists name some things
 * twice ("Sony" and "Sony Group", "ICASA" and its full name), and two entries would split one
 * company into two in every article that prints both.
 */
export function extraEntry(
  row: NamedRow,
  type: EntityType,
  lookup: (form: string) => KnownEntry | undefined,
  isGivenName: (word: string) => boolean = () => false,
  /** Keep every form: a deity's or an epic figure's ("Sita", "Lord Shiva"), whom no rule reads as a person. */
  allForms = false,
): { entry: KnownEntry; forms: string[]; joined: boolean } | undefined {
  const forms = [row.name, ...row.aliases].filter(printedAsName).filter((form) => type !== 'person' || allForms || isStageName(form, row, isGivenName));
  if (forms.length === 0) return undefined;
  const core = type === 'organization' ? companyCore(row.name) : row.name;
  const existing = [core, ...forms].map(lookup).find((known) => known?.type === type);
  if (existing) return { entry: existing, forms, joined: true };
  const [name, ...aliases] = forms;
  return { entry: { name: name!, type, aliases }, forms, joined: false };
}
