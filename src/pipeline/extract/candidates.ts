import { saysInitialWordIsName } from './initial-word-cues';
import { COMPANY_TAILS, COMPANY_WORDS } from './lexicon/company-words';
import { isPlainFamilyNameFirst } from './east-asian-names';
import { portfolioLength, portfolioTitleEnd } from './portfolios';
import { postingPlaceLength } from './envoy-place';
import { namePostsBodies } from './body-post';
import { isAcronymOfCommonWords, isCommonNounName, isDollarPrefix, isEraOfYear, isNumberedPart, isRouteBetweenPlaces } from './non-names';
import type { Token } from './tokens';
import {
  ORGANIZATION_HEADS,
  FUNCTION_WORDS,
  NON_NAME_ADJECTIVES,
  NON_NAME_GROUPS,
  INITIATIVE_WORDS,
  PLACE_WORDS,
  COMPASS_WORDS,
  ORGANIZATION_WORDS,
  ROLE_WORDS,
  STANDING_WORDS,
  COMBINING_FORMS,
  EVENT_WORDS,
  STORM_HEADS,
  AWARD_WORDS,
  PLACE_HEADS,
  TITLE_PHRASES,
} from './lexicon/words';
import { INITIAL_CLASS_NOUNS } from './lexicon/context-nouns';
import { joinTokens, splitRole, type RoleSplit } from './role-split';
import { knownName, placeOfAdjective } from './known-names';
import { isCommonWord, phraseTags } from './word-tags';
import { bodyInTitle, companyInTitle, featureInTitle, placeBeforeKnownName, placeOfPartyMember, placesIn } from './title-names';
import { joinPortfolioFields } from './portfolios';
import { joinSharedTitles } from './shared-titles';
import { isKnownClubName } from './club-names';
import { splitTitleForPlace } from './title-for-place';
import { isShipName } from './works';
import { restatedNoun } from './context-cues';
import { cues, marketNoun, wordBefore } from './candidate-cues';
import { productNounAfter } from './products';
import { companyCue } from './company-cues';
import { GIVEN_NAMES } from './lexicon/given-names';
import { bodyBeforeHeritageStatus, isHeritageStatusAlone } from './heritage-status';
import { isBlendedShortForm, isCapitalInitials, isInitialsAndWord, isInitialsThenLastWord, isLengthenedInitials, isParticleInitials } from './short-forms';
import { isMadeThing, isNamedProduct, isNamedVessel, isPrizeFor } from './works';
import { opensWithPersonNoun } from './person-class-words';
import { isGivenName, runs } from './name-runs';
import { spelledByInitials } from './name-joins';

/** A run of capitalised words in one sentence that may name something. */
export interface Candidate {
  /** As printed, title stripped ("Sergei Lavrov"). */
  text: string;
  tokens: Token[];
  role?: string;
  honorific: boolean;
  /** Starts the sentence, so its capital proves nothing: needs support from elsewhere. */
  initial: boolean;
  /** Acronym printed in parentheses right after it: "(TIAR)". */
  acronym?: string;
  /** The word before it ("in", "said", …), lower-cased, for typing. */
  before: string;
  /** The word after it, lower-cased. */
  after: string;
  /** Noun of a descriptive phrase right before it: "the business daily" → "daily". */
  described?: string;
  /** Head noun of an apposition after it: ", the wireless unit that" → "unit". */
  appositive?: string;
  /** First of a list of capitalised names closed by "and": "Naitasiri, Tailevu and Namosi delegates". */
  listOpener?: boolean;
  /** Noun before "at" in "an analyst at Gartner": someone works there. */
  workplace?: string;
  /** Noun before "of" in "the mayor of Amagasaki": what the name is the … of. */
  ofNoun?: string;
  /** Printed right after a lower-case "the": "towns in the Amazon". */
  afterThe?: true;
  /** Credited as a book's publisher ("published by Walker Books") or its maker ("illustrated by Kit Fenwick"). */
  credit?: 'publisher' | 'creator';
  /** Noun of a phrase the name restates between commas: "the main opposition party, Chadema," → "party". */
  restated?: string;
  /** A product noun follows: "Soyuz rockets", "its Spectrum rocket". */
  product?: true;
  /** A known company's possessive right before it: "Tata's Nexon EV", "Nvidia's Blackwell". */
  ownedByCompany?: true;
  /** How surely the sentence treats it as a company: "X's shares", "operated by X" (3), "owned by X" (2). */
  company?: 2 | 3;
  /** Right before "for best": "the Golden Lion for best film" (works.ts). */
  prize?: true;
  /** Printed as a title in quotes: "Poor Things", "Lagos by Night" (quoted-titles.ts). */
  work?: true;
}

