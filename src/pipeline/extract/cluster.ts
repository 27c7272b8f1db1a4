import { ENTITY_TYPES, type EntityType } from '../../core/dataset/schema';
import { articleLinks } from './article-links';
import { isFamilyNameFirst } from './east-asian-names';
import { sameGivenName } from './nicknames';
import { knownName, nameKey } from './known-names';
import type { Observation } from './observation';
import { nameWords, spellingKey } from './spelling-key';
import { surnameOf } from './surname';
import { UnionFind } from './union-find';

export interface EntityRole {
  role: string;
  articleId: string;
}

/** One entity put together from every naming of it, across articles. */
export interface ExtractedEntity {
  name: string;
  type: EntityType;
  /** Every printed or known form, `name` first; spellings that differ only in accents kept once. */
  aliases: string[];
  roles: EntityRole[];
  qualifier?: string;
  /** A surname the articles never print alone, added so later pages can name the person by it. */
  ambiguousAliases?: string[];
  /** Namings counted while extracting (a weight for ties, not the mention count). */
  observations: number;
  /**
   * How sure the type is: the strongest evidence for it (0, a default, to 5, a lexicon), less
   * the strongest for another type. An editor's report flags the unsure ones.
   */
  typeMargin: number;
}

/**
 * A second opinion on a name the rules typed on weak evidence (strength 0, a default, to 2), from
 * its printed forms (the fullest first) and the articles that print it: the type to use instead,
 * or undefined to keep the rules' type.
 */
export type TypeGuesser = (names: string[], articleIds: string[], rules: { type: EntityType; strength: number }) => EntityType | undefined;

/** Rule evidence above this is never second-guessed (a stated class, a name's own words, a lexicon). */
const WEAK_EVIDENCE = 2;

function groupKey(o: Observation): string {
  if (o.qualifier) return `${o.qualifier}:${nameKey(o.knownName ?? o.text)}`;
  return o.knownName ? `known:${o.knownName}` : spellingKey(o.text);
}

/**
 * The group of a known acronym's mentions (keyed by its lexicon name: "ICASA" in a headline), for
 * the expansion the article prints with it. Only when the lexicon knows it by no other expansion:
 * "the Future Circular Collider (FCC)" is not the known FCC, the US regulator.
 */
function knownAcronymGroup(acronym: string, expansion: string, index: Map<string, number>): number | undefined {
  const known = knownName(acronym);
  const forms = known ? [known.name, ...known.aliases] : [];
  // "Ibama", as the lexicon prints the Brazilian agency's acronym, is still that acronym.
  const onlyAcronyms = forms.every((f) => /^[\p{Lu}\p{N}&.-]+$/u.test(f) || nameKey(f) === nameKey(acronym));
  return known && (onlyAcronyms || forms.some((f) => nameKey(f) === nameKey(expansion) || sameWordsReordered(f, expansion))) ? index.get(`known:${known.name}`) : undefined;
}

/** "Canada-United States-Mexico Agreement" and "United States-Mexico-Canada Agreement": one name's words in another order, as each party prints it. */
function sameWordsReordered(a: string, b: string): boolean {
  const words = (s: string) => nameKey(s).split(/[\s-]+/).sort().join(' ');
  return words(a) === words(b);
}

const accents = (s: string) => s.normalize('NFD').length - s.length;

function pickName(group: Observation[]): string {
  const known = group.find((o) => o.knownName)?.knownName;
  if (known) return known;
  const counts = new Map<string, number>();
  for (const o of group) counts.set(o.text, (counts.get(o.text) ?? 0) + 1);
  const words = (s: string) => s.split(/\s+/).length;
  const isAcronym = (s: string) => !/\p{Ll}/u.test(s);
  return [...counts].sort(
    ([a, ca], [b, cb]) =>
      Number(isAcronym(a)) - Number(isAcronym(b)) ||
      words(b) - words(a) ||
      accents(b) - accents(a) ||
      cb - ca ||
      a.localeCompare(b),
  )[0]![0];
}

/** The surest guess wins ("Treaty of …" over an acronym's default); votes break ties. */
function pickType(group: Observation[]): EntityType {
  return rankTypes(group).type;
}

