import { splitSentences } from '../sentences';
import { eventWithoutEdition, lawWithoutYear } from './year-names';
import { affiliationTypes } from './affiliation';
import { capitalisedPairs, findCandidates, type Candidate } from './candidates';
import { isBrandSpelling } from './brand-spelling';
import { classify, SPEECH_VERBS, type TypeGuess } from './classify';
import { resolveDemonyms } from './demonyms';
import { DRUG_CONTEXT, drugNames, drugObservation, genericInBrackets, isDrugName } from './drug-names';
import { parseDateline } from './dateline';
import { personByArticle } from './person-evidence';
import { headlineFeatures } from './headline-features';
import { groupPlurals, headNamed, partyOfPlural, selfName } from './group-names';
import { shareListTypes } from './list-types';
import { namedAsRelative } from './company-cues';
import { isModelCode } from './products';
import { typeModelFamilies } from './model-families';
import { isCricketArticle, isSportsArticle, typeSportsNames } from './sports';
import { isKnownClubName, otherClubForms } from './club-names';
import { knownName, nameKey, placeOfAdjective } from './known-names';
import { US_STATE_CUES } from './lexicon/countries';
import { PAGE_CHROME } from './lexicon/page-chrome';
import { ORGANIZATION_WORDS, PLACE_BY_ADJECTIVE_NOUNS, ROLE_WORDS } from './lexicon/words';
import { isPortfolioWord } from './lexicon/portfolio-words';
import { ORGANIZATION_NOUNS_AFTER, PLACE_NOUNS_AFTER, ROAD_CODE, ROAD_NOUNS_AFTER } from './lexicon/context-nouns';
import type { Observation } from './observation';
import { tokenize, type Token } from './tokens';
import { joinTokens } from './role-split';
import { isCommonWord, isListedWord, wordTags } from './word-tags';
import { commonTermAcronyms } from './non-names';
import { isPartyBeforeMember, partyOpeningRole } from './party-before-title';

/** The text of one article, as the extraction core needs it (no file, no DOM). */
export interface ArticleText {
  id: string;
  title: string;
  imageCaption?: string;
  paragraphs: string[];
}

/** Paragraphs that are article text: page furniture ("Share", "Audio Only") dropped. */
export function withoutChrome(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => !PAGE_CHROME.test(p.trim()));
}

/** For name finding, editors' brackets are opened: "[President] Maduro", "Juan] Guaido". */
function bodyParagraphs(paragraphs: string[]): string[] {
  return withoutChrome(paragraphs).map((p) => p.replace(/[[\]]/g, ''));
}

function observe(text: string, guess: { type: Observation['type']; strength: number }, articleId: string, cues: boolean): Observation {
  const known = knownName(text);
  const o: Observation = { text, type: guess.type, strength: guess.strength, articleId };
  // "the Amazon rainforest" is not Amazon the company: the words around it said so (classify).
  if (known && !(known.placeReading && guess.type !== known.type)) {
    o.knownName = known.name;
    o.knownAliases = known.aliases;
    if (known.name === 'Georgia' && cues) o.qualifier = 'us-state';
  }
  const yearless = known ? undefined : withoutYear(text, guess.type);
  if (yearless) {
    o.knownAliases = [yearless];
    o.sameAs = [yearless];
  }
  return o;
}

/**
 * "the Political Party Funding Act of 2018", "the 2026 Nero Book Awards": a law or an event cited
 * with its year is named without it as well, as the article and readers do.
 */
function withoutYear(text: string, type: Observation['type']): string | undefined {
  // Two words left at least: "2026 Games" alone is no event's name.
  const event = type === 'event' ? eventWithoutEdition(text) : undefined;
  return lawWithoutYear(text) ?? (event?.includes(' ') ? event : undefined);
}

/** "Crimean peninsula": a place's adjective before a geographic noun names the place itself. */
function placesByAdjective(tokens: Token[], sentence: string, articleId: string): Observation[] {
  return tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    const place = placeOfAdjective(t.text);
    if (!place || !next || !PLACE_BY_ADJECTIVE_NOUNS.has(next.text) || !/^ $/.test(next.gapBefore)) return [];
    const o = observe(place, { type: 'place', strength: 5 }, articleId, false);
    return [{ ...o, text: sentence.slice(t.start, next.end), knownName: place }];
  });
}

