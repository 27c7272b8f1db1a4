import { MONTHS } from './lexicon/words';
import { knownName } from './known-names';
import { NUMBERED_COMMON_NOUNS } from './lexicon/product-words';

/** Units of measure written in capitals ("two million TEUs", "a 50 MW plant"). */
export const MEASURE_UNITS = new Set(['TEU', 'TEUs', 'MW', 'GW', 'MWh', 'GWh', 'TWh', 'kWh', 'MWp', 'GWp', 'Hz', 'kHz', 'MHz', 'GHz']);

/**
 * Capitalised words that are common nouns, not names: a temperature scale ("40 degrees Celsius"),
 * a molecule or a field written in capitals ("DNA tests", "AI tools"), and a cricket match ("the
 * second Test"), capitalised by custom. Only as a whole name: "Test Act" or "AI Safety Institute"
 * stay names.
 */
const COMMON_NOUNS = new Set([
  'Celsius', 'Fahrenheit', 'DNA', 'RNA', 'AI', 'Test', 'Tests',
  // Business and everyday words written in capitals ("its new SUV", "the IPO", "IT systems").
  'SUV', 'SUVs', 'EV', 'EVs', 'GDP', 'CEO', 'CEOs', 'CFO', 'COO', 'CTO', 'IPO', 'IPOs', 'VAT', 'LNG', 'NGO', 'NGOs', 'MP', 'MPs',
  'TV', 'PC', 'GPS', 'ATM', 'ATMs', 'ID', 'IT', 'HD', 'UHD', 'HDR',
  // Degrees ("PhD students", "an MBA").
  'PhD', 'PhDs', 'MBA', 'MBAs',
  // An oil field's floating production, storage and offloading vessel ("the FPSO is being built").
  'FPSO', 'FPSOs',
  ...MEASURE_UNITS,
  // Kinds of memory chip ("DRAM prices", "NAND demand"); a numbered generation ("HBM4") stays a product's name.
  'DRAM', 'NAND', 'HBM', 'SRAM',
  // Music and screen genres named for their country: "K-pop", "K-drama".
  'K-pop', 'K-drama', 'J-pop', 'C-pop', 'K-beauty',
  // A period of painting capitalised by custom ("Old Master paintings"); "Old Masters Evening Sale" stays a name.
  'Old Master', 'Old Masters',
  // Viruses and diseases written in capitals ("HIV prevention", "TB screening"), and a scan ("chest
  // X-rays"): a disease's or a test's name, not a body's.
  'HIV', 'AIDS', 'TB', 'X-ray', 'X-rays',
  // Garments and a manoeuvre named for a letter's shape ("sews T-shirts", "made a U-turn").
  'T-shirt', 'T-shirts', 'U-turn', 'U-turns',
  // Languages whose names are no place's adjective ("a Sanskrit name", "Malayalam films").
  'Sanskrit', 'Malayalam', 'Hindi', 'Urdu', 'Telugu', 'Kannada', 'Marathi', 'Mandarin', 'Cantonese', 'Esperanto',
  'Swahili', 'Kiswahili', 'Farsi', 'Pashto', 'Dari', 'Amharic', 'Tigrinya', 'Tagalog', 'Yiddish', 'Gaelic', 'Arabic',
  // Indigenous languages, and peoples' names used as their adjective ("Inuktitut radio", "Sámi
  // reindeer herders"): no place's adjective either.
  'Inuktitut', 'Inuinnaqtun', 'Sámi', 'Quechua', 'Aymara', 'Guarani', 'Guaraní', 'Nahuatl', 'Yoruba', 'Hausa', 'Igbo', 'Xhosa',
  'Sami', 'Saami', 'Xinka', 'Ibaloi', 'Igorot', 'Lumad', 'Mapuche', 'Kichwa', 'Shuar', 'Wayuu', 'Garifuna', 'Yanomami', 'Munduruku', 'Kayapo', 'Miskito',
  // Indigenous peoples named together, no body's name alone ("First Nations and Métis communities",
  // "Aboriginal children"); their bodies are named in full ("Assembly of First Nations").
  'First Nations', 'Métis', 'Metis', 'Aboriginal',
  // Nouns capitalised by custom ("read at all Masses", "community Wi-Fi", "on the Internet").
  'Mass', 'Masses', 'Wi-Fi', 'Internet', 'Bluetooth',
  // Weekdays in the plural ("two flights on Fridays and Sundays"): days, not names.
  'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays',
  // Time zones after a time ("at 0900 GMT").
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'JST', 'AEST', 'AEDT',
  // "the Opposition", capitalised by Westminster custom: the parties out of government, no body's name.
  'Opposition',
  // "the Republic has chosen …", "President of the Republic": the state, capitalised by custom, named
  // by its country's name elsewhere.
  'Republic',
]);