/** The winning type, and by how much its strongest evidence beats any other type's. */
function rankTypes(group: Observation[]): { type: EntityType; margin: number; strength: number } {
  const best = new Map<EntityType, number>();
  const votes = new Map<EntityType, number>();
  // "a cross from Yamal" beside "Lamine Yamal scored": a surname alone after a place's preposition
  // is weaker evidence than the full name a person's.
  const fullPerson = group.some((o) => o.type === 'person' && !o.knownName && /\s/u.test(o.text));
  const bareGuess = (o: Observation) => fullPerson && o.type === 'place' && !o.knownName && o.strength <= 2 && !/\s/u.test(o.text);
  for (const o of group) {
    best.set(o.type, Math.max(best.get(o.type) ?? 0, bareGuess(o) ? 0 : o.strength));
    votes.set(o.type, (votes.get(o.type) ?? 0) + 1);
  }
  const rank = (t: EntityType) => (best.get(t) ?? -1) * 1000 + (votes.get(t) ?? 0);
  const [type, runnerUp] = [...ENTITY_TYPES].sort((a, b) => rank(b) - rank(a));
  return { type: type!, margin: best.get(type!)! - (best.get(runnerUp!) ?? 0), strength: best.get(type!)! };
}

function aliasesOf(name: string, group: Observation[]): string[] {
  const forms = [name, ...group.flatMap((o) => [o.text, ...(o.knownAliases ?? []), ...(o.acronym ? [o.acronym] : [])])];
  const byKey = new Map<string, string>();
  for (const form of forms) {
    // Accent variants fold alike in the matcher; keep the one with accents, as printed.
    const key = form.normalize('NFD').replace(/\p{M}/gu, '');
    const kept = byKey.get(key);
    if (kept === undefined || (kept !== name && accents(form) > accents(kept))) byKey.set(key, form);
  }
  return [...byKey.values()];
}

/**
 * "Russ Vought" and "Russell Vought", "Mike Johnson" and "Michael Johnson": full names of a person
 * that differ only in the given name's short form are one person.
 */
function joinNicknames(keys: string[], groups: Map<string, Observation[]>, sets: UnionFind): void {
  const byRest = new Map<string, { given: string; index: number }[]>();
  keys.forEach((key, i) => {
    const first = groups.get(key)![0]!;
    const words = first.text.split(/\s+/);
    if (first.knownName || words.length < 2 || first.type !== 'person') return;
    const rest = spellingKey(words.slice(1).join(' '));
    if (!byRest.has(rest)) byRest.set(rest, []);
    byRest.get(rest)!.push({ given: words[0]!, index: i });
  });
  for (const names of byRest.values()) {
    for (const a of names) for (const b of names) if (a.index < b.index && sameGivenName(a.given, b.given)) sets.union(a.index, b.index);
  }
}

/**
 * Clusters namings into entities: same spelling (accents and transliteration aside), same lexicon
 * entry, acronym and its expansion, a surname alone with the one full name that ends in it, and
 * the short forms one article's wording ties to a full name (articleLinks).
 */
