import type { Token } from './tokens';
import { isPortfolioWord, PORTFOLIO_HEADS } from './lexicon/portfolio-words';
import { BENCHMARK_WORDS, CONNECTORS, EVENT_WORDS, FACILITY_TAILS, HONORIFICS, INITIATIVE_WORDS, isPatronymicParticle, ORGANIZATION_WORDS, PLACE_WORDS, ROLE_HEADS, ROLE_WORDS, RULER_SITE_TAILS, RULER_TITLES, TITLE_PHRASES } from './lexicon/words';
import { knownName, placeOfAdjective } from './known-names';
import { GIVEN_NAMES } from './lexicon/given-names';
import { isInitialPlayerPosition } from './player-positions';
import { isListedWord, wordTags } from './word-tags';
import { GENERATION_SUFFIX } from './surname';

/** "Chief of Staff", "Chiefs of Staff" opening at tokens[i]: one title of three words, its "Staff" no body. */
export function isChiefOfStaff(tokens: readonly Token[], i: number): boolean {
  return /^Chiefs?$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === 'of' && tokens[i + 2]?.text === 'Staff';
}

export interface RoleSplit {
  /** "U.S. Secretary of State"; undefined when the name has no title before it. */
  role?: string;
  /** The title was only an honorific ("Mr.", "Sen."): still says the name is a person's. */
  honorific: boolean;
  /** Index of the first token of the name proper; tokens.length when it is all title. */
  nameStart: number;
}


/** The small words inside a holder's name after a title's field: "bin", "de". */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti', 'de', 'da', 'del', 'van', 'von']);

/** Trades a title's head may open: "Chief Economist", "Chief Scientist"; not "Son", a surname too. */
const TRADES_AFTER_HEAD = new Set(['Economist', 'Strategist', 'Scientist', 'Engineer', 'Analyst', 'Statistician', 'Architect']);

// "President-Director", "Secretary-Treasurer": two title words joined are one.
const isTitleCompound = (text: string, words: ReadonlySet<string>) => text.includes('-') && text.split('-').every((w) => ROLE_WORDS.has(w)) && text.split('-').some((w) => words.has(w));
// "Co-Chief Executive", "Co-Founder": a shared post's "Co-" before a title word.
const withoutCo = (text: string) => text.replace(/^Co-(?=\p{Lu})/u, '');
const isRoleHead = (token: Token) => ROLE_HEADS.has(withoutCo(token.text)) || isTitleCompound(token.text, ROLE_HEADS);

function isRolePart(token: Token): boolean {
  return ROLE_WORDS.has(withoutCo(token.text)) || isTitleCompound(token.text, ROLE_WORDS) || placeOfAdjective(token.text) !== undefined || knownName(token.text)?.type === 'place';
}

/**
 * Separates a title from the name it precedes: "Russian Foreign Minister Sergei Lavrov" → role
 * "Russian Foreign Minister", name from "Sergei". A run of title words with no head word
 * ("Russian", "Foreign") is not a title, and names of bodies ("Foreign Ministry") are never split.
 */
