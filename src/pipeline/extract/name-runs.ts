import { PERSON_NOUNS } from './lexicon/person-nouns';
import { isLowerCaseBrand } from './company-cues';
import { beginsKnownNameWithComma, beginsKnownNameWithNumber, knownName } from './known-names';
import { GIVEN_NAMES } from './lexicon/given-names';
import { HOLIDAY_PHRASES, INITIATIVE_WORDS, ORGANIZATION_WORDS, ROLE_WORDS, WEEKDAYS } from './lexicon/words';
import { ORGANIZATION_NOUNS_AFTER } from './lexicon/context-nouns';
import { isDayInName, isHolidayOpeningName, isOrdinalInName, isSurnameLikeDate, joinsName } from './name-joins';
import { isNameWord } from './name-word';
import { isVesselNumber } from './works';
import { deviceModelEnd, isBareModelCode, isFamilyVariant, isMakerModel, isModelNumber, numberedModelEnd } from './products';
import { calledNameEnd } from './called-names';
import { bodyListEnd, committeeOfFieldsEnd } from './field-names';
import { nicknameSurnameAt, quotedTitleEnd } from './quoted-titles';
import { VISION_WORDS, YEAR_EVENT_HEADS } from './name-endings';
import { LEGAL_FORMS } from './lexicon/company-words';
import { joinTokens } from './role-split';
import { isPossessiveCompanyName, isPossessiveInKnownName, isPossessiveSiteName, isPossessiveSpelled, isSexInName } from './possessives-in-names';
import { MEASURE_UNITS } from './non-names';
import { bracketedPlaceEnd, colonStatuteEnd } from './statute-names';
import type { Token } from './tokens';
import { isCommonWord, wordTags } from './word-tags';
import { isCitedYearAfterStatute, isOfBeforeStatuteYear, isYearAfterStatute, isYearInName } from './year-names';


/** Words no sentence ends in, after which an initial opens a name ("by S. Velmurugan"). */
const WORDS_BEFORE_A_NAME = new Set(['by', 'to', 'with', 'and', 'or', 'from', 'of', 'for', 'as', 'told', 'said', 'says', 'including', 'like', 'named']);
/** The last index of a known name that goes on past a comma at tokens[i] (up to eight words), or -1. */
function knownNameWithCommasEnd(run: Token[], tokens: Token[], i: number): number {
  // "The Philippine Atmospheric, Geophysical …" opening a sentence: the name after its "The".
  let text = joinTokens(run[0]?.text === 'The' && run.length > 1 ? run.slice(1) : run);
  // Most commas end a name: one set lookup settles them.
  if (!beginsKnownNameWithComma(text)) return -1;
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    text += `${tokens[j]!.gapBefore}${tokens[j]!.text}`;
    if (!/^(?:, | )$/.test(tokens[j]!.gapBefore)) return -1;
    if (knownName(text) !== undefined) return j;
  }
  return -1;
}

/** A given name our list or compromise knows. */
export const isGivenName = (word: string) => GIVEN_NAMES.has(word) || wordTags(word).has('FirstName');

/**
 * "Prime Minister Godwin Friday": a weekday right after a title's given name is the person's
 * surname, as a month's is ("Theresa May"). Not "Pope Francis Sunday said": a title and given name
 * a lexicon knows whole is the person named already, and the weekday is when.
 */
function isSurnameLikeWeekday(tokens: Token[], i: number, run: Token[]): boolean {
  const given = run[run.length - 1];
  const title = run[run.length - 2];
  if (!WEEKDAYS.has(tokens[i]!.text) || !given || !title || tokens[i]!.gapBefore !== ' ') return false;
  return ROLE_WORDS.has(title.text) && isGivenName(given.text) && !isCommonWord(given.text) && !given.possessive && knownName(`${title.text} ${given.text}`) === undefined;
}

/**
 * "Edo State Governor Monday Okpebholo": a weekday right after a title, before a surname no list
 * knows as a common word, is the holder's given name, as Nigerians and Ghanaians name children for
 * the day they were born. Not "the Governor Monday said": no capitalised word follows.
 */
