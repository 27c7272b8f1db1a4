import { ENTITY_TYPES, type EntityType } from '../core/dataset/schema';
import { isEntityType } from '../core/dataset/validate';
import { InputError } from './input-error';

/** One entity as an editor describes it in a curation file (see docs/curation.md). */
export interface CuratedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  blockers: string[];
  description: string;
}

export interface Curation {
  entities: CuratedEntity[];
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Line of the first `"key": "value"` pair, to point an editor at the entity that is wrong. */
function lineOfEntity(text: string, id: unknown, index: number): number | undefined {
  if (typeof id === 'string') {
    const at = text.indexOf(JSON.stringify(id));
    if (at >= 0) return lineOfOffset(text, at);
  }
  let at = -1;
  for (let i = 0; i <= index; i++) {
    at = text.indexOf('{', at + 1);
    if (at < 0) return undefined;
  }
  return lineOfOffset(text, text.indexOf('{', at + 1));
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineOfOffset(text, Number(position[1])) : undefined;
    throw new InputError(file, `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, line);
  }
}

const stringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Parses and checks a curation file's text; errors name the file and the line of the entity. */
export function parseCuration(text: string, file: string): Curation {
  const data = parseJson(text, file) as { entities?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(data.entities)) {
    throw new InputError(file, 'expected an object with an "entities" array', 1);
  }
  const seen = new Set<string>();
  const entities = data.entities.map((raw: unknown, index: number): CuratedEntity => {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const fail = (problem: string): never => {
      throw new InputError(file, `entities[${index}]: ${problem}`, lineOfEntity(text, e.id, index));
    };
    if (typeof e.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) fail('"id" must be a lower-case slug like "sergei-lavrov"');
    if (seen.has(e.id as string)) fail(`"id" "${String(e.id)}" is used twice`);
    seen.add(e.id as string);
    if (typeof e.name !== 'string' || !e.name.trim()) fail('"name" must be a non-empty string');
    if (!isEntityType(e.type)) fail(`"type" must be one of ${ENTITY_TYPES.join(', ')}`);
    if (e.aliases !== undefined && !stringList(e.aliases)) fail('"aliases" must be a list of non-empty strings');
    if (e.blockers !== undefined && !stringList(e.blockers)) fail('"blockers" must be a list of non-empty strings');
    if (e.description !== undefined && typeof e.description !== 'string') fail('"description" must be a string');
    const name = (e.name as string).trim();
    const aliases = [name, ...((e.aliases as string[] | undefined) ?? [])].map((a) => a.trim());
    return {
      id: e.id as string,
      name,
      type: e.type as EntityType,
      aliases: [...new Set(aliases)],
      blockers: ((e.blockers as string[] | undefined) ?? []).map((b) => b.trim()),
      description: ((e.description as string | undefined) ?? '').trim(),
    };
  });
  return { entities };
}