/** A sentence-initial single word counts only if the article or a lexicon backs it up. */
function isSupported(c: Candidate, capitalisedElsewhere: Set<string>, lowercase: Set<string>, aloneElsewhere: Set<string>): boolean {
  if (!c.initial || c.tokens.length > 1) return true;
  const word = c.tokens[0]!.text;
  const tags = wordTags(word);
  const known = knownName(word);
  // "Labour groups said …": a known name's short form that is a dictionary word ("Labour" for the
  // Labour Party) before a plural noun is that word, as "Labour won" or "Moody's upgraded" is not.
  const afterTags = /^\p{Ll}+$/u.test(c.after) ? wordTags(c.after) : new Set<string>();
  const commonShortForm = known !== undefined && known.name !== word && isListedWord(word) && !tags.has('ProperNoun') && afterTags.has('Noun') && !afterTags.has('Verb');
  // "DigitalEurope" after a colon: no common word has a capital inside it.
  if ((known && !commonShortForm) || isBrandSpelling(word) || isKnownClubName([word])) return true;
  if (lowercase.has(word.toLowerCase())) return false;
  // "Iustitia, the largest association of Polish judges, …": a common word takes no apposition.
  const described = c.appositive !== undefined && !isCommonWord(word);
  // "Transnet said …": a word that speaks is a name, unless a plural noun ("Doctors said") or a word
  // of compromise's own list ("Nobody said", "Someone said").
  // Nor a body's generic word ("Government said", "Management said").
  const generic = ORGANIZATION_WORDS.has(word) || ROLE_WORDS.has(word) || word === 'Management';
  const speaks = SPEECH_VERBS.has(c.after) && !generic && !isCommonWord(word) && !isListedWord(word) && !wordTags(word.toLowerCase()).has('Plural');
  // "Nexora Chief Executive Tom Hale": a company's title after the word says it is the company;
  // "Evofenedex, which represents importers", "Estudiantes' members": a body's wording (companyCue).
  // "Industry sources said": a dictionary word capitalised only inside other names ("Ministry of
  // Industry") is no name alone; it must stand alone elsewhere.
  const elsewhere = isListedWord(word) && !tags.has('ProperNoun') ? aloneElsewhere : capitalisedElsewhere;
  // "Naitasiri, Tailevu and Namosi delegates": the first of a list of names, no common word nor a
  // portfolio's ("Petroleum, Mines and Energy Minister").
  const listed = c.listOpener === true && !isCommonWord(word) && !isListedWord(word) && !isPortfolioWord(word) && !ROLE_WORDS.has(word);
  return elsewhere.has(nameKey(word)) || tags.has('ProperNoun') || c.role !== undefined || described || speaks || listed || c.company !== undefined || isPartyBeforeMember(word, c.after);
}


/**
 * A name needs two letters, so that "A" or "Q3" is none; a letter and digits count when the
 * sentence states what they name ("B3, the Brazilian stock exchange", "the M23 rebels", "the A1
 * motorway").
 */
function isLongEnough(c: Candidate, guess: { strength: number }): boolean {
  const road = (ROAD_NOUNS_AFTER.has(c.after) || c.after === 'road') && ROAD_CODE.test(c.text);
  const stated = (c.appositive !== undefined && guess.strength >= 4) || ORGANIZATION_NOUNS_AFTER.has(c.after);
  // "G7": a lexicon's name counts whatever its letters; "777X", an aircraft's number and letter;
  // "an H3 rocket", a letter and digits before a product noun; "C909", an aircraft's letter and three digits.
  // "welcomed the ruling on X": the social network, the one name of one letter news prints.
  const network = c.text === 'X' && c.before === 'on';
  return c.text.replace(/[^\p{L}]/gu, '').length >= 2 || network || knownName(c.text) !== undefined || (/^\p{Lu}\d+$/u.test(c.text) && (stated || c.product === true)) || road || isModelCode(c.text);
}

/**
 * Headlines capitalise every word, so only names a lexicon knows count there ("… on Venezuela in
 * Meeting with Russia"); the body finds the rest, and the headline's mentions are matched later.
 */
function headlineNames(title: string, articleId: string, cues: boolean): Observation[] {
  const tokens = tokenize(title);
  const observations: Observation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The longest known name from here, of up to four words: "Papua New Guinea's capital". Not one
    // opened by a title ("Pope Leo XIV"): the body names the person without it, as it splits titles off.
    const most = ROLE_WORDS.has(tokens[i]!.text) ? 1 : 4;
    let n = 1;
    while (n < most && tokens[i + n] && / /.test(tokens[i + n]!.gapBefore) && !tokens[i + n - 1]!.possessive) n++;
    while (n > 1 && !knownName(joinTokens(tokens.slice(i, i + n)))) n--;
    const text = joinTokens(tokens.slice(i, i + n));
    const known = knownName(text);
    // A headline's capitals cannot tell "Amazon" the company from the rainforest: the body will.
    if (known && (n > 1 || !known.placeReading)) observations.push(observe(text, { type: known.type, strength: 5 }, articleId, cues));
    i += n - 1;
  }
  return observations;
}

/**
 * "the Brahmaputra" for "the Brahmaputra River": one unknown word after "the", with no place's
 * noun after it ("the Bicol region"), may be a river named without its word. The form with it is
 * returned, to be linked if the article prints it (no town takes "the": "Jasper" stays apart).
 */
function riverName(c: Candidate, tokens: Token[]): string | undefined {
  const first = tokens.indexOf(c.tokens[0]!);
  if (c.tokens.length !== 1 || tokens[first - 1]?.text !== 'the' || knownName(c.text) || PLACE_NOUNS_AFTER.has(c.after)) return undefined;
  return `${c.text} River`;
}