function isGivenNameWeekday(tokens: Token[], i: number, run: Token[]): boolean {
  const [title, surname] = [run[run.length - 1], tokens[i + 1]];
  if (!WEEKDAYS.has(tokens[i]!.text) || !title || title.possessive || !ROLE_WORDS.has(title.text) || tokens[i]!.gapBefore !== ' ') return false;
  return surname !== undefined && surname.gapBefore === ' ' && /^\p{Lu}\p{Ll}/u.test(surname.text) && !isCommonWord(surname.text) && !ROLE_WORDS.has(surname.text) && !WEEKDAYS.has(surname.text);
}

/**
 * "CAC 40", "FTSE 100": a number ends a name where a lexicon knows the name with it, or after a
 * numbered instrument's word ("Resolution 2719", "Directive 2019"): those are named by number.
 */
function endsKnownNumberName(run: Token[], t: Token): boolean {
  if (!/^\d+(?:\.\d+)?$/.test(t.text)) return false;
  const last = run[run.length - 1]?.text;
  const owner = run[run.length - 2]?.text;
  const route = last === 'Route' && ROUTE_OWNERS.has(owner ?? '');
  // "National Road 4": Cambodia and Vietnam number their national roads (a street's "Road 4" is an address).
  const nationalRoad = last === 'Road' && owner === 'National';
  if (run.length > 0 && (NUMBERED_WORDS.has(run[run.length - 1]!.text) || route || nationalRoad) && /^ $/.test(t.gapBefore)) return true;
  // "Republic Act 9244", "(Act 663)": an act's number, as the Philippines and Ghana cite them. A
  // year after "Act" ("the Online Safety Act 2023") is its citation, which the name is kept without.
  // "Law 29785": a law alone by its number, as Peru and Colombia cite theirs.
  const lawAlone = run.length === 1 && last === 'Law';
  if ((last === 'Act' || lawAlone) && t.gapBefore === ' ' && /^\d{1,5}$/.test(t.text) && !/^(?:1[89]|20)\d\d$/.test(t.text)) return true;
  // "Amalgamated Transit Union Local 1572", "UFCW Local 832": a union's branch is named by number.
  if (last === 'Local' && run.length >= 2 && t.gapBefore === ' ' && /^\d{1,4}$/.test(t.text)) return true;
  return run.some((_, k) => knownName(`${joinTokens(run.slice(k))} ${t.text}`) !== undefined);
}

/** "Golden 1 Center": a number inside a name a lexicon knows past it (the words after it must follow). */
function continuesKnownNumberName(run: Token[], t: Token): boolean {
  return /^\d+$/.test(t.text) && run.some((_, k) => beginsKnownNameWithNumber(`${joinTokens(run.slice(k))} ${t.text}`));
}

/** Whether `text` is a known company's form that the lexicon itself prints with `lowerWord` in lower case ("SK hynix"). */
function knownInLowerCase(text: string, lowerWord: string): boolean {
  const known = knownName(text);
  return known?.type === 'organization' && [known.name, ...known.aliases].some((form) => form.endsWith(` ${lowerWord}`));
}

// Roads too: "National Highway 715", "Highway 401", "Interstate 95" (not "Route", which a bus or a
// flight takes, unless a state's: "State Route 126", "U.S. Route 66");
// launch pads and terminals: "Launch Complex 3", "Terminal 5"; oil and gas licence blocks: "Block 58";
// metro and tram lines: "Metro Line 1", "Line 2".
const NUMBERED_WORDS = new Set(['No.', 'Radio', 'Line', 'Complex', 'Pad', 'Terminal', 'Berth', 'Runway', 'Block', 'Resolution', 'Bill', 'Directive', 'Regulation', 'Proposition', 'Amendment', 'Article', 'Decree', 'Order', 'Highway', 'Expressway', 'Motorway', 'Interstate']);
const ROUTE_OWNERS = new Set(['State', 'U.S.', 'US', 'County', 'Provincial']);

/** "Decree 70/2023", "Resolution 1325/2000": a numbered instrument's year after a slash is its number's. */
function isNumberYear(run: Token[], t: Token): boolean {
  const n = run.length;
  return n >= 2 && t.gapBefore === '/' && /^\d+$/.test(t.text) && /^\d+$/.test(run[n - 1]!.text) && NUMBERED_WORDS.has(run[n - 2]!.text);
}

