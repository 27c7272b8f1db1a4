import { CARE_SITE_WORDS, ORGANIZATION_HEADS, ORGANIZATION_WORDS, PARTY_PLURALS, PLACE_WORDS, STORM_HEADS } from './lexicon/words';
import { COMPANY_WORDS, LEGAL_FORMS, LENDER_TAILS, isCompanyWord } from './lexicon/company-words';
import { isTeamNickname } from './team-names';
import { spellingKey } from './spelling-key';
import { isCountryOrRegionName, isKnownPlace, knownName, placeOfAdjective } from './known-names';
import { isListedWord, isTaggedPlace, wordTags } from './word-tags';
import { countryOfShortForm } from './country-short-forms';
import { isShipName } from './works';
import { isDrugName } from './drug-names';
import { divisionShortForm } from './division-names';
import { NAMESAKE_TAILS, openingShortForm } from './opening-short-forms';
import { prizeOfFirstWord } from './prize-short-form';
import { groupWords as words, isKnownGroup, type LinkGroup } from './link-group';
import { coreLinks } from './event-cores';
import { holdsInitials, initialsOf } from './group-initials';
import { GIVEN_NAMES } from './lexicon/given-names';

/** A place of a given name and a surname: an oil field or a site named for its person. */
const isNamedForPerson = (g: LinkGroup) => g.type === 'place' && words(g).length === 2 && GIVEN_NAMES.has(words(g)[0]!);

const isLong = (g: LinkGroup) => !isKnownGroup(g) && words(g).length >= 2;

const LAW_WORDS = new Set(['Act', 'Law', 'Code', 'Bill']);

/**
 * Words before a name that qualify it without making another thing of it: a known place
 * ("Canada Labour Code"), a place's adjective ("Philippine Coast Guard"), a body's initials ("CAF
 * Champions League"), or for a law any capitalised words ("Judicial Council Restoration Act" is
 * the "Restoration Act"; laws are cited by their short titles).
 */