/** Every naming of a would-be entity in one article. Pure: plain text in, observations out. */
export function extractArticle(article: ArticleText): Observation[] {
  const paragraphs = bodyParagraphs(article.paragraphs);
  const observations: Observation[] = [];
  const text = [article.imageCaption ?? '', ...paragraphs].join('\n');
  const cues = US_STATE_CUES.test(text);
  const sentences: string[] = article.imageCaption ? [article.imageCaption] : [];
  observations.push(...headlineNames(article.title, article.id, cues));
  for (const feature of headlineFeatures(tokenize(article.title), text)) observations.push(observe(feature, { type: 'place', strength: 4 }, article.id, cues));
  paragraphs.forEach((p, i) => {
    const dateline = i < 2 ? parseDateline(p) : null;
    if (dateline) {
      for (const place of dateline.places) observations.push(observe(place, { type: 'place', strength: 4 }, article.id, cues));
      if (dateline.agency) observations.push(observe(dateline.agency, { type: 'organization', strength: 4 }, article.id, cues));
    }
    sentences.push(...splitSentences(dateline ? dateline.rest : p));
  });

  const perSentence = sentences.map((s) => ({ sentence: s, tokens: tokenize(s) }));
  const aboutMedicines = DRUG_CONTEXT.test(text.toLowerCase());
  const capitalisedElsewhere = new Set<string>();
  const lowercase = new Set<string>();
  const printedInside = new Set(perSentence.flatMap(({ tokens }) => capitalisedPairs(tokens)));
  const candidates = perSentence.map(({ sentence, tokens }) => {
    for (const t of tokens) {
      if (!t.capitalised) lowercase.add(t.text);
      else if (!t.initial) capitalisedElsewhere.add(nameKey(t.text));
    }
    return findCandidates(tokens, sentence, printedInside);
  });
  const aloneElsewhere = new Set(candidates.flat().filter((c) => c.tokens.length === 1 && !c.initial).map((c) => nameKey(c.text)));
  const commonTerms = commonTermAcronyms(text);
  // Person evidence may sit in another sentence ("Zafrul told reporters"), so every sentence is
  // classified before any name's type is settled.
  const fullText = [article.title, text].join('\n');
  const sports = isSportsArticle(fullText);
  // A cricket report names its players as a match report does ("with Tazmin Brits").
  const players = sports || isCricketArticle(fullText);
  const settled = personByArticle(perSentence.map(({ sentence }, i) => ({ sentence, candidates: candidates[i]!, guesses: candidates[i]!.map(classify) })), players);
  for (const [i, { sentence, tokens }] of perSentence.entries()) {
    const found = candidates[i]!;
    const guesses = shareListTypes(found, affiliationTypes(found, settled[i]!, sentence), sentence);
    for (const [j, c] of found.entries()) {
      // "Lenacapavir, sold as Yeztugo, …": a drug's generic name opening a sentence is that drug.
      const drug = aboutMedicines && c.initial && c.tokens.length === 1 && isDrugName(c.text.toLowerCase());
      // "Fabhalta (iptacopan)": a brand of medicine, which the generic's name joins.
      const generic = aboutMedicines ? genericInBrackets(c, sentence) : undefined;
      const guess: TypeGuess = generic ? { type: 'other', strength: 4 } : guesses[j]!;
      if (!drug && (!isSupported(c, capitalisedElsewhere, lowercase, aloneElsewhere) || !isLongEnough(c, guess))) continue;
      if (commonTerms.has(c.text)) continue;
      const o = drug ? drugObservation(c.text.toLowerCase(), article.id) : observe(c.text, guess, article.id, cues);
      if (generic) o.sameAs = [generic];
      if (c.role) o.role = c.role;
      const titleParty = c.role ? partyOpeningRole(c.role) : undefined;
      if (titleParty) observations.push(observe(titleParty, { type: 'organization', strength: 3 }, article.id, cues));
      if (c.acronym) o.acronym = c.acronym;
      const own = selfName(c, found[j + 1], sentence, found[j + 2]);
      if (own) o.sameAs = [...(o.sameAs ?? []), own];
      const river = riverName(c, tokens);
      if (river) o.sameAs = [...(o.sameAs ?? []), river];
      const party = partyOfPlural(c);
      if (party) o.sameAs = [...(o.sameAs ?? []), party];
      const club = otherClubForms(c.text);
      if (club.length > 0) o.sameAs = [...(o.sameAs ?? []), ...club];
      const head = headNamed(c, sentence);
      if (head) o.headOf = head;
      if (namedAsRelative(sentence, c.tokens[0]!.start)) o.relative = true;
      observations.push(o);
    }
    observations.push(...placesByAdjective(tokens, sentence, article.id));
    // "retatrutide", "lenacapavir": a medicine's generic name, printed in lower case.
    if (aboutMedicines) for (const t of drugNames(tokens)) observations.push(drugObservation(t.text, article.id));
  }
  return groupPlurals(resolveDemonyms(typeSportsNames(typeModelFamilies(observations), fullText, sports)));
}