// Capitalised particles that open surnames: "Le Pen", "De Gaulle", "Van Rompuy", "Von der Leyen".
const SURNAME_PARTICLES = new Set(['Le', 'La', 'De', 'Di', 'Da', 'Du', 'Del', 'Della', 'Van', 'Von', 'Dos', 'Das', 'Ter', 'Ten']);

const NONE: ReadonlySet<string> = new Set();

/** Pairs of capitalised words printed one after the other, the first not opening its sentence. */
export function capitalisedPairs(tokens: Token[]): string[] {
  return tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    return !t.initial && t.capitalised && !t.possessive && next?.capitalised && next.gapBefore === ' ' ? [`${t.text} ${next.text}`] : [];
  });
}

/** Drops a capitalised common word that only starts the sentence ("Despite", "Officials"). */
function dropInitialCommonWord(run: Token[], saidName = false, printedInside: ReadonlySet<string> = NONE): Token[] {
  const first = run[0]!;
  // "Seven & i": a word joined by "&" is a name's, whatever else it means.
  // "Orsted scrapped …": a name a lexicon knows is no common word, whatever its ending says.
  if (!first.initial || run[1]?.gapBefore === ' & ' || knownName(first.text)) return run;
  // "Black Nights has become …" in an article that prints "Tallinn Black Nights" inside a sentence:
  // the word and the next are a name's there, so here too.
  if (run.length > 1 && printedInside.has(`${first.text} ${run[1]!.text}`)) return run;
  // "State Route 126 was closed", "State Highway 1 reopened": a numbered road's first word is its own.
  if (run.length === 3 && /^(?:Route|Highway)$/.test(run[1]!.text) && /^\d+$/.test(run[2]!.text)) return run;
  // "Park Seon-hee said …", "Ding Junhui, a former champion, …": a romanised given name after a
  // Chinese or Korean family name makes the word a name's.
  if (isPlainFamilyNameFirst(run.map((t) => t.text))) return run;
  if (!ROLE_WORDS.has(first.text) && opensWithPersonNoun(run, isGivenName)) return run.slice(1);
  // "Prime Minister Ana Ruiz said", "Chief Executive Felipe Urrutia has": a title's first word is
  // the title's, not a common word, when another title word follows (the role is split off later).
  if (ROLE_WORDS.has(first.text) && run.length > 2 && ROLE_WORDS.has(run[1]!.text)) return run;
  // "New Zealand's Prime Minister …", "Real Madrid beat …": a common word that opens a name a
  // lexicon knows (a club's too) is the name's.
  // A nationality of two words too: "New Zealander Sophie Devine took …".
  const known = (k: number) => knownName(joinTokens(run.slice(0, k + 1))) !== undefined || isKnownClubName(run.slice(0, k + 1).map((t) => t.text)) || placeOfAdjective(joinTokens(run.slice(0, k + 1))) !== undefined;
  if (run.some((_, k) => k >= 1 && known(k))) return run;
  // "New Delhi has …": so does one compromise knows as a place's name, word for word.
  if (run.length > 1 && phraseTags(joinTokens(run.slice(0, 2))).every((tags) => tags.has('Place'))) return run;
  // "Thorsten Gröger, IG Metall's leader": a given name from our list before another name word is
  // the person's, whatever compromise makes of the word in lower case ("thorsten").
  if (run.length > 1 && GIVEN_NAMES.has(first.text) && /^\p{Lu}\p{Ll}/u.test(run[1]!.text)) return run;
  // "Marine Le Pen's …": a capitalised particle and a name after the word make it a given name.
  // Not "In La Libertad, …": a preposition is no given name.
  if (run.length >= 3 && SURNAME_PARTICLES.has(run[1]!.text) && run[2]!.capitalised && !FUNCTION_WORDS.has(first.text)) return run;
  // "Insurer ICICI Lombard said": a class noun opening the sentence before a name.
  const classNoun = INITIAL_CLASS_NOUNS.has(first.text.toLowerCase()) && run.length > 1;
  // "Supreme Court judges ruled", "State Bank of Vietnam kept rates", "Storm Boris brought",
  // "Morrish Medal winner …": an adjective or a word that is also a verb, before a name's head word
  // (an award's too) or as a storm's, opens the name.
  // "Close Brothers and Santander …": a company's own last word heads a two-word name just as well;
  // "Shining Century Textiles, which sews jeans": a longer one too.
  const companyHeaded = run.length >= 2 && (COMPANY_WORDS.has(run.at(-1)!.text) || COMPANY_TAILS.has(run.at(-1)!.text));
  // "Maritime New Zealand, the safety regulator, said": the sentence says the word is a name's.
  const headed = companyHeaded || saidName || run.slice(1).some((t) => ORGANIZATION_WORDS.has(t.text) || PLACE_WORDS.has(t.text) || EVENT_WORDS.has(t.text) || INITIATIVE_WORDS.has(t.text) || STORM_HEADS.has(t.text) || AWARD_WORDS.has(t.text));
  // "Parque da Cidade, built on …": a word that opens places' names, before a name, opens this one
  // (compromise reads "parque" as an adjective).
  const placeHeaded = run.length > 1 && (STORM_HEADS.has(first.text) || PLACE_HEADS.has(first.text));
  if (!FUNCTION_WORDS.has(first.text) && !classNoun && (headed || placeHeaded)) return run;
  if (!FUNCTION_WORDS.has(first.text) && !isCommonWord(first.text) && !classNoun) return run;
  const rest = run.slice(1);
  // "The 5th Circuit agreed": an ordinal before its head stays.
  while (rest.length > 0 && !rest[0]!.capitalised && !(rest.length > 1 && /^\d{1,3}(?:st|nd|rd|th)$/.test(rest[0]!.text))) rest.shift();
  return rest;
}