function isQualifier(prefix: string[], short: string[]): boolean {
  if (isKnownPlace(prefix)) return true;
  if (prefix.length === 1 && (placeOfAdjective(prefix[0]!) !== undefined || /^\p{Lu}{2,5}$/u.test(prefix[0]!))) return true;
  return LAW_WORDS.has(short[short.length - 1]!) && prefix.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * Whether `full` is `short` with a qualifier before it (isQualifier) or a known place after it
 * with "of" ("Freedom Party of Austria").
 */
function namedWithPlace(full: string[], short: string[]): boolean {
  const extra = full.length - short.length;
  if (extra < 1) return false;
  if (full.slice(extra).join(' ') === short.join(' ') && isQualifier(full.slice(0, extra), short)) return true;
  const after = full.slice(short.length);
  return full.slice(0, short.length).join(' ') === short.join(' ') && after[0] === 'of' && isKnownPlace(after.slice(after[1] === 'the' ? 2 : 1));
}

const FEATURE_HEADS = new Set(['Mount', 'Mt.', 'Lake']);
// "the Caspian" for "the Caspian Sea", "Denman" for the "Denman Glacier": a sea, a desert, a glacier
// or a canal named without its word (not a river: towns are named for theirs, "Bicol" and the
// "Bicol River"; a town a lexicon knows, "Panama", is skipped before).
const FEATURE_TAILS = new Set(['Sea', 'Ocean', 'Desert', 'Mountains', 'Dam', 'Glacier', 'Canal', 'Basin']);

/** A capitalised word that no list holds (compromise's special words, its places, our lexicons). */
const isCoinedWord = (w: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !isListedWord(w) && !isTaggedPlace(w) && !knownName(w) && !wordTags(w.toLowerCase()).has('Adjective');

/** The one member of `found`, or undefined when there are none or several to choose from. */
const only = (found: number[]): number | undefined => (new Set(found).size === 1 ? found[0] : undefined);

/**
 * "the Cup" in a story about the Melbourne Cup that recalls the Caulfield Cup: of several events
 * (or teams) whose name ends in the word, the one the article names at least twice as often as any other.
 */
function mostNamed(names: number[], groups: LinkGroup[]): number | undefined {
  const [first, second] = [...new Set(names)].sort((a, b) => groups[b]!.observations.length - groups[a]!.observations.length);
  if (first === undefined || second === undefined) return undefined;
  return groups[first]!.observations.length >= 2 * groups[second]!.observations.length ? first : undefined;
}

/**
 * Links between groups that one article's own wording proves, as pairs of group indices:
 * - an acronym never spelled out beside its name is the initials of a name the article prints
 *   ("HPE" and "Hewlett Packard Enterprise", "FTC" and "Federal Trade Commission");
 * - a body's head word alone is its short form, when one body in the article has that head
 *   ("Senate" and "Georgia Senate", "House" and "House of Representatives");
 * - a company named without its company word ("Juniper" for "Juniper Networks", "Samsung" for
 *   "Samsung Electronics"), unless that
 *   short form is surely a person's name ("Tyler Perry" beside "Tyler Perry Studios");
 * - a body's or an event's last word alone ("Couche-Tard" for "Alimentation Couche-Tard", "the
 *   Fringe" for "Edinburgh Festival Fringe"), if no other long name ends in it;
 * - a club named without its plural nickname ("Northampton" for "Northampton Saints");
 * - a name without the country printed once with it ("Labour Code", "Freedom Party of Austria");
 * - a subdivision without its division's word ("Enga" for "Enga Province");
 * - a name of two words or more that opens one longer name ("Pan Continental", opening-short-forms.ts);
 * - forms an observation says are the same ("Houthis", "Ansar Allah").
 * Only within one article: another article's "Senate" may be another country's.
 */
export function articleLinks(groups: LinkGroup[]): [number, number][] {
  const links: [number, number][] = [];
  const byArticle = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const articleId of new Set(g.observations.map((o) => o.articleId))) {
      if (!byArticle.has(articleId)) byArticle.set(articleId, []);
      byArticle.get(articleId)!.push(i);
    }
  });
  for (const members of byArticle.values()) {
    const long = members.filter((i) => isLong(groups[i]!));
    const multiWord = members.filter((i) => words(groups[i]!).length >= 2);
    const keyOf = new Map(members.map((i) => [spellingKey(groups[i]!.observations[0]!.text), i]));
    const countries = new Map(members.filter((i) => isKnownGroup(groups[i]!) && groups[i]!.type === 'place').map((i) => [groups[i]!.observations[0]!.knownName!, i]));
    for (const i of members) {
      const g = groups[i]!;
      const text = g.observations[0]!.text;
      links.push(...coreLinks(i, groups, multiWord, keyOf));
      // A brand's generic in brackets ("Humira (adalimumab)") joins a brand a lexicon knows too;
      // other forms the article gives ("its LVM3 rocket, known as HLVM3") may name a variant of it.
      for (const form of g.observations.flatMap((o) => o.sameAs ?? [])) {
        const other = keyOf.get(spellingKey(form));
        // "the Markets in Crypto-Assets Regulation, known as MiCA": a known name's own short form
        // in letters joins too, where no lexicon knows that form.
        const shortForm = /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(form) && /^\p{Lu}.*\p{Lu}/u.test(form) && other !== undefined && !isKnownGroup(groups[other]!);
        if (other !== undefined && (!isKnownGroup(g) || isDrugName(form) || shortForm)) links.push([i, other]);
      }
      // "Enga" for "Enga Province", when the article prints both as places.
      const division = g.type === 'place' ? divisionShortForm(words(g)) : undefined;
      const shortDivision = division === undefined ? undefined : keyOf.get(spellingKey(division));
      if (shortDivision !== undefined && groups[shortDivision]!.type === 'place') links.push([shortDivision, i]);
      if (isKnownGroup(g)) continue;
      const opened = openingShortForm(i, groups, multiWord) ?? prizeOfFirstWord(i, groups, members);
      if (opened !== undefined) links.push([i, opened]);
      // "America" beside "United States": the article's bare form of the country it names.
      const country = g.type === 'place' ? countryOfShortForm(text, new Set(countries.keys())) : undefined;
      if (country !== undefined) links.push([i, countries.get(country)!]);
      if (/^\p{Lu}{2,6}$/u.test(text)) {
        // Lexicon names printed in the article count, in their own form too: "FDA" beside a printed
        // "US Food and Drug Administration".
        const forms = (l: number) => [groups[l]!.observations[0]!.text, groups[l]!.observations[0]!.knownName ?? ''];
        const initialled = (withOf: boolean) => only(multiWord.filter((l) => forms(l).some((f) => f !== '' && initialsOf(f, withOf) === text)));
        const exact = initialled(false) ?? initialled(true);
        // Not when the article gave the acronym in brackets after a name: "the Swiss Syndicate of Media
        // Workers (SSM)" is its expansion, whatever else's initials "SSM" holds ("SRG SSR").
        // A one-word owner ("Tourism (CNC)") is a fragment of the name, not the name.
        const bracketed = members.some((l) => words(groups[l]!).length >= 3 && groups[l]!.observations.some((o) => o.acronym === text));
        const expansion = exact ?? (bracketed ? undefined : only(long.filter((l) => groups[l]!.type === 'organization' && holdsInitials(text, groups[l]!.observations[0]!.text))));
        if (expansion !== undefined) links.push([i, expansion]);
      }
      if (words(g).length === 1 && (ORGANIZATION_WORDS.has(text) || ORGANIZATION_HEADS.has(text))) {
        // Lexicon names count here ("the Fund" for the IMF): the head word is printed, not known.
        const bodies = members.filter((l) => words(groups[l]!).length >= 2).filter((l) => {
          const w = words(groups[l]!);
          // "Hospital officials" for a hospital typed a site ("died at … Hospital"): still its name.
          return (groups[l]!.type === 'organization' || CARE_SITE_WORDS.has(text)) && (w[w.length - 1] === text || (w[0] === text && w[1] === 'of'));
        });
        const body = only(bodies);
        if (body !== undefined) links.push([i, body]);
      }
      // "Couche-Tard" for "Alimentation Couche-Tard": a body's last word alone, when no other long
      // name in the article ends in it (a person's surname is linked by the clustering already).
      // Not "Rotterdam" for "Hutchison Ports ECT Rotterdam": a town's name, printed as a place, ends
      // a body's name as its location, not as its short form.
      // Nor "Australia" (the national side) for "Rugby Australia": a country ends its sport's body.
      // Nor "Inga" for the "Agency for the Development and Promotion of Grand Inga": what a body is
      // "of" ends its name, one word or two, or three with "the" ("… of the South Atlantic").
      const townAlone = (g.type === 'place' && isTaggedPlace(text)) || isCountryOrRegionName(text);
      if (words(g).length === 1 && /\p{Ll}/u.test(text) && !townAlone) {
        // Lexicon names count ("the Fringe" for the known "Edinburgh Festival Fringe").
        // Nor "Tayside" for "NHS Tayside", printed as a place: a known body's initials before one word
        // make that word its area ("KPS Siedlce", a club no list knows, is named by its town).
        const areaAfterInitials = (w: string[]) =>
          w.length === 2 && /^\p{Lu}{2,5}$/u.test(w[0]!) && knownName(w[0]!)?.type === 'organization' && g.type === 'place' && g.strength >= 2;
        const ending = multiWord.filter((l) => spellingKey(words(groups[l]!).at(-1)!) === spellingKey(text) && !words(groups[l]!).slice(-4, -1).includes('of') && !areaAfterInitials(words(groups[l]!)));
        const body = only(ending);
        // "the Fringe" for "Edinburgh Festival Fringe": an event is named by its last word as a body is;
        // "Castberg" for the "Johan Castberg" field: so is a site named for a person.
        if (body !== undefined && (groups[body]!.type === 'organization' || groups[body]!.type === 'event' || isNamedForPerson(groups[body]!))) links.push([i, body]);
        const event = body === undefined ? mostNamed(ending.filter((l) => groups[l]!.type === 'event'), groups) : undefined;
        if (event !== undefined) links.push([i, event]);
        // "the Bears' roster" in a story on the Perth Bears that recalls the North Sydney Bears: a
        // mascot alone is the team the article names most, as "the Cup" is its main event.
        const team = body === undefined && isTeamNickname([text]) ? mostNamed(ending.filter((l) => groups[l]!.type === 'organization'), groups) : undefined;
        if (team !== undefined) links.push([i, team]);
      }
      // "Dar" for "Dar es Salaam", "Rio" for "Rio de Janeiro": a place named by its first word, when
      // one place in the article is that word, a lower-case particle and more (lexicon names count).
      // A club too: "Estudiantes" for "Estudiantes de La Plata", of one type or both typed by default.
      if (words(g).length === 1) {
        const longer = members.filter((l) => {
          const w = words(groups[l]!);
          const same = groups[l]!.type === g.type || (g.strength === 0 && groups[l]!.strength === 0);
          // Not "England" for the "England and Wales Cricket Board": "and" joins two names, no particle.
          return same && w.length >= 3 && w[0] === text && /^\p{Ll}{1,3}$/u.test(w[1]!) && w[1] !== 'and';
        });
        const place = only(longer);
        if (place !== undefined) links.push([i, place]);
      }
      // "Kristine" for "Typhoon Kristine", "Naga" for "Naga City", "Everest" for "Mount Everest",
      // "Caspian" for "Caspian Sea": a storm, city, mountain, lake or sea named without the word that
      // says what it is, when one long name in the article is that name plus it (a known place
      // alone, "Chad", is skipped above).
      if (words(g).length === 1) {
        const bare = long.filter((l) => {
          const w = words(groups[l]!);
          const featureLast = w[0] === text && (w[1] === 'City' || (FEATURE_TAILS.has(w[1]!) && groups[l]!.type === 'place' && g.type === 'place'));
          const headFirst = STORM_HEADS.has(w[0]!) || FEATURE_HEADS.has(w[0]!);
          return w.length === 2 && ((headFirst && w[1] === text) || featureLast);
        });
        const named = only(bare);
        if (named !== undefined) links.push([i, named]);
      }
      // "Denarau" for "Denarau Island", "Gough" for "Gough Island": an island named without its word,
      // when no lexicon knows the bare name as a place of its own ("Vancouver" is a city). Not a
      // park: "Jasper" and "Karoo" are a town and a region beside their national parks.
      if (g.type === 'place' && !isKnownGroup(g) && knownName(text) === undefined && !isTaggedPlace(text)) {
        const key = spellingKey(text);
        const island = only(multiWord.filter((l) => {
          const lw = words(groups[l]!);
          return l !== i && lw.at(-1) === 'Island' && groups[l]!.type === 'place' && spellingKey(lw.slice(0, -1).join(' ')) === key;
        }));
        if (island !== undefined) links.push([i, island]);
      }
      // "Nuyina" for the "RSV Nuyina", "Southern Bounty" for the "MV Southern Bounty": a ship without its prefix.
      const ship = only(multiWord.filter((l) => isShipName(words(groups[l]!)) && words(groups[l]!).slice(1).join(' ') === words(g).join(' ')));
      if (ship !== undefined) links.push([i, ship]);
      // "Hamad International" for "Hamad International Airport": an airport named without its word,
      // as news shortens them. Not "Munich" or "Tuy Hoa" for "Munich Airport": the town is itself.
      const airport = words(g).length < 2 || words(g).at(-1) !== 'International' ? undefined : only(multiWord.filter((l) => {
        const w = words(groups[l]!);
        return w.at(-1) === 'Airport' && w.length === words(g).length + 1 && spellingKey(w.slice(0, -1).join(' ')) === spellingKey(text);
      }));
      if (airport !== undefined) links.push([i, airport]);
      // "Novo" for "Novo Nordisk", "Goldman" for "Goldman Sachs": a known company of two words
      // named by its first, when one such company in the article opens with it and nothing surer
      // (a person's evidence, a place's lexicon) says what the word is.
      // A word already read as a body is that company whatever its strength ("Gilead said …").
      if (words(g).length === 1 && (g.strength <= 2 || g.type === 'organization') && !isTaggedPlace(text)) {
        // Not "Emirates and its parent, the Emirates Group": the article says they are two companies.
        // The lexicon's form counts, not the printed one: "Gilead Sciences Inc" is "Gilead Sciences".
        const known = (l: number) => groups[l]!.observations[0]!.knownName!.split(/\s+/);
        // Not "Arctic" for the "Arctic Council": a body's head word after it names no company.
        const opens = (l: number) => known(l).length === 2 && known(l)[0] === text && !ORGANIZATION_HEADS.has(known(l)[1]!) && !groups[l]!.observations.some((o) => o.relative);
        const company = only(multiWord.filter((l) => isKnownGroup(groups[l]!) && groups[l]!.type === 'organization' && opens(l)));
        if (company !== undefined) links.push([i, company]);
      }
      // "the Commerce Department" for "the Department of Commerce", "the Finance Ministry" for the
      // "Ministry of Finance": a department or ministry named with its field first, when one body in
      // the article is named with it after "of".
      const fieldFirst = /^(\S+(?: \S+)?) (Department|Ministry)$/u.exec(text);
      if (fieldFirst && g.type === 'organization') {
        const ofField = keyOf.get(spellingKey(`${fieldFirst[2]} of ${fieldFirst[1]}`)) ?? keyOf.get(spellingKey(`${fieldFirst[2]} of the ${fieldFirst[1]}`));
        if (ofField !== undefined && ofField !== i) links.push([i, ofField]);
      }
      // "Hokkaido Electric" for "Hokkaido Electric Power": a known company of three words or more
      // named without its last, when one such company in the article is that name plus one word;
      // whatever weak evidence typed the short form ("delaying Pan American restart", a headline),
      // unless the body is named after the person ("Jawaharlal Nehru University").
      if (words(g).length >= 2 && (g.type === 'organization' || g.strength <= 2)) {
        const plusOne = (l: number) => words(groups[l]!).length === words(g).length + 1 && spellingKey(words(groups[l]!).slice(0, -1).join(' ')) === spellingKey(text);
        const namesake = (l: number) => g.type === 'person' && NAMESAKE_TAILS.has(words(groups[l]!).at(-1)!);
        const company = only(multiWord.filter((l) => isKnownGroup(groups[l]!) && groups[l]!.type === 'organization' && plusOne(l) && !namesake(l)));
        if (company !== undefined) links.push([i, company]);
      }
      // "Lygend" for "Lygend Resources & Technology", "Huayou" for "Zhejiang Huayou Cobalt": a body
      // named by a word of its name that no list holds, when one long name in the article has that
      // word and nothing surer says what the word is (not "in Pomalaa", a town's wording).
      const weak = g.strength <= 1 || g.type === 'organization' || (g.type !== 'place' && g.strength <= 2);
      if (words(g).length === 1 && weak && isCoinedWord(text)) {
        const holders = multiWord.filter((l) => l !== i && words(groups[l]!).includes(text));
        const body = only(holders);
        // Not "Bolt" for "Bolt Food" nor "Aprilia" for "Aprilia Racing": a brand and one more word
        // name a unit of the brand's company, which the article names apart.
        if (body !== undefined && holders.length === 1 && groups[body]!.type === 'organization' && words(groups[body]!).length >= 3) links.push([i, body]);
      }
      // "Northampton" for "Northampton Saints": a club named by its town without its plural
      // nickname, when the article types both as bodies (the town itself stays apart).
      if (words(g).length === 1 && g.type === 'organization') {
        const nicknamed = long.filter((l) => {
          const w = words(groups[l]!);
          return groups[l]!.type === 'organization' && w.length === 2 && w[0] === text && /^\p{Lu}\p{Ll}+s$/u.test(w[1]!) && !ORGANIZATION_WORDS.has(w[1]!) && !COMPANY_WORDS.has(w[1]!);
        });
        const club = only(nicknamed);
        if (club !== undefined) links.push([i, club]);
      }
      // "Wydad" for "Wydad Casablanca", "Atlético" for "Atlético Madrid": a body named by the words
      // before its town, when one body in the article is that word and a place (a lexicon's or compromise's).
      if (words(g).length === 1 && !isTaggedPlace(text) && !(g.type === 'place' && g.strength >= 2)) {
        const located = only(long.filter((l) => {
          const w = words(groups[l]!);
          return groups[l]!.type === 'organization' && w.length === 2 && w[0] === text && (isKnownPlace(w.slice(1)) || isTaggedPlace(w[1]!));
        }));
        if (located !== undefined) links.push([i, located]);
      }
      // "the Labour Code" for "the Canada Labour Code", "the Freedom Party" for the "Freedom Party
      // of Austria": a name of two words or more, printed once with a known place before it or
      // after "of", is that name without its country.
      if (isLong(g)) {
        // Lexicon names count: "the Freedom Party" for a known "Freedom Party of Austria".
        const placed = multiWord.filter((l) => l !== i && groups[l]!.type === g.type && namedWithPlace(words(groups[l]!), words(g)));
        const full = only(placed);
        if (full !== undefined && placed.length === 1) links.push([i, full]);
        // "the Christian Democrats" for a known "Christian Democratic Union", whose acronym "CDU"
        // holds the initials of the words they share: a party's plural only, as the initials are loose.
        if (g.type === 'organization' && PARTY_PLURALS.has(words(g).at(-1)!)) {
          const acronymOf = (l: number) => [groups[l]!.observations[0]!.knownName!, ...(groups[l]!.observations[0]!.knownAliases ?? [])].filter((a) => /^\p{Lu}{2,6}$/u.test(a));
          const party = only(members.filter((l) => isKnownGroup(groups[l]!) && groups[l]!.type === 'organization' && acronymOf(l).some((a) => holdsInitials(a, text))));
          if (party !== undefined) links.push([i, party]);
        }
      }
      const w = words(g);
      // "the Renaissance Dam" for "the Grand Ethiopian Renaissance Dam": a place of two words or more
      // ending in a place's word, named without the words before it in the one long place that ends so.
      if (isLong(g) && g.type === 'place' && PLACE_WORDS.has(w[w.length - 1]!)) {
        const ending = ` ${w.join(' ')}`;
        const fuller = long.filter((l) => l !== i && groups[l]!.type === 'place' && words(groups[l]!).join(' ').endsWith(ending));
        const place = only(fuller);
        if (place !== undefined && fuller.length === 1) links.push([i, place]);
      }
      // "the Supreme Court" for "the Supreme Court of Justice of the Nation": a body of two words or
      // more named without its "of" part, when one long body in the article opens with it so.
      if (isLong(g) && g.type === 'organization') {
        const opening = `${w.join(' ')} of`;
        const fuller = long.filter((l) => l !== i && groups[l]!.type === 'organization' && words(groups[l]!).slice(0, w.length + 1).join(' ') === opening);
        const body = only(fuller);
        if (body !== undefined && fuller.length === 1) links.push([i, body]);
      }
      if (g.type === 'organization' && w.length >= 2 && (isCompanyWord(w[w.length - 1]!) || w[w.length - 1] === 'Party')) {
        // "Alibaba" for "Alibaba Group Holding", "Debswana" for "Debswana Diamond Company": two
        // company words, or a one-word name's trade before a plain company word. Not a line of
        // business ("Lufthansa City Airlines") nor a place ("Chevron U.S.A. Inc."): other companies.
        const trade = w[w.length - 2]!;
        const formal = LEGAL_FORMS.has(w[w.length - 1]!) || /^(?:Company|Corporation)$/.test(w[w.length - 1]!);
        const withoutTrade = w.length > 2 ? keyOf.get(spellingKey(w.slice(0, -2).join(' '))) : undefined;
        const tradeGoes = withoutTrade !== undefined && (isCompanyWord(trade) || (w.length === 3 && formal && !knownName(trade) && groups[withoutTrade]!.type !== 'place'));
        const withoutLast = keyOf.get(spellingKey(w.slice(0, -1).join(' ')));
        const dropped = withoutLast === undefined && tradeGoes ? 2 : 1;
        const short = dropped === 2 ? withoutTrade : withoutLast;
        const claimed = short !== undefined && long.filter((l) => spellingKey(words(groups[l]!).slice(0, -dropped).join(' ')) === spellingKey(groups[short]!.observations[0]!.text)).length === 1;
        const person = short !== undefined && groups[short]!.type === 'person' && groups[short]!.strength >= 3;
        // "Emirates and its parent, the Emirates Group": the article says they are two companies.
        const relative = g.observations.some((o) => o.relative);
        // A known short form joins only as a company ("Vodacom" for "Vodacom Group"), never a place
        // ("Kenya" is no short form of "Kenya Airways").
        const knownElse = short !== undefined && isKnownGroup(groups[short]!) && groups[short]!.type !== 'organization';
        if (short !== undefined && claimed && !person && !relative && !knownElse) links.push([short, i]);
      }
      // "Treaty City" for "Treaty City Credit Union", "Estuary" for "Estuary Community Credit Union":
      // a lender named without its two class words (and "Community" before them), as local news does.
      const lenderTail = g.type === 'organization' && w.length >= 3 && LENDER_TAILS.has(w.slice(-2).join(' '));
      if (lenderTail) {
        const cut = w.length >= 4 && w.at(-3) === 'Community' ? 3 : 2;
        const short = keyOf.get(spellingKey(w.slice(0, -cut).join(' ')));
        const strongElse = short !== undefined && (isKnownGroup(groups[short]!) || (groups[short]!.type === 'person' && groups[short]!.strength >= 3));
        if (short !== undefined && short !== i && !strongElse) links.push([short, i]);
      }
      for (const head of new Set(g.observations.flatMap((o) => (o.headOf ? [o.headOf] : [])))) {
        // "The storm, known internationally as Trami": any storm's head word stands for the one named
        // storm, or, where the article recalls past storms too ("Typhoon Haiyan"), the one it names
        // first: its own (groups come in the order the article names them).
        const storm = (l: number) => STORM_HEADS.has(head) && STORM_HEADS.has(words(groups[l]!)[0]!);
        const body = only(long.filter((l) => groups[l]!.type === 'organization' && words(groups[l]!).at(-1) === head)) ?? long.find(storm);
        if (body !== undefined) links.push([i, body]);
      }
    }
  }
  return links;
}
