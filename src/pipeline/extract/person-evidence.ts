import type { Candidate } from './candidates';
import type { TypeGuess } from './classify';
import { nameWords, spellingKey } from './spelling-key';
import { PERSON_NOUN_ENDINGS, PERSON_NOUNS } from './lexicon/person-nouns';
import { GIVEN_NAMES } from './lexicon/given-names';
import { isPlayerPosition } from './player-positions';
import { isGivenName } from './name-runs';
import { knownName } from './known-names';
import { isBrandSpelling } from './brand-spelling';

// "Ishin co-leader Fujita Fumitake": a noun's "co-" form is a person's too.
// A member's title in capitals names a person too: "the NUP MP for Butambala".
const NOUN = `(?:\\d+-|co-)?(?:${[...PERSON_NOUNS].join('|')}|${PERSON_NOUN_ENDINGS}|MPs?|MEPs?|MLAs?|MSPs?)`;
// ", the governor of Goiás", ", a networking analyst", ", Somalia's ambassador": a short apposition
// whose head, within six words, is a person noun.
const APPOSITION_AFTER = new RegExp(`^,\\s+(?:(?:the|a|an|its|his|her|their|[\\p{Lu}][\\p{L}.'’-]*['’]s)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?${NOUN}\\b`, 'u');
// "A spokesman, Garrison Douglas", "the commissioner for political affairs, peace and security,
// Bankole Adeoye": a person noun, maybe its "of …" or "for …", then a comma right before the name.
// Capitalised too: "The Sultan of Brunei, Hassanal Bolkiah".
const APPOSITION_BEFORE = new RegExp(`\\b${NOUN}(?:\\s+(?:of|for|to|at|on)\\s+[^.;:"“”]{0,70})?,\\s*$`, 'iu');
// "PSG captain Marquinhos": the noun right before, not "chief executive of Emirates".
const NOUN_RIGHT_BEFORE = new RegExp(`(?:^|[^\\p{L}-])${NOUN} $`, 'u');
// Person nouns that never name a firm ("asset manager", "market leader", "a member" may).
const SHARED_WITH_FIRMS = new Set(['manager', 'owner', 'member', 'leader', 'head', 'chief', 'executive', 'trader', 'operator', 'founder', 'official', 'general', 'representative', 'candidate', 'critic', 'opponent', 'victim', 'witness', 'suspect', 'driver']);
const PEOPLE_ONLY_NOUN_RIGHT_BEFORE = new RegExp(`(?:^|[^\\p{L}-])(?:${[...PERSON_NOUNS].filter((n) => !SHARED_WITH_FIRMS.has(n)).join('|')}|${PERSON_NOUN_ENDINGS}) $`, 'u');
// "chief executive Ryuichi Isaka", "said Brando Benifei": a lower-case title or a speech verb before.
const BEFORE_WORDS = new RegExp(`^(?:${NOUN}|said|says|told|added|according)$`, 'u');
// Nouns whose "of" is followed by a person: kin, a mentor, and the part an actor plays.
const KIN_OF = new Set(['son', 'daughter', 'wife', 'husband', 'widow', 'mother', 'father', 'brother', 'sister', 'role', 'character', 'mentor']);
// "The Constitutional Democratic Party, led by Yoshihiko Noda": a name of several words that leads
// or chairs something is a person's (a company "led by Eni" is one word).
const LEADER_BEFORE = /\b(?:led|headed|chaired)\s+by\s+$/u;
// "since he replaced Shaktikanta Das": a person who takes over from a name of several words takes
// a person's post (without "he" or "she" a company may replace a supplier).
const SUCCEEDED_BEFORE = /\b(?:he|she)\s+(?:had\s+)?(?:replaced|succeeded)\s+$/u;
// "Taslima Akhter of Garment Sramik Sanhati accused …": a name, "of" and a body's name, then a
// verb of speech: a person speaking for the body.
const SPEAKS_AFTER = /^\s+(?:said|says|accused|told|warned|argued|added|urged|called)\b/u;
// ", who chaired the meeting": only people are "who".
const WHO_AFTER = /^,?\s+who\b/u;
// "Ronaldo Caiado said he would …": the name says something of itself. Not any later "she", which
// may be someone else's ("under Resolution 2719 …, an arrangement she said").
const PRONOUN_AFTER = /^\s+(?:said|says|added|told\s+\p{Ll}+)\s+(?:that\s+)?(?:he|she)\b/u;
const PRONOUN_STARTS = /^(?:He|She|His|Her)\b/u;