export function splitRole(tokens: Token[]): RoleSplit {
  // "Prince Rupert", "General Santos": a town a lexicon knows keeps its title-like first word.
  if (knownName(joinTokens(tokens))?.type === 'place') return { honorific: false, nameStart: 0 };
  // "General Data Protection Regulation", "Premier Market Index": no person's name ends in a
  // body's, a law's or an index's word.
  const last = tokens[tokens.length - 1]!.text;
  // Not "Minister of Industries": a minister's portfolio may end in a company's word.
  const portfolio = PORTFOLIO_HEADS.has(tokens[0]!.text) && /^(?:of|for)$/.test(tokens[1]?.text ?? '');
  // Nor an event's: "Grandmaster Ziaur Rahman Memorial International Chess Tournament".
  if (!portfolio && (ORGANIZATION_WORDS.has(last) || INITIATIVE_WORDS.has(last) || BENCHMARK_WORDS.has(last) || EVENT_WORDS.has(last))) return { honorific: false, nameStart: 0 };
  // "Sultan Ismail Petra Airport", "King Fahd Causeway", "Queen Alia Airport": a facility named
  // after a ruler keeps the title; no person's name ends in the facility's word.
  if (tokens.length > 2 && FACILITY_TAILS.has(tokens[tokens.length - 1]!.text)) return { honorific: false, nameStart: 0 };
  // "King Salman Park", "Queen Elizabeth Olympic Park", "King Faisal Prize": a park or a prize named
  // after a ruler, whose title no person's surname ("Park") follows.
  if (tokens.length > 2 && RULER_TITLES.has(tokens[0]!.text) && /^(?:Park|Gardens?|Prize|Award|Medal|Cup|Trophy)$/.test(tokens[tokens.length - 1]!.text)) return { honorific: false, nameStart: 0 };
  // "King Street", "Queen's Road", "Prince Edward Island": a street or a place named after a ruler,
  // by a place's last word.
  // "King Salman Automotive Cluster", "King Hussein Industrial Estate": so is an industrial site.
  if (RULER_TITLES.has(tokens[0]!.text) && (PLACE_WORDS.has(last) || RULER_SITE_TAILS.has(last))) return { honorific: false, nameStart: 0 };
  // "International Master Fahad Rahman": a title of several words a list holds, before a name of
  // two to four words; alone ("norms towards Woman Grandmaster titles") it names no one.
  const phrase = titlePhraseLength(tokens);
  if (phrase > 0 && (tokens.length === phrase || (tokens.length - phrase >= 2 && tokens.length - phrase <= 4))) {
    return { role: joinTokens(tokens.slice(0, phrase)), honorific: false, nameStart: phrase };
  }
  // "Fly-half Finn Russell kicked …": a playing position opening the sentence is the player's title.
  if (tokens.length > 1 && tokens[0]!.initial && isInitialPlayerPosition(tokens[0]!.text)) return { role: tokens[0]!.text, honorific: false, nameStart: 1 };
  // "American Maddie Carlisle", "Czech Tereza Novakova": a nationality before a given name and a
  // surname, as sports pages print players, says who she is; it is no word of her name.
  // "New Zealander Sophie Devine", "South African Wayde van Niekerk": a nationality of two words.
  const nationality = [1, 2].find((k) => isNationalityBeforeName(tokens, k));
  if (nationality) return { role: joinTokens(tokens.slice(0, nationality)), honorific: false, nameStart: nationality };
  let sawHead = false;
  // "United Arab Emirates President Sheikh Mohamed …": a place of several words opens the title.
  const place = [3, 2].find((k) => k < tokens.length && knownName(joinTokens(tokens.slice(0, k)))?.type === 'place') ?? 0;
  let end = place;
  for (let i = place; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "White House Chief of Staff Susie Wiles": "of Staff" is the title's, not a body's name.
    if (isChiefOfStaff(tokens, i) && i + 3 < tokens.length) {
      [sawHead, end, i] = [true, i + 3, i + 2];
      continue;
    }
    const connector = CONNECTORS.has(t.text) && sawHead;
    // "Chief Economist Philip Lane": after a title's head, a trade's noun is more of the title.
    const trade = sawHead && TRADES_AFTER_HEAD.has(t.text);
    if (!isRolePart(t) && !connector && !trade) break;
    if (sawHead && opensNameAfterTitle(tokens, i)) break;
    if (isRoleHead(t)) sawHead = true;
    if (!connector) end = i + 1;
  }
  const extended = Math.max(extendedTitleEnd(tokens), unknownTitleEnd(tokens));
  if (extended > end) [end, sawHead] = [extended, true];
  // "General Confederation of Labor", "General Assembly": a body's word right after the title
  // words says they open the body's name, not a person's title.
  if (!sawHead || ORGANIZATION_WORDS.has(tokens[end]?.text ?? '')) return { honorific: false, nameStart: 0 };
  // "The Sultan of Brunei": "of" and what follows it belong to the title, never open a name,
  // unless a holder's name follows the title's field ("Commissioner of Police Allister Guevarro").
  if (end < tokens.length && CONNECTORS.has(tokens[end]!.text)) end = holderAfterField(tokens, end) ?? tokens.length;
  // "Minister of Information Technology Khalid Saleh": a field that runs past the title's own words.
  const of = tokens.findIndex((t, k) => k < end && t.text === 'of' && PORTFOLIO_HEADS.has(tokens[k - 1]?.text ?? ''));
  if (of > 0 && end < tokens.length && !CONNECTORS.has(tokens[end]!.text)) end = Math.max(end, holderAfterField(tokens, of) ?? end);
  // "Prime Minister Sheikh Hasina": a known person's name may open with a title's word.
  if (end > 1 && end < tokens.length && knownName(joinTokens(tokens.slice(end - 1)))?.type === 'person') end--;
  const titleTokens = tokens.slice(0, end);
  const honorific = titleTokens.some((t) => HONORIFICS.has(t.text));
  const onlyHonorific = titleTokens.every((t) => HONORIFICS.has(t.text));
  const role = onlyHonorific ? undefined : joinTokens(titleTokens);
  return { role, honorific, nameStart: end };
}

/**
 * "Defence Minister Israel Katz", "Mayor London Breed": after the title's head, a place's name
 * with one plain word after it, the run's last, is the holder's given name, not more title.
 */
