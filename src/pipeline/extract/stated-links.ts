import { STORM_HEADS } from './lexicon/words';
import { spellingKey } from './spelling-key';
import { isDrugName } from './drug-names';
import { divisionShortForm } from './division-names';
import { groupWords as words, isKnownGroup } from './link-group';
import { linkTo, only, type ArticleScope } from './article-scope';

/**
 * Forms an observation says are the same ("Houthis", "Ansar Allah"). A brand's generic in brackets
 * ("Humira (adalimumab)") joins a brand a lexicon knows too; other forms the article gives ("its
 * LVM3 rocket, known as HLVM3") may name a variant of it.
 */
export function sameAsLinks(i: number, { groups, keyOf }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const links: [number, number][] = [];
  for (const form of g.observations.flatMap((o) => o.sameAs ?? [])) {
    const other = keyOf.get(spellingKey(form));
    // "the Markets in Crypto-Assets Regulation, known as MiCA": a known name's own short form
    // in letters joins too, where no lexicon knows that form.
    const shortForm = /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(form) && /^\p{Lu}.*\p{Lu}/u.test(form) && other !== undefined && !isKnownGroup(groups[other]!);
    if (other !== undefined && (!isKnownGroup(g) || isDrugName(form) || shortForm)) links.push([i, other]);
  }
  return links;
}

/** "Enga" for "Enga Province", when the article prints both as places. */
export function divisionLinks(i: number, { groups, keyOf }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const division = g.type === 'place' ? divisionShortForm(words(g)) : undefined;
  const shortDivision = division === undefined ? undefined : keyOf.get(spellingKey(division));
  return shortDivision !== undefined && groups[shortDivision]!.type === 'place' ? [[shortDivision, i]] : [];
}

/**
 * "The commission, known by its initials KPU": the name joins the article's one long body ending
 * in that head word. "The storm, known internationally as Trami": any storm's head word stands
 * for the one named storm, or, where the article recalls past storms too ("Typhoon Haiyan"), the
 * one it names first: its own (groups come in the order the article names them).
 */
export function headWordOfLinks(i: number, { groups, long }: ArticleScope): [number, number][] {
  const links: [number, number][] = [];
  for (const head of new Set(groups[i]!.observations.flatMap((o) => (o.headOf ? [o.headOf] : [])))) {
    const storm = (l: number) => STORM_HEADS.has(head) && STORM_HEADS.has(words(groups[l]!)[0]!);
    links.push(...linkTo(i, only(long.filter((l) => groups[l]!.type === 'organization' && words(groups[l]!).at(-1) === head)) ?? long.find(storm)));
  }
  return links;
}
