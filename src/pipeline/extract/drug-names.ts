import type { Observation } from './observation';
import type { Token } from './tokens';
import { isListedWord } from './word-tags';

/**
 * Endings of international nonproprietary names (the WHO's INN stems), which health news prints in
 * lower case: "tirzepatide", "lecanemab", "osimertinib", "lenacapavir", "atorvastatin",
 * "ribavirin". Only stems no common English word ends in; "-ase" or "-ine" would take "release" or
 * "medicine".
 */
const INN_STEM =
  /(?:glutide|tide|mab|tinib|nib|ciclib|parib|lisib|vir|virin|vastatin|gliptin|gliflozin|sartan|pril|olol|afil|conazole|prazole|mycin|cillin|cycline|floxacin|platin|taxel|rubicin|dipine|triptan|setron|lukast|parin|xaban|gatran|lidomide|profen|coxib|oxetine|azepam|relin|sentan|copan|cept)$/u;

/** Words of those shapes that are no drug ("peptide", "thermostat" do not end so; these do). */
const NOT_DRUGS = new Set(['peptide', 'peptides', 'polypeptide', 'nucleotide', 'riptide', 'yuletide', 'eventide', 'april', 'concept', 'intercept', 'precept']);

/** Words that say the article is about medicines: an INN's shape alone is no proof of one. */
export const DRUG_CONTEXT = /\b(?:drugs?|medicines?|medication|trials?|doses?|dosing|injections?|injectable|pills?|tablets?|treatments?|therapy|therapies|patients|prescribed|approval|regulators?)\b/u;

/** Whether a lower-case word has a generic drug name's shape. */
export function isDrugName(word: string): boolean {
  return word.length >= 7 && /^\p{Ll}+$/u.test(word) && INN_STEM.test(word) && !NOT_DRUGS.has(word) && !isListedWord(word);
}

/** The lower-case drug names in one sentence's tokens (the caller checks the article's context). */
export function drugNames(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.capitalised && isDrugName(t.text));
}

/** A generic drug name's observation: a medicine, the "other" type, as sure as a class word. */
export const drugObservation = (text: string, articleId: string): Observation => ({ text, type: 'other', strength: 4, articleId });

/**
 * "Fabhalta (iptacopan)": the generic name in brackets right after a one-word name, as health news
 * introduces a brand of medicine; the generic's name, else undefined.
 */
export function genericInBrackets(name: { tokens: readonly Token[] }, sentence: string): string | undefined {
  if (name.tokens.length !== 1) return undefined;
  const generic = /^ \((\p{Ll}+)\)/u.exec(sentence.slice(name.tokens[0]!.end))?.[1];
  return generic && isDrugName(generic) ? generic : undefined;
}