function opensNameAfterTitle(tokens: Token[], i: number): boolean {
  const [place, surname] = [tokens[i]!, tokens[i + 1]];
  if (i !== tokens.length - 2 || !surname || ROLE_WORDS.has(place.text) || knownName(place.text)?.type !== 'place') return false;
  return /^\p{Lu}\p{Ll}/u.test(surname.text) && !surname.possessive && !isLexiconWord(surname) && !ORGANIZATION_WORDS.has(surname.text);
}

/**
 * "Ukrainian Infrastructure Minister Oleksandr Kubrakov": a title may hold words no list has, if it
 * opens with a place or title word and ends in a head word with a name still after it.
 */
function extendedTitleEnd(tokens: Token[]): number {
  if (!isRolePart(tokens[0]!)) return 0;
  let head = -1;
  for (let i = 1; i < tokens.length - 1; i++) if (isTitleHead(tokens, i)) head = i;
  if (head < 0) return 0;
  let end = head + 1;
  while (end < tokens.length - 1 && (ROLE_WORDS.has(tokens[end]!.text) || CONNECTORS.has(tokens[end]!.text))) end++;
  while (end > head + 1 && CONNECTORS.has(tokens[end - 1]!.text)) end--;
  return end;
}

/** "Justice of Appeal Marguerite Hewlett-Charles": an appeal court's judge, whose "Appeal" is the field. */
const isAppealBench = (tokens: Token[], of: number, t: Token) =>
  /^(?:Appeal|Appeals)$/u.test(t.text) && /^(?:Justice|Justices|Judge|Judges)$/u.test(tokens[of - 1]?.text ?? '');

/**
 * "Commissioner of Police Allister Guevarro", "Minister of Foreign Affairs Ana Ruiz": after the
 * title's "of", one or two words a list knows are its field; two or three plain capitalised words
 * that end the run, none a list knows, are the holder's name. Returns where the name starts.
 */
function holderAfterField(tokens: Token[], of: number): number | undefined {
  if (tokens[of]!.text !== 'of') return undefined;
  const plainName = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text) && !isLexiconWord(t) && !PLACE_WORDS.has(t.text);
  // "Said bin Hamoud al-Maawali": a particle inside, and an "al-" surname, take a fourth word.
  const nameWord = (t: Token) => (plainName(t) || /^(?:al|el)-\p{Lu}\p{Ll}/u.test(t.text)) && !isPortfolioWord(t.text);
  const isHolder = (holder: Token[]) => {
    const particles = holder.filter((t) => NAME_PARTICLES.has(t.text)).length;
    return holder.length >= 2 && holder.length <= 3 + Math.min(particles, 1) && plainName(holder[0]!) && nameWord(holder.at(-1)!) && holder.every((t) => nameWord(t) || NAME_PARTICLES.has(t.text));
  };
  for (const fieldWords of [1, 2]) {
    const start = of + 1 + fieldWords;
    const field = tokens.slice(of + 1, start);
    const holder = tokens.slice(start);
    // "Vice Minister of Public Order Jorge Salas": a field's word ("Order") opens no holder's name.
    const fieldWord = (t: Token) => isLexiconWord(t) || isPortfolioWord(t.text) || isAppealBench(tokens, of, t);
    // A father's name after "bin" says the word before it is a given name ("Said bin Hamoud").
    const patronymic = isPatronymicParticle(holder[1]?.text);
    const opensName = holder[0] !== undefined && (GIVEN_NAMES.has(holder[0].text) || wordTags(holder[0].text).has('FirstName') || !isListedWord(holder[0].text) || patronymic);
    if (field.length === fieldWords && field.every(fieldWord) && opensName && isHolder(holder)) return start;
  }
  // "Minister of Mines and Energy Natangwe Ithete": two portfolio words joined by "and".
  const fields = tokens.slice(of + 1, of + 4);
  const holder = tokens.slice(of + 4);
  const joined = fields.length === 3 && fields[1]!.text === 'and' && isPortfolioWord(fields[0]!.text) && isPortfolioWord(fields[2]!.text);
  if (joined && isHolder(holder)) return of + 4;
  return undefined;
}

/**
 * A title's head word at tokens[i], unless it follows "bin" or "ibn", where it is a father's name
 * ("Prince Khalid bin Sultan Al Faisal", "Mohammed bin Salman").
 */
function isTitleHead(tokens: Token[], i: number): boolean {
  return isRoleHead(tokens[i]!) && !isPatronymicParticle(tokens[i - 1]?.text) && !isSheikhInName(tokens, i);
}

/**
 * "President Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" after a plain name word is a
 * Somali or Arab name's own word, no title; after a title ("Prime Minister Sheikh Hasina") it is one.
 */
function isSheikhInName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return /^(?:Sheikh|Shaikh|Sheik|Shaykh)$/.test(tokens[i]!.text) && before !== undefined && before.capitalised && !before.possessive && !isRolePart(before) && !HONORIFICS.has(before.text);
}