/**
 * "Opposition Democratic Party chairman Luvsanvandan Bold": a word for a party's standing before a
 * body's name (ending in a body's word, or a head word with "of") is no part of it; nor is a
 * movement's adjective before a known body's name.
 */
function withoutStandingWord(run: Token[]): Token[] {
  const rest = run.slice(1);
  const body = rest.length >= 2 && (ORGANIZATION_WORDS.has(rest[rest.length - 1]!.text) || (ORGANIZATION_HEADS.has(rest[0]!.text) && rest[1]!.text === 'of'));
  if (STANDING_WORDS.has(run[0]?.text ?? '') && body) return rest;
  // "the Peronist Unión por la Patria": a movement's adjective before a known body's name.
  const movement = /^\p{Lu}\p{Ll}+ists?$/u.test(run[0]?.text ?? '') && rest.length >= 2 && !knownName(joinTokens(run));
  return movement && knownName(joinTokens(rest))?.type === 'organization' ? rest : run;
}

/**
 * "the Kurdish PKK", "the German EPP lawmaker", "the Christian ACV-CSC": a people's or a faith's
 * adjective before one acronym describes the body, no word of its name ("Saudi PIF" is the PIF).
 * Not "Western LNG": a compass word before a company's word ("LNG", "AI") opens a company's name,
 * where a people's adjective ("Australian LNG") says where.
 */
function withoutPeoplesAdjective(run: Token[]): Token[] {
  if (run.length !== 2 || !run[1]!.allCaps || !/^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(run[1]!.text) || knownName(joinTokens(run))) return run;
  const [adjective, acronym] = [run[0]!.text, run[1]!.text];
  if (placeOfAdjective(adjective) !== undefined) return run.slice(1);
  return NON_NAME_ADJECTIVES.has(adjective) && !ORGANIZATION_WORDS.has(acronym) ? run.slice(1) : run;
}

/**
 * "told The Associated Press": a capitalised "The" inside a sentence before a name a lexicon knows
 * without it is the house style of the name's owner, not another name. "The Hague", known whole, keeps it.
 */
function withoutLeadingThe(run: Token[]): Token[] {
  const rest = run.slice(1);
  return run[0]?.text === 'The' && rest.length > 0 && knownName(joinTokens(rest)) !== undefined && knownName(joinTokens(run)) === undefined ? rest : run;
}

/**
 * "Internal Market Commissioner Thierry Breton" opening a sentence: "Internal" went as a common
 * word, but it began a title of words no list has, so it goes back into the role.
 */
function withDroppedTitleWord(found: Token[], run: Token[], split: RoleSplit): RoleSplit {
  const dropped = found[0]!;
  if (!split.role || found.length !== run.length + 1 || FUNCTION_WORDS.has(dropped.text) || ROLE_WORDS.has(run[0]!.text)) return split;
  return { ...split, role: joinTokens([dropped, ...run.slice(0, split.nameStart)]) };
}