/** "the Daichi-3 Earth observation satellite": a model's code ends its name; the next word is not its. */
const endsInModelCode = (run: Token[]) => run.length > 0 && /^\p{Lu}[\p{L}']+-\d{1,4}$/u.test(run[run.length - 1]!.text) && !/^Covid-/iu.test(run[run.length - 1]!.text);

/**
 * "the Ombudsman's Office", "the Prosecutor's Office", "the Attorney General's Office": a title's
 * possessive before "Office" names the body, whose name goes on past the "'s". Not "Kadogosa's
 * office" (no title) nor "the minister's office" (lower case).
 */
function isOfficeOfRole(tokens: Token[], i: number): boolean {
  const [t, next] = [tokens[i]!, tokens[i + 1]];
  if (!t.possessive || !next || !/^(?:'s)? $/.test(next.gapBefore)) return false;
  // "the Jaffna Magistrate's Court": so is a magistrate's court.
  return (ROLE_WORDS.has(t.text) && next.text === 'Office') || (t.text === 'Magistrate' && next.text === 'Court');
}

const NUMBERED_STATUTES = /^(?:Law|Decree|Ordinance|Resolution)$/u;

/** Initials in capitals, an ampersand allowed: "S&P", "FTSE", "BMV". */
const INITIALS = /^\p{Lu}[\p{Lu}&]{1,5}$/u;

/** A lawyer's or an honour's letters after a person's name. */
export const POST_NOMINALS = new Set(['KC', 'QC', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE']);

/** Where a holiday's name opening at tokens[i] ends ("New Year's Eve"), or -1. */
function holidayPhraseEnd(tokens: Token[], i: number): number {
  const phrases = HOLIDAY_PHRASES.get(tokens[i]!.text);
  for (const phrase of phrases ?? []) {
    if (phrase.every((word, k) => tokens[i + k]?.text === word && (k === 0 || /^(?:['’]s)? $/u.test(tokens[i + k]!.gapBefore) || tokens[i + k - 1]!.possessive))) return i + phrase.length - 1;
  }
  return -1;
}

/**
 * The runs of name words in a sentence's tokens, before any is typed or trimmed: where names
 * start and end (numbers, "of", "&", possessives, quoted titles, initials). Quoted and "called"
 * titles found on the way are added to `titles`.
 */
export function runs(tokens: Token[], sentence: string, titles: Set<Token[]>): Token[][] {
  const result: Token[][] = [];
  let run: Token[] = [];
  // Tokens kept though not capitalised: model numbers, and brands printed in lower case.
  const models = new Set<Token>();
  const close = () => {
    // A number ends a name only where a lexicon knows it whole ("CAC 40", "FTSE 100") or as a
    // product's model number ("Ariane 6", "Falcon 9").
    const kept = (t: Token) => t.capitalised || models.has(t) || endsKnownNumberName(run.slice(0, -1), t);
    while (run.length > 0 && !kept(run[run.length - 1]!)) run.pop();
    // "Stephen Donaghue KC", "Sir Elton John CBE": a lawyer's or an honour's letters after a
    // person's name are no part of it.
    if (run.length >= 3 && POST_NOMINALS.has(run[run.length - 1]!.text) && run[run.length - 1]!.gapBefore === ' ') run.pop();
    if (run.length > 0) result.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "New Year's Eve", "Christmas Day": a holiday's name is no entity's.
    const holidayEnd = holidayPhraseEnd(tokens, i);
    if (holidayEnd >= 0) {
      close();
      i = holidayEnd;
      continue;
    }
    // "the 250 MW Bujagali station": a unit after its number measures the thing named next; it
    // opens no name.
    if (run.length === 0 && MEASURE_UNITS.has(t.text) && /^\d[\d.,]*$/.test(tokens[i - 1]?.text ?? '') && t.gapBefore === ' ') continue;
    const surnameAt = nicknameSurnameAt(run, tokens, i, sentence, isGivenName);
    if (surnameAt > 0) {
      run.push(...tokens.slice(i, surnameAt + 1));
      i = surnameAt;
      continue;
    }
    const titleEnd = Math.max(quotedTitleEnd(tokens, i, sentence), calledNameEnd(tokens, i, sentence));
    if (titleEnd >= 0) {
      close();
      const title = tokens.slice(i, titleEnd + 1);
      // "The Magician's Nephew": the "'s" the tokens drop goes back into the gap after it.
      for (let k = i; k < titleEnd; k++) if (tokens[k]!.possessive) tokens[k + 1]!.gapBefore = sentence.slice(tokens[k]!.start + tokens[k]!.text.length, tokens[k + 1]!.start);
      titles.add(title);
      result.push(title);
      i = titleEnd;
      continue;
    }
    // "United Nations Educational, Scientific and Cultural Organization": a name a lexicon knows
    // goes on past its commas.
    const knownEnd = run.length > 0 && t.gapBefore === ', ' ? knownNameWithCommasEnd(run, tokens, i) : -1;
    if (knownEnd > 0) {
      run.push(...tokens.slice(i, knownEnd + 1));
      i = knownEnd;
      continue;
    }
    const committeeEnd = run.length > 0 ? committeeOfFieldsEnd(run, tokens, i) : -1;
    if (committeeEnd > 0) {
      // What follows says whose committee it is ("… Committee of the House of Commons"): no part of its name.
      run.push(...tokens.slice(i, committeeEnd + 1));
      i = committeeEnd;
      close();
      continue;
    }
    const listEnd = run.length > 0 ? bodyListEnd(run, tokens, i) : -1;
    if (listEnd > 0) {
      run.push(...tokens.slice(i, listEnd + 1));
      i = listEnd;
      continue;
    }
    // "Contemporary Amperex Technology Co. Limited", "Geely Holding Group Co., Ltd.": the company's
    // legal words after "Co." are its name's.
    if (run.length > 1 && run[run.length - 1]!.text === 'Co.' && /^,? $/.test(t.gapBefore) && /^(?:Ltd\.?|Limited|Inc\.?)$/.test(t.text)) {
      run.push(t);
      continue;
    }
    // "Government Holdings (Private) Ltd", "Kestrel Mining (Pty) Ltd": South Asia's and southern
    // Africa's private company form, bracketed before "Ltd" or "Limited", is the name's.
    const legal = tokens[i + 1];
    if (run.length > 0 && /^(?:Private|Pvt\.?|Pty\.?)$/.test(t.text) && t.gapBefore === ' (' && legal?.gapBefore === ') ' && /^(?:Ltd\.?|Limited)$/.test(legal.text)) {
      run.push(t, legal);
      i++;
      continue;
    }
    // "… Manufacturing Co. The plan …": nothing else follows a company's dotted legal form (the
    // sentences split at no "Co." or "Inc.").
    if (run.length > 1 && LEGAL_FORMS.has(run[run.length - 1]!.text) && run[run.length - 1]!.text.endsWith('.')) close();
    // "Seven & i Holdings", "Procter & Gamble": an ampersand joins the words of one company's name,
    // even a lone lower-case letter ("i") when the name goes on or ends there.
    if (run.length > 0 && t.gapBefore === ' & ' && (isNameWord(t) || /^\p{Ll}$/u.test(t.text))) {
      run.push(t);
      // "Mahindra & Mahindra's XEV 9e": the possessive ends the company's name.
      if (t.possessive) close();
      continue;
    }
    // "S&P/BMV IPC", "FTSE/JSE Top 40 Index": two index providers' initials joined by a slash
    // name one index. Not "Israel/Palestine": only initials on both sides.
    if (run.length > 0 && t.gapBefore === '/' && INITIALS.test(run[run.length - 1]!.text) && INITIALS.test(t.text)) {
      run.push(t);
      continue;
    }
    // "an affiliate of al Qaeda": an Arabic article in lower case opens a name the lexicon knows
    // with it (printed "al-Qaeda", it is one token already).
    const next = tokens[i + 1];
    if (run.length === 0 && /^(?:al|el|ad|ar|as|ash|at|az)$/.test(t.text) && next?.capitalised && next.gapBefore === ' ' && knownName(`${t.text} ${next.text}`) !== undefined) {
      run.push(t);
      continue;
    }
    // "SK hynix": a lexicon's company whose name ends in a word printed in lower case.
    // Not "the Congress party": a body's class noun after its name is no part of it; nor "the
    // Paris club" (Paris Saint-Germain), which the lexicon's "Paris Club" spells with a capital.
    const lowerEnd = /^\p{Ll}{3,}$/u.test(t.text) && !ORGANIZATION_NOUNS_AFTER.has(t.text);
    if (run.length > 0 && t.gapBefore === ' ' && lowerEnd && knownInLowerCase(`${joinTokens(run)} ${t.text}`, t.text)) {
      models.add(t);
      run.push(t);
      close();
      continue;
    }
    const statuteEnd = bracketedPlaceEnd(tokens, i, run.length);
    if (statuteEnd > 0) {
      run.push(...tokens.slice(i, statuteEnd + 1));
      i = statuteEnd;
      continue;
    }
    // "the Expo 2030 in Riyadh": an event's year after its head word; "Immunization Agenda 2030",
    // "Online Safety Act 2023": a plan's or a law's year after its own word.
    // "Oman Vision 2040", "Wawasan Brunei 2035": a national plan's vision, named for its last year.
    const vision = run.length > 1 && run.some((w) => VISION_WORDS.has(w.text));
    const yearNamed = (run.length === 1 && YEAR_EVENT_HEADS.has(run[0]!.text)) || (run.length > 1 && INITIATIVE_WORDS.has(run[run.length - 1]!.text)) || vision;
    if (yearNamed && t.gapBefore === ' ' && /^(?:19|20)\d\d$/.test(t.text)) {
      models.add(t);
      run.push(t);
      close();
      continue;
    }
    // "Law 14,790", "Decree 11,526": Brazil numbers its laws and decrees in thousands.
    if (run.length === 1 && NUMBERED_STATUTES.test(run[0]!.text) && t.gapBefore === ' ' && /^\d{1,3}$/.test(t.text) && tokens[i + 1]?.gapBefore === ',' && /^\d{3}$/.test(tokens[i + 1]!.text)) {
      models.add(t).add(tokens[i + 1]!);
      run.push(t, tokens[i + 1]!);
      close();
      i++;
      continue;
    }
    // "Law 2015-36", "Law 21.325": a statute numbered by its year and its count, or in thousands
    // with a dot, as Francophone Africa and Chile print them.
    if (run.length === 1 && NUMBERED_STATUTES.test(run[0]!.text) && t.gapBefore === ' ' && /^\d{1,4}[-.]\d{1,4}$/.test(t.text)) {
      models.add(t);
      run.push(t);
      close();
      continue;
    }
    // "National Environmental Management: Air Quality Act": a framework act's name, a colon, an act.
    const colonEnd = colonStatuteEnd(run, tokens, i);
    if (colonEnd > 0) {
      run.push(...tokens.slice(i, colonEnd + 1));
      i = colonEnd;
      continue;
    }
    if (isNumberYear(run, t)) {
      models.add(t);
      run.push(t);
      continue;
    }
    if (endsInModelCode(run)) close();
    // "Everything I said": the pronoun "I" before a lower-case word, after a sentence's first word
    // that is no given name, is no name's part ("Elizabeth I died" keeps its regnal number).
    const pronoun = t.text === 'I' && run.length === 1 && run[0]!.initial && !isGivenName(run[0]!.text) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
    if (pronoun) close();
    // "Robert F. Kennedy": a middle initial's dot does not end the name, when a name word follows
    // ("Plan B. The …", "Group A. Officials …" end a sentence there).
    // "ISRO Chairman V. Narayanan": so does an initial that opens the name, after a title's word.
    const beforeInitial = run[run.length - 2]?.text ?? '';
    // "led by S. Velmurugan", "M. K. Stalin said": so does one that opens the name at the
    // sentence's start or after a word no sentence ends in ("vitamin C. Officials …" ends one), or
    // another initial.
    const initialBefore = run.length > 0 && /^\p{Lu}$/u.test(tokens[i - 1]!.text) && t.gapBefore === '. ' && isNameWord(t) && !isCommonWord(t.text);
    // "said farmer S. Thevarajah": after a person's noun in lower case too.
    const opensAfterPlainWord = run.length === 1 && (i < 2 || WORDS_BEFORE_A_NAME.has(tokens[i - 2]!.text) || PERSON_NOUNS.has(tokens[i - 2]!.text));
    const middleInitial = initialBefore && (opensAfterPlainWord || (run.length > 1 && (isGivenName(beforeInitial) || ROLE_WORDS.has(beforeInitial) || /^\p{Lu}$/u.test(beforeInitial))));
    const citedYear = isCitedYearAfterStatute(tokens, i, run);
    const continues = run.length === 0 || /^[ \t]+$/.test(t.gapBefore) || (i > 0 && tokens[i - 1]!.possessive && t.gapBefore === "'s ") || middleInitial || citedYear;
    if (!continues) close();
    const modelEnd = continues && run.length === 1 ? numberedModelEnd(tokens, i) : -1;
    const makerModelEnd = modelEnd > 0 && knownName(run[0]!.text)?.type === 'organization' ? modelEnd : -1;
    if (makerModelEnd > 0) {
      // "Boeing 737 MAX 9": a known maker's name before such a number is the aircraft's too.
      for (const model of tokens.slice(i, makerModelEnd + 1)) models.add(model);
      run.push(...tokens.slice(i, makerModelEnd + 1));
      i = makerModelEnd;
      close();
    } else if (continues && deviceModelEnd(run, tokens, i) >= 0) {
      // "iPhone 17 Pro", "Snapdragon 8 Elite Gen 5": a device's number and tiers.
      const end = deviceModelEnd(run, tokens, i);
      for (const model of tokens.slice(i, end + 1)) models.add(model);
      run.push(...tokens.slice(i, end + 1));
      i = end;
      close();
    } else if (continues && run.length > 0 && t.gapBefore === ' ' && isFamilyVariant(run[run.length - 1]!.text, t.text)) {
      // "a Yeti Airlines ATR 72-500": the family's word opens the aircraft's name, after a body's
      // name ("De Havilland Canada Dash 8-300" is the maker's and stays whole).
      if (run.length > 1 && ORGANIZATION_WORDS.has(run[run.length - 2]!.text)) {
        const family = run.pop()!;
        close();
        run.push(family);
      }
      run.push(t);
      models.add(t);
    } else if (continues && (isModelNumber(run, tokens, i) || isMakerModel(run, tokens, i) || isVesselNumber(run, tokens, sentence, i))) {
      models.add(t);
      run.push(t);
    } else if (run.length === 0 && (numberedModelEnd(tokens, i) > 0 || isBareModelCode(t.text))) {
      // "a 737 MAX 9", "the 777X family": an aircraft's name opens with its number.
      const end = Math.max(i, numberedModelEnd(tokens, i));
      for (const model of tokens.slice(i, end + 1)) models.add(model);
      run.push(...tokens.slice(i, end + 1));
      i = end;
      close();
    } else if (t.text === 'No.' && run.length === 0) {
      // "world No. 1": a number's sign opens no name; it only numbers one ("Symphony No. 5").
      close();
    } else if (isNameWord(t) || isOrdinalInName(tokens, i) || endsKnownNumberName(run, t) || continuesKnownNumberName(run, t) || joinsName(tokens, i, run) || isOfBeforeStatuteYear(tokens, i, run) || isSurnameLikeDate(tokens, i, run) || isSurnameLikeWeekday(tokens, i, run) || isGivenNameWeekday(tokens, i, run) || isDayInName(tokens, i, run) || isHolidayOpeningName(tokens, i, run)) {
      run.push(t);
      // The name goes on past the "'s", which the tokens drop: it is put back into the gap.
      const inName = isOfficeOfRole(tokens, i) || isPossessiveSiteName(tokens, sentence, i) || isPossessiveCompanyName(tokens, sentence, i) ||
        isPossessiveInKnownName(tokens, sentence, i) || isSexInName(tokens, sentence, i, run.length - 1) || isPossessiveSpelled(tokens, i, run);
      if (inName) tokens[i + 1]!.gapBefore = "'s ";
      else if (t.possessive) close();
    } else if (isYearInName(tokens, i, run.length === 0) || isYearAfterStatute(tokens, i, run)) {
      // Kept as a model number is: a name does not end in a year otherwise ("Act 1992").
      models.add(t);
      run.push(t);
    }
    else if (run.length === 0 && isLowerCaseBrand(tokens, i)) {
      // "low-cost carrier flydubai": a brand in lower case is a name of one word.
      models.add(t);
      run.push(t);
      close();
    }
    else close();
  }
  close();
  return result;
}
