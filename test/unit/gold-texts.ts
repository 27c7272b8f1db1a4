import { packTypes } from '../../src/core/dataset/entity-table';
import type { EntityType } from '../../src/core/dataset/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCKED } from '../../src/core/match/alias-matcher';
import { AMBIGUOUS, type MatcherTable } from '../../src/core/dataset/matcher-table';
import { foldText } from '../../src/core/text/fold';
import { LOOKALIKE_HEADS } from '../../src/pipeline/extract/lexicon/lookalike-heads';
import { senseCuesOf } from '../../src/pipeline/extract/lookalikes';
import type { SenseCues } from '../../src/core/match/other-senses';

export const GOLD_DIR = 'test/fixtures/news';

interface FixtureEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  ambiguousAliases?: string[];
  blockers?: string[];
  senseCues?: SenseCues;
}

export interface GoldMention {
  id: string;
  start: number;
  end: number;
}

export interface GoldText {
  file: string;
  text: string;
  gold: GoldMention[];
}

export function loadFixtureEntities(): FixtureEntity[] {
  return (JSON.parse(readFileSync(join(GOLD_DIR, 'entities.json'), 'utf8')) as { entities: FixtureEntity[] }).entities;
}

/**
 * The fixture entities as the table the background would send a tab, with the look-alike heads
 * and other-sense cues every dataset the builder writes carries.
 */
export function fixtureTable(entities = loadFixtureEntities()): MatcherTable {
  const aliases: MatcherTable['aliases'] = [];
  entities.forEach((e, index) => {
    const ambiguous = new Set(e.ambiguousAliases ?? []);
    for (const alias of [e.name, ...e.aliases]) aliases.push(ambiguous.has(alias) ? [alias, index, AMBIGUOUS] : [alias, index]);
    for (const blocker of e.blockers ?? []) aliases.push([blocker, BLOCKED]);
  });
  // The cues a built dataset gives a place named like another ("Georgia").
  const senseCues = entities.flatMap((e, i): [number, SenseCues][] => {
    const cues = e.senseCues ?? senseCuesOf(e.name, e.type);
    return cues ? [[i, cues]] : [];
  });
  return { entityIds: entities.map((e) => e.id), types: packTypes(entities.map((e) => e.type)), aliases, heads: LOOKALIKE_HEADS, senseCues };
}

const POSSESSIVE = /.['’]s$/;

const MARK = /\[([^\]]+)\](?:\(([a-z0-9-]+)\))?/g;

/** Strips the `[text](id)` marks from a gold file: the plain text and where the marks were. */
export function parseGold(source: string, entities: FixtureEntity[], file: string): GoldText {
  const byAlias = new Map<string, string>();
  for (const e of entities) for (const a of [e.name, ...e.aliases]) byAlias.set(foldText(a), e.id);
  let text = '';
  let last = 0;
  const gold: GoldMention[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    const id = m[2] ?? byAlias.get(foldText(m[1]!));
    if (!id) throw new Error(`${file}: "${m[1]}" names no fixture entity`);
    // A possessive is the name's, not part of it: "[Maduro's](nicolas-maduro)" marks what
    // "[Maduro]'s" does, the span the engine marks. Not a name whose own last letters they are
    // ("Lloyd's", an alias as written).
    const possessive = POSSESSIVE.test(m[1]!) && !byAlias.has(foldText(m[1]!)) ? 2 : 0;
    gold.push({ id, start: text.length, end: text.length + m[1]!.length - possessive });
    text += m[1];
    last = m.index! + m[0].length;
  }
  return { file, text: text + source.slice(last), gold };
}

/** The marked texts of `dir` (the tuned set by default; `${GOLD_DIR}/heldout` for the held-out one). */
export function loadGoldTexts(dir = GOLD_DIR): GoldText[] {
  const entities = loadFixtureEntities();
  return readdirSync(dir)
    .filter((f) => /^\d+-.*\.md$/.test(f))
    .sort()
    .map((f) => parseGold(readFileSync(join(dir, f), 'utf8'), entities, f));
}