// "a Series D round": a start-up's funding round, lettered; "top of Group D": a tournament's group.
const LETTERED_STAGE = /^(?:Series [A-H]|Group [A-L])$/u;
// "raised to Level IV", "Alert Level 3", "Signal No. 5": a warning's level, numbered.
const WARNING_LEVEL = /^(?:Alert Level(?: [IVX]{1,4}| \d)?|Level (?:[IVX]{1,4}|\d)|Signal No\. \d)$/u;
// "priced on Nov 27": a date with its month cut short and no dot.
const SHORT_DATE = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{1,2}$/u;

// "a Shs1.8 trillion budget", "Rs500 crore", "KSh2bn": an amount with its currency's short form fused to it.
const FUSED_AMOUNT = /^(?:Shs?|USh|KSh|Ksh|TSh|Tsh|Rs|Tk|Nu|GH₵)\d[\d.,]*(?:bn|m|k|tn|cr)?$/u;

// "rated 'CCC+'", "cut to BB-": S&P's and Fitch's grades with their notch sign (Moody's, name-joins.ts).
const NOTCHED_GRADE = /^(?:AAA|AA|A|BBB|BB|B|CCC|CC)[+-]$/u;

/** "EC$120 million", "NZ$5 million": capitals fused to a dollar sign are the dollar's country, a currency, no name. */
export function isDollarPrefix(words: string[], gapAfter: string | undefined): boolean {
  return words.length === 1 && /^\p{Lu}{1,3}$/u.test(words[0]!) && gapAfter !== undefined && gapAfter.startsWith('$');
}

/** "July-September", "April–June": a span of months, a quarter of the year, is no name. */
function isMonthRange(text: string): boolean {
  const parts = text.split(/[-–]/u);
  return parts.length === 2 && parts.every((p) => MONTHS.has(p));
}

/**
 * "Egyptology", "Egyptologists", "Assyriologist": the study of a place, or those who study it, is a
 * field's common noun capitalised after its place. Only where the stem is a place a lexicon knows:
 * "Scientology" names a body.
 */
function isStudyOfPlace(word: string): boolean {
  const stem = /^(\p{Lu}\p{Ll}+?)(?:ology|ologists?)$/u.exec(word)?.[1];
  if (!stem) return false;
  return [stem, `${stem}a`].some((s) => knownName(s)?.type === 'place');
}

/** Whether a one-word name is only a common noun, an amount, a span of months or a field of study, or the name is a funding round, a date or a warning's level. */
export function isCommonNounName(words: string[]): boolean {
  const text = words.join(' ');
  if (LETTERED_STAGE.test(text) || SHORT_DATE.test(text) || WARNING_LEVEL.test(text)) return true;
  if (COMMON_NOUNS.has(text)) return true;
  return words.length === 1 && (FUSED_AMOUNT.test(words[0]!) || NOTCHED_GRADE.test(words[0]!) || isMonthRange(words[0]!) || isStudyOfPlace(words[0]!));
}

/**
 * "under Section 107 of the Labour Code", "entered Phase 2": a common noun alone before its number
 * is a part of something named elsewhere, no name itself. Not a name of several words ("Highway
 * 401" is joined whole), nor one with no number after it.
 */
export function isNumberedPart(words: string[], next: string | undefined): boolean {
  return words.length === 1 && NUMBERED_COMMON_NOUNS.has(words[0]!) && next !== undefined && /^\d+[\p{L}]?$/u.test(next);
}

const ERAS = new Set(['BC', 'BCE', 'AD', 'CE', 'B.C.', 'B.C.E.', 'A.D.', 'C.E.']);
const YEAR = /^\d[\d,]*$/u;