/** Whether the sentence around a name says it names a person. */
function sentenceSays(c: Candidate, next: Candidate | undefined, sentence: string, following: string | undefined): boolean {
  const start = c.tokens[0]!.start;
  const end = c.tokens[c.tokens.length - 1]!.end;
  const after = sentence.slice(end, next ? next.tokens[0]!.start : sentence.length);
  // The apposition may hold a name ("the U.S. trade representative"): it reads on past it.
  // The word right before, not one "of" skips to: "the owner of Formula One" names no person,
  // though "the wife of Napoleon III" and "the role of Katniss Everdeen" do.
  const rightBefore = sentence.slice(0, start).toLowerCase().endsWith(`${c.before} `) || KIN_OF.has(c.before);
  if ((rightBefore && BEFORE_WORDS.test(c.before)) || APPOSITION_AFTER.test(sentence.slice(end)) || WHO_AFTER.test(after)) return true;
  if (APPOSITION_BEFORE.test(sentence.slice(Math.max(0, start - 120), start))) return true;
  if (c.tokens.length >= 2 && LEADER_BEFORE.test(sentence.slice(Math.max(0, start - 20), start))) return true;
  if (c.tokens.length >= 2 && SUCCEEDED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return true;
  if (PRONOUN_AFTER.test(after)) return true;
  if (c.tokens.length >= 2 && next && /^ of $/u.test(after) && knownName(next.text)?.type !== 'place') {
    if (SPEAKS_AFTER.test(sentence.slice(next.tokens[next.tokens.length - 1]!.end))) return true;
  }
  // The last name of a sentence, and the next one opens with "He" or "She".
  return !next && following !== undefined && PRONOUN_STARTS.test(following);
}

export interface SentenceCandidates {
  sentence: string;
  candidates: Candidate[];
  guesses: TypeGuess[];
}

// Prepositions of where: a name after them is a place as often as the comma after it opens a clause.
const LOCATIVE_BEFORE = new Set(['in', 'at', 'near', 'from', 'outside', 'inside', 'across', 'around', 'into', 'toward', 'towards']);

// Given names that are English words, which our list leaves out ("Will the bill pass?").
const WORD_GIVEN_NAMES = new Set(['Will', 'Bill', 'Guy', 'Hope', 'Rich']);

/**
 * Makes an unproven name a person when the article gives evidence for it: the sentence (a
 * title, an apposition, a pronoun, "who") or another naming of one of its words that is a
 * person's ("Zafrul told reporters" for "Tengku Zafrul Aziz"). Without evidence it stays the
 * organisation classify guessed. `sports`: the article is a match report (isSportsArticle).
 */
export function personByArticle(sentences: SentenceCandidates[], sports: boolean): TypeGuess[][] {
  // A word alone that some sentence makes a person and none makes anything else: "Couche-Tard
  // said" is as much a company's speech as a person's, and "Couche-Tard, based in Laval" says which.
  const personWords = new Set<string>();
  const otherWords = new Set<string>();
  const aloneWords = new Set<string>();
  // "Kanneh-Mason" alone: a hyphenated surname, whole.
  const aloneForms = new Set<string>();
  sentences.forEach(({ candidates, guesses }) =>
    candidates.forEach((c, j) => {
      const g = guesses[j]!;
      if (c.tokens.length !== 1) return;
      aloneWords.add(nameWords(c.text)[0] ?? '');
      aloneForms.add(spellingKey(c.text));
      if (g.strength < 2) return;
      (g.type === 'person' ? personWords : otherWords).add(nameWords(c.text)[0] ?? '');
    }),
  );
  for (const w of otherWords) personWords.delete(w);
  // "Copper prices rose … copper": a word the article also writes in lower case is no surname.
  const lowerCase = sentences.flatMap(({ sentence }) => sentence.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []);
  for (const word of lowerCase) aloneWords.delete(spellingKey(word));
  // "Sherfane Rutherford … Rutherford fell": the last word of a name with no head word, printed
  // alone, is how news names a person a second time (234 of 256 such names in the test articles).
  const surnameAlone = (words: string[]) => words.length >= 2 && words.length <= 3 && aloneWords.has(words[words.length - 1]!) && !otherWords.has(words[words.length - 1]!);
  // "Serhou Guirassy rose above Dayot Upamecano": in a match report, a plain name of two words no
  // list knows is a player's far more often than a club's (clubs have their lexicon and words).
  // A hyphenated surname too ("Immanuel Feyi-Waboso").
  const playerLike = (c: Candidate) => sports && c.tokens.length === 2 && c.tokens.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text));
  return sentences.map(({ sentence, candidates, guesses }, i) =>
    guesses.map((g, j) => {
      const c = candidates[j]!;
      const byNoun = nounBefore(c, g, sentence.slice(Math.max(0, c.tokens[0]!.start - 40), c.tokens[0]!.start), sports);
      if (byNoun) return byNoun;
      // "wing Will Jordan scored": in a match report, a given name that is also a word opens a player's name.
      const wordGivenName = isGivenName(c.tokens[0]!.text) || WORD_GIVEN_NAMES.has(c.tokens[0]!.text);
      // "from Will Skelton": a place only by the preposition before it is no surer.
      const prepositionPlace = g.type === 'place' && g.strength <= 1 && !knownName(c.text);
      const player = playerLike(c) && (g.type === 'organization' || prepositionPlace) && g.strength <= 2 && wordGivenName;
      // "according to Dedy Kurniawan, a spokesperson": such a place yields to what the sentence
      // says of the name; not after "in" or "at", where the comma may open the next clause ("in
      // Sefwi Wiawso, farmer Akosua Mensah said").
      const weakPlace = prepositionPlace && c.tokens.length >= 2 && !LOCATIVE_BEFORE.has(c.before);
      if (!g.unproven && !player && !weakPlace) return g;
      const said = sentenceSays(c, candidates[j + 1], sentence, sentences[i + 1]?.sentence);
      if (!g.unproven && !player && !said) return g;
      const words = nameWords(c.text);
      // Not "RSV Nuyina" or "FUS Rabat": no person's name opens with letters in capitals.
      const lastPrinted = c.tokens[c.tokens.length - 1]!.text;
      const hyphenatedAlone = c.tokens.length >= 2 && lastPrinted.includes('-') && aloneForms.has(spellingKey(lastPrinted));
      const named = words.some((w) => personWords.has(w)) || (/^\p{Lu}\p{Ll}/u.test(c.text) && (surnameAlone(words) || hyphenatedAlone));
      if (said || named) return { type: 'person', strength: 2 };
      return playerLike(c) ? { type: 'person', strength: 1 } : g;
    }),
  );
}

/**
 * What the words right before a name say of it: "PSG captain Marquinhos", "midfielder Rodri" (one
 * word no rule typed, after a person's noun or a playing position); "Zimbabwean author NoViolet
 * Bulawayo" (a person's noun outweighs a brand's spelling, but not a noun firms share: "asset
 * manager BlackRock Capital"); in a match report, a given name alone ("a challenge from Gabriel").
 */
function nounBefore(c: Candidate, g: TypeGuess, before: string, sports: boolean): TypeGuess | undefined {
  const oneWord = c.tokens.length === 1;
  if (oneWord && g.strength === 0 && (NOUN_RIGHT_BEFORE.test(before) || isPlayerPosition(c.before))) return { type: 'person', strength: 2 };
  if (!oneWord && g.type === 'organization' && isBrandSpelling(c.tokens[0]!.text) && PEOPLE_ONLY_NOUN_RIGHT_BEFORE.test(before)) return { type: 'person', strength: 4 };
  if (oneWord && sports && g.strength <= 1 && g.type === 'place' && GIVEN_NAMES.has(c.text) && !knownName(c.text)) return { type: 'person', strength: 1 };
  return undefined;
}
