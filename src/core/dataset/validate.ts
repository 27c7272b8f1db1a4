import type { HeadWords } from '../match/lookalike-heads';
import type { SenseCues } from '../match/other-senses';
import {
  DATASET_SCHEMA_VERSION,
  ENTITY_TYPES,
  type Dataset,
  type DatasetArticle,
  type DatasetEntity,
  type EntityMention,
  type EntityType,
  CURATED_FIELDS,
  type CuratedField,
  type EntityProposer,
  type EntityQuote,
  type EntityRole,
} from './schema';

/** Thrown when data does not have the dataset's shape; `path` says where, e.g. "entities[3].aliases". */
export class DatasetShapeError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'DatasetShapeError';
  }
}

type Obj = Record<string, unknown>;

function object(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DatasetShapeError(path, 'expected an object');
  }
  return value as Obj;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new DatasetShapeError(path, 'expected a string');
  return value;
}

function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : string(value, path);
}

function array<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) throw new DatasetShapeError(path, 'expected an array');
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function integer(value: unknown, path: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new DatasetShapeError(path, 'expected a non-negative integer');
  }
  return value as number;
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

function article(value: unknown, path: string): DatasetArticle {
  const o = object(value, path);
  const result: DatasetArticle = {
    id: string(o.id, `${path}.id`),
    title: string(o.title, `${path}.title`),
    outlet: string(o.outlet, `${path}.outlet`),
    published: string(o.published, `${path}.published`),
  };
  for (const key of ['section', 'language', 'url'] as const) {
    const v = optionalString(o[key], `${path}.${key}`);
    if (v !== undefined) result[key] = v;
  }
  return result;
}

function mention(value: unknown, path: string): EntityMention {
  const o = object(value, path);
  const m: EntityMention = {
    articleId: string(o.articleId, `${path}.articleId`),
    sentence: string(o.sentence, `${path}.sentence`),
    start: integer(o.start, `${path}.start`),
    end: integer(o.end, `${path}.end`),
  };
  if (m.end <= m.start || m.end > m.sentence.length) {
    throw new DatasetShapeError(path, 'start/end do not lie inside the sentence');
  }
  return m;
}

function role(value: unknown, path: string): EntityRole {
  const o = object(value, path);
  return { role: string(o.role, `${path}.role`), articleId: string(o.articleId, `${path}.articleId`) };
}

function quote(value: unknown, path: string): EntityQuote {
  const o = object(value, path);
  return { articleId: string(o.articleId, `${path}.articleId`), text: string(o.text, `${path}.text`) };
}

function proposer(value: unknown, path: string): EntityProposer {
  const o = object(value, path);
  const articleId = optionalString(o.articleId, `${path}.articleId`);
  return { entityId: string(o.entityId, `${path}.entityId`), ...(articleId === undefined ? {} : { articleId }) };
}

function curatedField(value: unknown, path: string): CuratedField {
  if (!(CURATED_FIELDS as readonly unknown[]).includes(value)) {
    throw new DatasetShapeError(path, `expected one of ${CURATED_FIELDS.join(', ')}`);
  }
  return value as CuratedField;
}

/** The optional fields schema 2 added for extracted entities (see schema.ts). */
function entityExtras(o: Obj, path: string): Partial<DatasetEntity> {
  const extras: Partial<DatasetEntity> = {};
  if (o.relatedWeights !== undefined) extras.relatedWeights = array(o.relatedWeights, `${path}.relatedWeights`, integer);
  if (o.roles !== undefined) extras.roles = array(o.roles, `${path}.roles`, role);
  if (o.quotes !== undefined) extras.quotes = array(o.quotes, `${path}.quotes`, quote);
  if (o.proposedBy !== undefined) extras.proposedBy = array(o.proposedBy, `${path}.proposedBy`, proposer);
  if (o.curated !== undefined) extras.curated = array(o.curated, `${path}.curated`, curatedField);
  const related = o.related as unknown[];
  if (extras.relatedWeights && extras.relatedWeights.length !== related.length) {
    throw new DatasetShapeError(`${path}.relatedWeights`, 'expected one weight per related entity');
  }
  return extras;
}