/** "around 9,000 BC", "in AD 79": an era beside its year is no name (nor "BC" a body). */
export function isEraOfYear(words: string[], previous: string | undefined, next: string | undefined): boolean {
  return words.length === 1 && ERAS.has(words[0]!) && [previous, next].some((w) => w !== undefined && YEAR.test(w));
}

// What runs between two places: "the Dhaka-Tangail highway", "the Paris-Berlin route".
const ROUTE_NOUNS = new Set(['highway', 'road', 'railway', 'railroad', 'expressway', 'motorway', 'route', 'corridor', 'pipeline', 'line', 'flight', 'flights', 'train', 'trains']);

// Prefixes that make one name of what follows them: "the Trans-Canada highway".
const NAME_PREFIXES = new Set(['Trans', 'Pan', 'Inter', 'Cross', 'Sub', 'Anti', 'Pro', 'Neo']);

/**
 * "the Dhaka-Tangail highway": two places joined by a hyphen before a route's noun name the route's
 * ends, no entity of their own. Not a name alone, which may be a town or country of its own
 * ("Wilkes-Barre", "Guinea-Bissau"), nor one a lexicon knows whole, nor a prefixed one.
 */
export function isRouteBetweenPlaces(words: string[], next: string | undefined): boolean {
  if (words.length !== 1 || next === undefined || !ROUTE_NOUNS.has(next) || knownName(words[0]!)) return false;
  const parts = words[0]!.split('-');
  return parts.length === 2 && !NAME_PREFIXES.has(parts[0]!) && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p));
}

/**
 * "a high-voltage direct current (HVDC) line", "battery energy storage systems (BESS)": capitals in
 * brackets that spell the lower-case words before them are a common term's short form, no name.
 * Not one a lexicon knows, nor one spelling a phrase with "of" ("the ministry of health (MOH)").
 */
export function isAcronymOfCommonWords(words: string[], sentence: string, start: number): boolean {
  const acronym = words.length === 1 ? words[0]! : '';
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || sentence[start - 1] !== '(' || knownName(acronym)) return false;
  const textBefore = sentence.slice(0, start);
  const spelled = textBefore.replace(/\s*\(\s*$/u, '').split(/[\s-]+/u).slice(-acronym.length);
  return spelled.length === acronym.length && spelled.every((w, i) => /^\p{Ll}+$/u.test(w) && !/^(?:of|for|and|the|on|in)$/.test(w) && w[0]!.toUpperCase() === acronym[i]);
}

const DEFINED_BY_LOWER_CASE = /((?:\p{Ll}[\p{Ll}-]*\s+){1,7})\((\p{Lu}\p{L}{1,6})\)/gu;

/**
 * "human papillomavirus (HPV)", "earnings before interest and taxes (EBIT)", "graphics processing
 * units (GPUs)": a short form an article brings in after lower-case words that open with its
 * first two letters is a common term's, and names nothing where the article prints it again
 * ("The MPSA runs until 2034"). Looser than isAcronymOfCommonWords, which reads the bracket
 * alone: here a letter may come from inside a word ("deep ultraviolet (DUV)"). Not after "of"
 * ("the ministry of health (MOH)") nor an article ("a", "the").
 */
export function commonTermAcronyms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const [, before, acronym] of text.matchAll(DEFINED_BY_LOWER_CASE)) {
    if (knownName(acronym!)) continue;
    const letters = /^\p{Lu}{2,}s$/u.test(acronym!) ? acronym!.slice(0, -1) : acronym!;
    const words = before!.trim().split(/[\s-]+/u).filter((w) => w !== 'and');
    for (let k = words.length - 2; k >= 0 && words.length - k <= letters.length; k--) {
      const spelled = words.slice(k);
      if (spelled.some((w) => /^(?:of|for|the|on|in|a|an)$/.test(w))) break;
      const second = letters[1]!.toLowerCase();
      if (spelled[0]![0] === letters[0]!.toLowerCase() && (spelled[1]![0] === second || spelled[0]!.slice(1).includes(second))) {
        terms.add(acronym!);
        break;
      }
    }
  }
  return terms;
}