/** A word some list gives a meaning (a body's, place's or title's word, a known name). */
function isLexiconWord(token: Token): boolean {
  return ORGANIZATION_WORDS.has(token.text) || ROLE_WORDS.has(token.text) || knownName(token.text) !== undefined || placeOfAdjective(token.text) !== undefined;
}

/**
 * "Internal Market Commissioner Thierry Breton", "Supreme Leader Ali Khamenei": a title of words no
 * list has still ends in a head word. Taken only when two to four plain name words follow the
 * last head, none of them a word a list knows, so "General Motors" or "Queen Elizabeth Hospital"
 * (a head first, or a body's word after) stay whole; a surname a list knows may follow a known
 * given name. A name's particles may sit between its
 * words ("São Paulo Governor Tarcísio de Freitas"), but never first or last.
 */
function unknownTitleEnd(tokens: Token[]): number {
  let head = -1;
  // Not the last word: a surname may be a title's word ("IOM Director General Amy Pope").
  for (let i = 1; i < tokens.length - 1; i++) if (isTitleHead(tokens, i)) head = i;
  // "Nexora Chief Executive Tom Hale": title words after the head ("Executive") are still the title's,
  // and so is "of Staff" after "Chief".
  while (head >= 1 && head + 1 < tokens.length && ROLE_WORDS.has(tokens[head + 1]!.text)) head++;
  if (head >= 1 && isChiefOfStaff(tokens, head)) head += 2;
  const name = tokens.slice(head + 1);
  const words = name.filter((t) => !CONNECTORS.has(t.text));
  // Up to four words: Arabic names run long ("U.N. Ambassador Al-Harith Idriss Al-Harith Mohamed").
  if (head < 1 || words.length < 2 || words.length > 4) return 0;
  if (!name[0]!.capitalised || !name[name.length - 1]!.capitalised) return 0;
  // "Jasper Mayor Richard Ireland": after a known given name, a surname may be a word a list
  // knows (a country here); the given name says the words after the head are a person's.
  // So does a given name a lexicon knows as a person's ("Sita", the goddess), itself no bar.
  const personFirst = wordTags(words[0]!.text).has('FirstName') && knownName(words[0]!.text)?.type === 'person';
  const givenFirst = GIVEN_NAMES.has(words[0]!.text) || personFirst;
  // An initial may open the name or stand inside it ("ISRO Chairman V. Narayanan", "Samsung
  // Chairman Jay Y. Lee"); other words in capitals are acronyms.
  // A generation's or a reign's number may close it ("Vicente Sotto III", "Patriarch Bartholomew I").
  // Initials may be dotted together ("Union Minister H.D. Kumaraswamy").
  const initials = (t: Token, k: number) => k < words.length - 1 && (t.text.replace(/\.$/, '').length === 1 || /^(?:\p{Lu}\.){2,3}$/u.test(t.text));
  const acronym = (t: Token, k: number) => t.allCaps && !initials(t, k) && !(k === words.length - 1 && (GENERATION_SUFFIX.test(t.text) || /^[IVX]{1,4}$/.test(t.text)));
  const listedWord = (t: Token, k: number) => isLexiconWord(t) && !(givenFirst && k > 0) && !(personFirst && k === 0);
  if (words.some((t, k) => !t.capitalised || acronym(t, k) || listedWord(t, k))) return 0;
  return head + 1;
}

/** Whether the first `words` tokens are a nationality before a given name and a surname. */
function isNationalityBeforeName(tokens: Token[], words = 1): boolean {
  if (tokens.length < words + 2 || tokens.length > words + 3 || placeOfAdjective(joinTokens(tokens.slice(0, words))) === undefined) return false;
  const given = tokens[words]!.text;
  if (!GIVEN_NAMES.has(given) && !wordTags(given).has('FirstName')) return false;
  // A particle may sit inside the name: "van Niekerk".
  return tokens.slice(words).every((t, k) => (/^\p{Lu}\p{Ll}/u.test(t.text) || (k > 0 && /^(?:van|von|de|da|der|den|du|le|la)$/u.test(t.text))) && !t.allCaps && !isLexiconWord(t));
}

/** How many tokens a title phrase (TITLE_PHRASES) opening the run takes; 0 if none does. */
function titlePhraseLength(tokens: Token[]): number {
  const phrase = TITLE_PHRASES.find((p) => p.split(' ').every((w, k) => tokens[k]?.text === w));
  return phrase === undefined ? 0 : phrase.split(' ').length;
}

/** Tokens back into text, with the spacing they had. */
export function joinTokens(tokens: Token[]): string {
  return tokens.map((t, i) => (i === 0 ? t.text : t.gapBefore + t.text)).join('');
}
