import { wordSet } from './name-row';
/** Last words of companies' names: the company's own words, which no body, person or place ends in. */
const set = wordSet;

/**
 * Last words of company names that the company also drops: "Juniper Networks" is "Juniper",
 * "Cisco Systems" is "Cisco", "Meta Platforms" is "Meta".
 */
export const COMPANY_WORDS = set(`
  Inc. Corp. Ltd. Co. Group Holdings Networks Systems Platforms Studios Industries Technologies Labs Corporation
  Company AG SE NV PLC LLC GmbH Motors Airlines Airways Pharmaceuticals Semiconductor Telecom Robotics
  Plc plc Limited Bhd Tbk ASA Oyj SpA
`);

/** The class words that close a lender's name ("Treaty City Credit Union"), which local news drops. */
export const LENDER_TAILS: ReadonlySet<string> = new Set(['Credit Union', 'Building Society']);

/** The legal forms that close a company's name ("Xiaomi Corp.", "Anglo American Plc"), which it drops as often. */
export const LEGAL_FORMS = set('Inc. Inc Corp. Corp Co. Co Ltd. Ltd Plc PLC plc LLC AG SE NV N.V. SA S.A. GmbH Limited Bhd Tbk ASA Oyj SpA JSC PJSC');

/**
 * Last words of company names that no public body, person or place ends in, kept apart from
 * ORGANIZATION_WORDS because some are also title words ("Resources Minister", "Mining Minister") and
 * a title's words must not turn into a body: "Turquoise Hill Resources", "Samsung Electronics",
 * "Isar Aerospace", "Zijin Mining". Like COMPANY_WORDS, the company may drop them ("Samsung").
 */
export const COMPANY_TAILS = set(`
  Electronics Resources Aerospace Mining Mines Minerals Metals Chemicals Steel Motor Automotive Pharma Biotech
  Therapeutics Logistics Shipping Foods Brands Entertainment Software Semiconductors Investments Ventures
  Securities Insurance Bancorp Railways Mobile Textiles Cement Petrochemical Energies Airline Finance Holding
  Partners Economics Analytics Research Advisors Advisory Consulting Associates Oil Brothers Books Publishing
  Publishers Lines Energy Capital Laboratories Investment Refining Aviation
`);

/** Whether a word closes a company's name: a company word, a trade's tail or a legal form ("Group", "Airlines", "Ltd"). */
export const isCompanyWord = (word: string): boolean => COMPANY_WORDS.has(word) || COMPANY_TAILS.has(word) || LEGAL_FORMS.has(word);