function entity(value: unknown, path: string): DatasetEntity {
  const o = object(value, path);
  if (!isEntityType(o.type)) {
    throw new DatasetShapeError(`${path}.type`, `expected one of ${ENTITY_TYPES.join(', ')}`);
  }
  return {
    id: string(o.id, `${path}.id`),
    name: string(o.name, `${path}.name`),
    type: o.type,
    aliases: array(o.aliases, `${path}.aliases`, string),
    blockers: array(o.blockers, `${path}.blockers`, string),
    ...(o.ambiguousAliases === undefined
      ? {}
      : { ambiguousAliases: array(o.ambiguousAliases, `${path}.ambiguousAliases`, string) }),
    ...(o.senseCues === undefined ? {} : { senseCues: senseCues(o.senseCues, `${path}.senseCues`) }),
    description: string(o.description, `${path}.description`),
    mentions: array(o.mentions, `${path}.mentions`, mention),
    related: array(o.related, `${path}.related`, string),
    ...entityExtras(o, path),
  };
}

export function senseCues(value: unknown, path: string): SenseCues {
  const o = object(value, path);
  return { own: array(o.own, `${path}.own`, string), other: array(o.other, `${path}.other`, string) };
}

export function headWords(value: unknown, path: string): HeadWords {
  const o = object(value, path);
  const heads: HeadWords = { before: array(o.before, `${path}.before`, string), after: array(o.after, `${path}.after`, string) };
  if (o.beforeAmbiguous !== undefined) heads.beforeAmbiguous = array(o.beforeAmbiguous, `${path}.beforeAmbiguous`, string);
  if (o.beforePlace !== undefined) heads.beforePlace = array(o.beforePlace, `${path}.beforePlace`, string);
  if (o.givenNamePlaces !== undefined) heads.givenNamePlaces = array(o.givenNamePlaces, `${path}.givenNamePlaces`, string);
  return heads;
}

/** Checks untrusted JSON against the schema and returns it typed; throws DatasetShapeError. */
export function parseDataset(value: unknown): Dataset {
  const o = object(value, 'dataset');
  if (o.schemaVersion !== DATASET_SCHEMA_VERSION) {
    throw new DatasetShapeError(
      'dataset.schemaVersion',
      `expected ${DATASET_SCHEMA_VERSION}, found ${JSON.stringify(o.schemaVersion)}`,
    );
  }
  const dataset: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    articles: array(o.articles, 'dataset.articles', article),
    entities: array(o.entities, 'dataset.entities', entity),
    ...(o.lookalikeHeads === undefined ? {} : { lookalikeHeads: headWords(o.lookalikeHeads, 'dataset.lookalikeHeads') }),
  };
  const articleIds = new Set(dataset.articles.map((a) => a.id));
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  dataset.entities.forEach((e, i) => {
    e.mentions.forEach((m, j) => {
      if (!articleIds.has(m.articleId)) {
        throw new DatasetShapeError(`dataset.entities[${i}].mentions[${j}].articleId`, `unknown article "${m.articleId}"`);
      }
    });
    for (const [field, list] of [['roles', e.roles], ['quotes', e.quotes], ['proposedBy', e.proposedBy]] as const) {
      list?.forEach((item, j) => {
        if (item.articleId !== undefined && !articleIds.has(item.articleId)) {
          throw new DatasetShapeError(`dataset.entities[${i}].${field}[${j}].articleId`, `unknown article "${item.articleId}"`);
        }
      });
    }
    e.related.forEach((id, j) => {
      if (!entityIds.has(id)) {
        throw new DatasetShapeError(`dataset.entities[${i}].related[${j}]`, `unknown entity "${id}"`);
      }
    });
    e.proposedBy?.forEach((p, j) => {
      if (!entityIds.has(p.entityId)) {
        throw new DatasetShapeError(`dataset.entities[${i}].proposedBy[${j}].entityId`, `unknown entity "${p.entityId}"`);
      }
    });
  });
  return dataset;
}