/**
 * "Anglo-Australian", "Sino-Soviet", "Franco-German": a compound of two peoples' adjectives, or of
 * a combining form and one, qualifies a noun and names nothing itself.
 */
function isCompoundAdjective(word: string): boolean {
  const parts = word.split('-');
  return parts.length >= 2 && parts.every((p, k) => placeOfAdjective(p) !== undefined || (k < parts.length - 1 && COMBINING_FORMS.has(p)));
}

/**
 * "warships to the Caribbean": a place whose adjective is its name ("Caribbean nations") names the
 * place when no lower-case noun follows it.
 */
function namesPlaceItself(run: Token[], tokens: Token[]): boolean {
  const text = joinTokens(run);
  const next = tokens[tokens.indexOf(run[run.length - 1]!) + 1];
  return knownName(text)?.name === text && !(next && !next.capitalised && /^ $/.test(next.gapBefore) && /^\p{Ll}+$/u.test(next.text) && !FUNCTION_WORDS.has(next.text) && !/^(?:in|on|at|and|or|to|from|with|by|of|for|as|after|before|since|during|over|under)$/.test(next.text));
}

/** "Russian", "Latin American", "Republican": adjectives, not names of anything. */
function isOnlyAdjectives(run: Token[]): boolean {
  if (placeOfAdjective(joinTokens(run)) !== undefined) return true;
  // "South American football", "West African states": a compass word before a people's adjective.
  if (run.length === 2 && COMPASS_WORDS.has(run[0]!.text) && placeOfAdjective(run[1]!.text) !== undefined && !run[1]!.possessive) return true;
  const plainWord = (t: Token) => FUNCTION_WORDS.has(t.text) || NON_NAME_ADJECTIVES.has(t.text) || NON_NAME_GROUPS.has(t.text);
  return run.every((t) => placeOfAdjective(t.text) !== undefined || plainWord(t) || isCompoundAdjective(t.text));
}

function placeInTitle(t: Token, tokens: Token[]): Candidate {
  const i = tokens.indexOf(t);
  return { text: t.text, tokens: [t], honorific: false, initial: t.initial, before: wordBefore(tokens, i), after: tokens[i + 1]?.text.toLowerCase() ?? '' };
}

/** A plain candidate of some of the sentence's tokens, with the words around it. */
function candidateOf(found: Token[], tokens: Token[]): Candidate {
  const first = tokens.indexOf(found[0]!);
  const last = tokens.indexOf(found[found.length - 1]!);
  return { text: joinTokens(found), tokens: found, honorific: false, initial: found[0]!.initial, before: wordBefore(tokens, first), after: tokens[last + 1]?.text.toLowerCase() ?? '' };
}

/**
 * Candidates in one sentence, in order. `printedInside`: pairs of capitalised words ("Black
 * Nights") the article prints inside a sentence, which keep the first of them at a sentence's
 * start (capitalisedPairs).
 */
