import type { CuratedField, DatasetEntity, EntityRole } from '../core/dataset/schema';
import type { ExtractedEntity } from './extract/cluster';
import { lookalikeBlockers, senseCuesOf } from './extract/lookalikes';
import { slug } from './extract/slug';
import { spellingKey } from './extract/spelling-key';
import type { CuratedEntity, Curation } from './curation';

/** An entity ready for mention finding: extraction and curation combined. */
export interface EntityDraft extends Pick<DatasetEntity, 'id' | 'name' | 'type' | 'aliases' | 'blockers' | 'ambiguousAliases' | 'senseCues' | 'description'> {
  roles: EntityRole[];
  curated: CuratedField[];
  /** The editor's proposer ids, when the curation file gives them. */
  proposedBy?: string[];
  /** The extractor's type is a guess (see UNSURE_TYPE_MARGIN): the report asks the editor to check it. */
  unsureType?: true;
}

/**
 * Types whose evidence beats every other type's by at most this much are guesses: a default, or a
 * weak cue against another. Over the 120 test articles (3,234 typed entities) that flags 4.7% of
 * entities and 45% of the type errors (41 of 92); one flagged type in four is wrong, against one
 * in a hundred of the rest.
 */
export const UNSURE_TYPE_MARGIN = 1;

export interface CuratedEntities {
  drafts: EntityDraft[];
  /** Forms of suppressed entities: matched and thrown away, so no shorter alias claims them. */
  suppressedForms: string[];
}

const accentless = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function mergeForms(...lists: string[][]): string[] {
  const seen = new Map<string, string>();
  for (const form of lists.flat()) if (!seen.has(accentless(form))) seen.set(accentless(form), form);
  return [...seen.values()];
}

function fromExtracted(x: ExtractedEntity, aliases = x.aliases): EntityDraft {
  const ambiguous = x.ambiguousAliases?.filter((a) => aliases.includes(a));
  const cues = senseCuesOf(x.name, x.type, x.qualifier);
  return {
    ...(ambiguous && ambiguous.length > 0 ? { ambiguousAliases: ambiguous } : {}),
    ...(cues ? { senseCues: cues } : {}),
    id: slug(x.qualifier ? `${x.name} ${x.qualifier}` : x.name),
    name: x.name,
    type: x.type,
    aliases,
    blockers: lookalikeBlockers(x.name, x.type),
    description: '',
    roles: x.roles,
    curated: [],
    ...(x.typeMargin <= UNSURE_TYPE_MARGIN ? { unsureType: true as const } : {}),
  };
}

function fromCurated(c: CuratedEntity, found: ExtractedEntity[]): EntityDraft {
  const split = new Set(c.split.map(spellingKey));
  const extractedAliases = found.flatMap((x) => x.aliases).filter((a) => !split.has(spellingKey(a)));
  const draft: EntityDraft = {
    id: c.id,
    name: c.name,
    type: c.type,
    aliases: mergeForms(c.aliases, extractedAliases),
    blockers: mergeForms(c.blockers, ...found.map((x) => lookalikeBlockers(x.name, c.type))),
    description: c.description,
    roles: found.flatMap((x) => x.roles),
    curated: c.given,
  };
  if (c.ambiguousAliases) draft.ambiguousAliases = c.ambiguousAliases;
  const cues = senseCuesOf(c.name, c.type);
  if (cues) draft.senseCues = cues;
  if (c.proposedBy) draft.proposedBy = c.proposedBy;
  return draft;
}

/**
 * Applies the editor's curation to the extracted entities: a curated entry takes every extracted
 * entity one of its names or `merge` forms names, minus its `split` forms, and its fields win.
 */
export function applyCuration(extracted: ExtractedEntity[], curation: Curation): CuratedEntities {
  const owner = new Map<string, number>();
  curation.entities.forEach((c, i) => {
    for (const form of [...c.aliases, ...c.merge]) if (!owner.has(spellingKey(form))) owner.set(spellingKey(form), i);
  });
  const found = curation.entities.map((): ExtractedEntity[] => []);
  const drafts: EntityDraft[] = [];
  for (const x of extracted) {
    const claimed = [x.name, ...x.aliases].map((a) => owner.get(spellingKey(a))).find((i) => i !== undefined);
    const curated = claimed === undefined ? undefined : curation.entities[claimed]!;
    if (claimed === undefined || !curated) {
      drafts.push(fromExtracted(x));
      continue;
    }
    found[claimed]!.push(x);
    const split = new Set(curated.split.map(spellingKey));
    const leftOver = x.aliases.filter((a) => split.has(spellingKey(a)));
    if (leftOver.length > 0) drafts.push(fromExtracted({ ...x, name: leftOver[0]!, roles: [] }, leftOver));
  }
  const suppressedForms: string[] = [];
  curation.entities.forEach((c, i) => {
    const draft = fromCurated(c, found[i]!);
    if (c.suppress) suppressedForms.push(...draft.aliases);
    else drafts.push(draft);
  });
  return { drafts: withUniqueIds(withoutClaimedBlockers(drafts)), suppressedForms };
}

/** A look-alike that is itself an entity ("New Mexico" found in an article) is that entity's, not blocked. */
function withoutClaimedBlockers(drafts: EntityDraft[]): EntityDraft[] {
  const aliases = new Set(drafts.flatMap((d) => d.aliases.map(accentless)));
  for (const d of drafts) d.blockers = d.blockers.filter((b) => !aliases.has(accentless(b)));
  return drafts;
}

/** Curated ids are kept; an extracted id that collides gets its type, then a number, appended. */
function withUniqueIds(drafts: EntityDraft[]): EntityDraft[] {
  const taken = new Set(drafts.filter((d) => d.curated.length > 0).map((d) => d.id));
  for (const d of drafts) {
    if (d.curated.length > 0) continue;
    let id = d.id || d.type;
    if (taken.has(id)) id = `${id}-${d.type}`;
    for (let n = 2; taken.has(id); n++) id = `${d.id}-${d.type}-${n}`;
    d.id = id;
    taken.add(id);
  }
  return drafts;
}