export function clusterObservations(observations: Observation[], guessType?: TypeGuesser): ExtractedEntity[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = groupKey(o);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const keys = [...groups.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const sets = new UnionFind(keys.length);

  joinNicknames(keys, groups, sets);
  const fullNamesBySurname = new Map<string, Set<number>>();
  keys.forEach((key, i) => {
    const group = groups.get(key)!;
    if (group[0]!.knownName || group[0]!.text.split(/\s+/).length < 2 || pickType(group) !== 'person') return;
    // Any word of a full name may name the person alone: "Lavrov", "Lula", "Abdulaziz".
    for (const word of nameWords(group[0]!.text)) {
      if (!fullNamesBySurname.has(word)) fullNamesBySurname.set(word, new Set());
      fullNamesBySurname.get(word)!.add(i);
    }
  });
  keys.forEach((key, i) => {
    const group = groups.get(key)!;
    for (const o of group) {
      const acronymGroup = o.acronym ? (index.get(spellingKey(o.acronym)) ?? knownAcronymGroup(o.acronym, o.text, index)) : undefined;
      if (acronymGroup !== undefined) sets.union(i, acronymGroup);
    }
    // A part of one full name ("Lavrov", "Lujan Grisham") is that person, if no other full name has it.
    const only = group[0]!;
    // A known person's one name ("Lula") is still a word of the full name the article prints.
    if (only.knownName && pickType(group) !== 'person') return;
    const words = nameWords(only.text);
    const owners = words.map((w) => fullNamesBySurname.get(w) ?? new Set<number>());
    // Two spellings of one full name ("Russ Vought", "Russell Vought") are one owner.
    const loose = [...(owners[0] ?? [])].filter((o) => o !== i && owners.every((set) => set.has(o)));
    // "Myles" with "Myles Turner" and "Miles McBride": a spelling printed in one owner alone picks it.
    // "Assad" is printed in "Bashar al-Assad": the article's "al-" is no part of the name alone.
    const wordsPrinted = (text: string) => text.split(/\s+/).flatMap((w) => [w, w.replace(/^(?:al|el|Al|El)-/u, '')]);
    const printedIn = (o: number) => only.text.split(/\s+/).every((w) => wordsPrinted(groups.get(keys[o]!)![0]!.text).includes(w));
    const single = (owners: number[]) => new Set(owners.map((o) => sets.find(o))).size === 1;
    const printed = single(loose) ? loose : loose.filter(printedIn);
    // "Bolsonaro" beside Jair, Eduardo and Flávio Bolsonaro, all in its one article: news names the
    // one it is about first, and the others by their given names (groups come in the order named).
    const sameArticle = (o: number) => groups.get(keys[o]!)!.some((x) => x.articleId === only.articleId);
    const oneArticle = group.every((o) => o.articleId === only.articleId);
    const common = single(printed) || !oneArticle || !printed.every(sameArticle) ? printed : printed.slice(0, 1);
    const owner = single(common) ? groups.get(keys[common[0]!]!)![0]! : undefined;
    // Fewer words as printed too: "La Paz" (the particle aside, one word) is no part of "Rodrigo Paz".
    const printedWords = (text: string) => text.split(/\s+/).length;
    // "Biren Singh" for "N. Biren Singh": the full name's initials are words of it too.
    const initials = (text: string) => text.split(/\s+/).filter((w) => /^(?:\p{Lu}\.)+$/u.test(w)).length;
    const moreWords = owner !== undefined && nameWords(owner.text).length + initials(owner.text) > words.length + initials(only.text);
    if (words.length > 0 && owner && moreWords && printedWords(owner.text) > printedWords(only.text)) {
      sets.union(i, common[0]!);
    }
  });

  const linkGroups = keys.map((key) => {
    const group = groups.get(key)!;
    const type = pickType(group);
    return { observations: group, type, strength: Math.max(...group.filter((o) => o.type === type).map((o) => o.strength)) };
  });
  for (const [a, b] of articleLinks(linkGroups)) sets.union(a, b);

  const clusters = new Map<number, Observation[]>();
  keys.forEach((key, i) => {
    const root = sets.find(i);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(...groups.get(key)!);
    else clusters.set(root, [...groups.get(key)!]);
  });
  const entities = [...clusters.values()].map((group) => {
    const name = pickName(group);
    const roles = new Map<string, EntityRole>();
    for (const o of group) if (o.role) roles.set(`${o.articleId}\n${o.role}`, { role: o.role, articleId: o.articleId });
    const ranked = rankTypes(group);
    const aliases = aliasesOf(name, group);
    const articleIds = [...new Set(group.map((o) => o.articleId))];
    const type = (ranked.strength <= WEAK_EVIDENCE && guessType?.(aliases, articleIds, ranked)) || ranked.type;
    // A type the model chose over the rules' is a guess however sure the rules' runner-up was.
    const typeMargin = type === ranked.type ? ranked.margin : 0;
    const entity: ExtractedEntity = { name, type, aliases, roles: [...roles.values()], observations: group.length, typeMargin };
    const qualifier = group.find((o) => o.qualifier)?.qualifier;
    if (qualifier) entity.qualifier = qualifier;
    return entity;
  });
  addSurnames(entities);
  return entities;
}

/**
 * "Juan Guaido" printed only as "[…Juan] Guaido": the surname alone must be an alias or the
 * article's mention is lost. Added only where no other person has it, and marked ambiguous.
 * Spanish double surnames are added whole ("López Obrador"), never their last word alone.
 */
function addSurnames(entities: ExtractedEntity[]): void {
  const surnames = new Map(entities.map((e) => [e, e.type === 'person' ? surnameOf(e.name, e.aliases) : undefined]));
  const counts = new Map<string, number>();
  for (const s of surnames.values()) {
    if (s) counts.set(spellingKey(s), (counts.get(spellingKey(s)) ?? 0) + 1);
  }
  for (const e of entities) {
    const s = surnames.get(e);
    if (!s || counts.get(spellingKey(s)) !== 1 || s.length < (isFamilyNameFirst(e.name.split(/\s+/)) ? 2 : 3) || e.aliases.some((a) => spellingKey(a) === spellingKey(s))) continue;
    e.aliases.push(s);
    e.ambiguousAliases = [s];
  }
}