export function findCandidates(tokens: Token[], sentence: string, printedInside?: ReadonlySet<string>): Candidate[] {
  const candidates: Candidate[] = [];
  const titles = new Set<Token[]>();
  for (const found of runs(tokens, sentence, titles)) {
    if (titles.has(found)) {
      const i = tokens.indexOf(found[0]!);
      const end = tokens.indexOf(found[found.length - 1]!);
      candidates.push({ text: joinTokens(found), tokens: found, honorific: false, initial: false, before: wordBefore(tokens, i), after: tokens[end + 1]?.text.toLowerCase() ?? '', work: true });
      continue;
    }
    const saidName = saysInitialWordIsName(found, tokens, sentence);
    const trimmed = withoutPeoplesAdjective(withoutLeadingThe(withoutStandingWord(dropInitialCommonWord(found, saidName, printedInside))));
    const portfolioRun = trimmed.length > 0 ? trimmed.slice(portfolioLength(trimmed, sentence) || portfolioTitleEnd(trimmed)) : trimmed;
    const posting = portfolioRun.length > 0 ? postingPlaceLength(portfolioRun, sentence) : 0;
    if (posting > 0) {
      const place = portfolioRun.slice(0, posting);
      candidates.push({ ...placeInTitle(place[0]!, tokens), text: joinTokens(place), tokens: place, after: '' });
    }
    const run = portfolioRun.slice(posting);
    if (run.length === 0 || (isOnlyAdjectives(run) && !namesPlaceItself(run, tokens))) continue;
    // "Autostrade per l'Italia": a French or Italian elided article opens no name alone, only
    // inside one ("Prix de l'Arc de Triomphe").
    if (run.length === 1 && /^[dl]['’]/u.test(run[0]!.text)) continue;
    // "RRS Sir David Attenborough": a ship named for a person keeps the honorific in its name.
    const ship = isShipName(run.map((t) => t.text));
    // "King Abdulaziz City for Science and Technology (KACST)": initials that spell the title's word
    // too say it is the name's.
    const keepsTitle = ship || spelledByInitials(run, tokens, tokens.indexOf(run[run.length - 1]!) + 1);
    const split = keepsTitle ? { honorific: false, nameStart: 0 } : withDroppedTitleWord(found, run, splitRole(run));
    // A title phrase ("Woman International Master") names no body or place inside it.
    const title = TITLE_PHRASES.includes(split.role ?? '') ? [] : run.slice(0, split.nameStart);
    // "Georgia Gov. Brian Kemp", "São Paulo Governor …": the place in a title is named too.
    const titlePlaces = placesIn(title);
    for (const place of titlePlaces) {
      candidates.push({ ...placeInTitle(place[0]!, tokens), text: joinTokens(place), tokens: place });
    }
    const body = bodyInTitle(title);
    if (body) candidates.push({ ...placeInTitle(body[0]!, tokens), text: joinTokens(body), tokens: body, after: '' });
    // "Hatay Province Governor": the known "Hatay" was named already.
    const titlePlace = body || titlePlaces.length > 0 ? undefined : featureInTitle(title);
    if (titlePlace) candidates.push({ ...placeInTitle(titlePlace[0]!, tokens), text: joinTokens(titlePlace), tokens: titlePlace, after: '' });
    const employer = body || titlePlace || titlePlaces.length > 0 ? undefined : companyInTitle(title);
    if (employer) candidates.push({ ...placeInTitle(employer[0]!, tokens), text: joinTokens(employer), tokens: employer, after: '', company: 3 });
    let name = run.slice(split.nameStart);
    if (name.length === 0 || (isOnlyAdjectives(name) && !namesPlaceItself(name, tokens))) continue;
    if (isCommonNounName(name.map((t) => t.text))) continue;
    const place = placeOfPartyMember(name);
    if (place) {
      const member = name[name.length - 1]!;
      candidates.push({ ...placeInTitle(place[0]!, tokens), text: joinTokens(place), tokens: place, after: member.text.toLowerCase() });
      candidates.push({ ...placeInTitle(member, tokens), before: '' });
      continue;
    }
    const qualifier = placeBeforeKnownName(name);
    if (qualifier) {
      candidates.push({ ...placeInTitle(qualifier[0]!, tokens), text: joinTokens(qualifier), tokens: qualifier, after: name[qualifier.length]!.text.toLowerCase() });
      name = name.slice(qualifier.length);
    }
    name = bodyBeforeHeritageStatus(name) ?? name;
    const last = name[name.length - 1]!;
    const firstIndex = tokens.indexOf(name[0]!);
    const lastIndex = tokens.indexOf(last);
    const next = tokens[lastIndex + 1];
    const nextWord = next && next.gapBefore === ' ' ? next.text : undefined;
    const words = name.map((t) => t.text);
    const previousWord = name[0]!.gapBefore === ' ' ? tokens[firstIndex - 1]?.text : undefined;
    if (isDollarPrefix(words, next?.gapBefore) || isHeritageStatusAlone(name, next)) continue;
    if (isNumberedPart(words, nextWord) || isRouteBetweenPlaces(words, nextWord) || isEraOfYear(words, previousWord, nextWord) || isAcronymOfCommonWords(words, sentence, name[0]!.start)) continue;
    // "(Perludem)" after "Association for Elections and Democracy": a short form made of syllables,
    // not initials, is as much the long name's own, unless a lexicon knows it as something else.
    // "Tensor Processing Units (TPUs)": a plural name's acronym takes the plural's "s".
    const pluralAcronym = (t: Token) => /^\p{Lu}{2,}s$/u.test(t.text) && /s$/.test(last.text);
    // A lexicon's body named by its short form alone is still this name's ("(Ibama)"), but not
    // after a place's: "KINSHASA, Democratic Republic of Congo (Reuters)" is a dateline's credit.
    const knownBody = (t: Token) => knownName(t.text)?.type === 'organization' && knownName(joinTokens(name))?.type !== 'place';
    const syllables = (t: Token) => name.length >= 3 && /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && (!knownName(t.text) || knownBody(t));
    // "National Council for Scientific and Technological Development (CNPq)": capitals and one
    // lower-case letter last, as Brazil's bodies print theirs (not a plural's "s").
    const lowerLast = (t: Token) => name.length >= 3 && /^\p{Lu}{2,}\p{Ll}$/u.test(t.text) && !t.text.endsWith('s');
    // "the Liberty and Refoundation party (Libre)": a party's short form after its class noun.
    const afterNoun = next && next.gapBefore === ' ' && /^(?:party|movement|alliance|coalition)$/.test(next.text) ? tokens[lastIndex + 2] : undefined;
    const bracketed = afterNoun && /^\s*\($/.test(afterNoun.gapBefore) ? afterNoun : next;
    // "Communist Party of India (Marxist)": a bracketed word a lexicon knows as the name's own end.
    const knownWithBracket = next && /^\s*\($/.test(next.gapBefore) && sentence[next.end] === ')' ? knownName(`${joinTokens(name)} (${next.text})`) : undefined;
    const acronym =
      !knownWithBracket && bracketed && /^\s*\($/.test(bracketed.gapBefore) && ((bracketed.allCaps && bracketed.text.length >= 2) || pluralAcronym(bracketed) || syllables(bracketed) || lowerLast(bracketed) || isBlendedShortForm(bracketed.text, name) || isParticleInitials(bracketed.text, name) || isLengthenedInitials(bracketed.text, name) || isInitialsThenLastWord(bracketed.text, name) || isCapitalInitials(bracketed.text, name)) && sentence[bracketed.end] === ')' && !last.possessive
        ? bracketed.text
        : undefined;
    // "(JP Union)", "(CASA PNG)": a short form of two words.
    const second = tokens[lastIndex + 2];
    const pair = next && /^\s*\($/.test(next.gapBefore) && second?.gapBefore === ' ' && sentence[second.end] === ')' && !last.possessive && isInitialsAndWord(next.text, second.text, name) ? `${next.text} ${second.text}` : undefined;
    const pastAcronym = acronym && /^\)\s+$/.test(tokens[lastIndex + 2]?.gapBefore ?? '') ? tokens[lastIndex + 2] : undefined;
    const candidate: Candidate = {
      text: knownWithBracket ? `${joinTokens(name)} (${next!.text})` : joinTokens(name),
      tokens: name,
      honorific: split.honorific,
      initial: name[0]!.initial && !saidName,
      before: split.nameStart > 0 ? run[split.nameStart - 1]!.text.toLowerCase() : wordBefore(tokens, firstIndex),
      // Only the word right after counts: in "ships in the Bosphorus, said officials", "said" is not its verb.
      // "the Baku-Tbilisi-Ceyhan (BTC) pipeline": the word after its acronym in parentheses.
      after: last.possessive ? "'s" : pastAcronym ? pastAcronym.text.toLowerCase() : next && /^\s+$/.test(next.gapBefore) ? marketNoun(tokens, lastIndex + 1) : '',
      ...cues(tokens, sentence, firstIndex, lastIndex),
    };
    if (split.role) candidate.role = split.role;
    if (acronym ?? pair) candidate.acronym = acronym ?? pair;
    if (productNounAfter(tokens, pastAcronym ? lastIndex + 1 : lastIndex) || isMadeThing(candidate.before, tokens, firstIndex) || isNamedProduct(tokens, firstIndex) || isNamedVessel(tokens, sentence, firstIndex)) candidate.product = true;
    if (isPrizeFor(tokens, lastIndex)) candidate.prize = true;
    const owner = tokens[firstIndex - 1];
    const apostropheS = owner !== undefined && /^['’]s\s+$/u.test(sentence.slice(owner.start + owner.text.length, name[0]!.start));
    if (apostropheS && knownName(owner.text)?.type === 'organization') candidate.ownedByCompany = true;
    const restated = restatedNoun(tokens, firstIndex, lastIndex);
    if (restated) candidate.restated = restated;
    const company = companyCue(sentence, name);
    if (company) candidate.company = company;
    candidates.push(candidate);
  }
  const make = (part: Token[]) => candidateOf(part, tokens);
  return namePostsBodies(splitTitleForPlace(joinSharedTitles(joinPortfolioFields(candidates, sentence), sentence, make), sentence, make), make);
}
