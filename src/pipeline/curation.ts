import { ENTITY_TYPES, type CuratedField, type DatasetEntity, type EntityType } from '../core/dataset/schema';
import { isEntityType } from '../core/dataset/validate';
import { readCurationSource } from './curation-source';
import { InputError } from './input-error';

/** One entity as an editor describes it in a curation file (see docs/curation.md). */
export interface CuratedEntity extends Pick<DatasetEntity, 'id' | 'name' | 'type' | 'aliases' | 'blockers' | 'ambiguousAliases' | 'description'> {
  /** Which of the fields above the editor wrote (the dataset marks them as curated). */
  given: CuratedField[];
  /** Other names the extractor found that are this entity too (see docs/curation.md). */
  merge: string[];
  /** Forms the extractor must not count as this entity: they stay, or become, entities of their own. */
  split: string[];
  /** Leave the entity out of the dataset, whatever the extractor finds. */
  suppress: boolean;
  /** Ids of the entities that proposed this initiative; replaces what the extractor found. */
  proposedBy?: string[];
}

export interface Curation {
  entities: CuratedEntity[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Only something proposed has proposers; see INITIATIVE_TYPES in find-mentions.ts. */
const PROPOSED_TYPES: readonly EntityType[] = ['other', 'event'];

const stringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

function givenFields(e: Record<string, unknown>): CuratedField[] {
  const given: CuratedField[] = ['name', 'type'];
  if (e.aliases !== undefined) given.push('aliases');
  if (e.blockers !== undefined) given.push('blockers');
  if (typeof e.description === 'string' && e.description.trim() !== '') given.push('description');
  if (e.proposedBy !== undefined) given.push('proposedBy');
  return given;
}

/** Parses and checks a curation file's text; errors name the file and the line of the entity. */
export function parseCuration(text: string, file: string): Curation {
  const source = readCurationSource(text, file);
  const data = source.data as { entities?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(data.entities)) {
    throw new InputError(file, 'expected an object with an "entities" array', 1);
  }
  const seen = new Set<string>();
  const entities = data.entities.map((raw: unknown, index: number): CuratedEntity => {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const fail = (problem: string): never => {
      throw new InputError(file, `entities[${index}]: ${problem}`, source.entityLine(e.id, index));
    };
    if (typeof e.id !== 'string' || !SLUG.test(e.id)) fail('"id" must be a lower-case slug like "sergei-lavrov"');
    if (seen.has(e.id as string)) fail(`"id" "${String(e.id)}" is used twice`);
    seen.add(e.id as string);
    if (typeof e.name !== 'string' || !e.name.trim()) fail('"name" must be a non-empty string');
    if (!isEntityType(e.type)) fail(`"type" must be one of ${ENTITY_TYPES.join(', ')}`);
    if (e.aliases !== undefined && !stringList(e.aliases)) fail('"aliases" must be a list of non-empty strings');
    if (e.blockers !== undefined && !stringList(e.blockers)) fail('"blockers" must be a list of non-empty strings');
    if (e.description !== undefined && typeof e.description !== 'string') fail('"description" must be a string');
    for (const key of ['merge', 'split'] as const) {
      if (e[key] !== undefined && !stringList(e[key])) fail(`"${key}" must be a list of non-empty strings`);
    }
    if (e.suppress !== undefined && typeof e.suppress !== 'boolean') fail('"suppress" must be true or false');
    if (e.ambiguousAliases !== undefined && !stringList(e.ambiguousAliases)) fail('"ambiguousAliases" must be a list of non-empty strings');
    if (e.proposedBy !== undefined) {
      if (!Array.isArray(e.proposedBy) || !e.proposedBy.every((p) => typeof p === 'string' && SLUG.test(p))) {
        fail('"proposedBy" must be a list of entity ids like "mexico"');
      }
      if (!PROPOSED_TYPES.includes(e.type as EntityType)) fail(`"proposedBy" is only for types ${PROPOSED_TYPES.join(' and ')}`);
    }
    const name = (e.name as string).trim();
    const aliases = [name, ...((e.aliases as string[] | undefined) ?? [])].map((a) => a.trim());
    const ambiguous = ((e.ambiguousAliases as string[] | undefined) ?? []).map((a) => a.trim());
    const stray = ambiguous.find((a) => !aliases.includes(a));
    if (stray !== undefined) fail(`"ambiguousAliases" lists "${stray}", which is not one of its aliases`);
    return {
      id: e.id as string,
      name,
      type: e.type as EntityType,
      aliases: [...new Set(aliases)],
      blockers: ((e.blockers as string[] | undefined) ?? []).map((b) => b.trim()),
      description: ((e.description as string | undefined) ?? '').trim(),
      ...(ambiguous.length > 0 ? { ambiguousAliases: ambiguous } : {}),
      given: givenFields(e),
      merge: ((e.merge as string[] | undefined) ?? []).map((m) => m.trim()),
      split: ((e.split as string[] | undefined) ?? []).map((m) => m.trim()),
      suppress: e.suppress === true,
      ...(e.proposedBy === undefined ? {} : { proposedBy: [...new Set(e.proposedBy as string[])] }),
    };
  });
  return { entities };
}
