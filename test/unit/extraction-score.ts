import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatasetEntity } from '../../src/core/dataset/schema';
import { parseArticle } from '../../src/pipeline/article';
import { buildDataset } from '../../src/pipeline/build-dataset';
import { nameKey } from '../../src/pipeline/extract/known-names';
import { DEFAULT_TYPE_CORPUS, readTypeCorpus } from '../../src/pipeline/type-corpus';
import type { GoldEntity } from '../../src/pipeline/type-model/examples';
import { TypeModel, type TypeExample } from '../../src/pipeline/type-model/model';

export const FIXTURES = 'test/fixtures/articles';

export interface ArticleScore {
  file: string;
  gold: number;
  predicted: number;
  matched: number;
  typeCorrect: number;
  missed: string[];
  spurious: string[];
  wrongType: string[];
}

/** A prediction matches a gold entity when one of its names is one of the gold entity's names. */
function matches(predicted: DatasetEntity, gold: GoldEntity): boolean {
  const goldKeys = new Set([gold.name, ...(gold.aliases ?? [])].map(nameKey));
  return [predicted.name, ...predicted.aliases].some((a) => goldKeys.has(nameKey(a)));
}

let corpus: Map<string, TypeExample[]> | undefined;
/** For each corpus article, each example's name keys (its gold entity's name and aliases), read once. */
let exampleNames: Map<string, string[][]> | undefined;
/** Each corpus article's fold, by its place in the corpus. */
let foldOf: Map<string, number> | undefined;
let fullModel: TypeModel | undefined;
const foldModels = new Map<number, TypeModel>();

const goldOf = (path: string) => (JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8')) as { entities: GoldEntity[] }).entities;
const nameKeysOf = (g: GoldEntity) => [g.name, ...(g.aliases ?? [])].map(nameKey);

/**
 * How many parts the tuned set is split into for scoring it: each part is scored by a model
 * trained on the others. Retraining for each of its 1,560 articles would take most of an hour.
 */
const TYPE_FOLDS = 20;

/** The model that learned from every part of the corpus but one, and from no example of a name that part prints. */
function foldModel(fold: number): TypeModel {
  const files = [...corpus!.keys()];
  const inFold = (file: string) => foldOf!.get(file) === fold;
  const named = new Set(files.filter(inFold).flatMap((file) => exampleNames!.get(file)!.flat()));
  const examples = files.flatMap((file) => {
    if (inFold(file)) return [];
    const keys = exampleNames!.get(file)!;
    return corpus!.get(file)!.filter((_, j) => !keys[j]!.some((key) => named.has(key)));
  });
  return TypeModel.train(examples);
}

/**
 * The type model as the builder has it (trained on the tuned set), except for a tuned article:
 * that is scored with the model of its fold, which learned neither from the fold's articles nor
 * from any other article's examples of the entities they name. An article the model learned from
 * would be graded on its own answers, and the tuned set names many entities in two to five
 * articles (a round's two Davis Cup stories), from which a model that left out one article alone
 * still learned the answer (a type-model change gained 17 types so on tuned and none on blind rounds).
 */
export function typeModelFor(path: string): TypeModel {
  corpus ??= new Map([...readTypeCorpus(DEFAULT_TYPE_CORPUS)].map(([file, examples]) => [resolve(file), examples]));
  exampleNames ??= new Map([...corpus.keys()].map((file) => [file, goldOf(file).map(nameKeysOf)]));
  foldOf ??= new Map([...corpus.keys()].map((file, i) => [file, i % TYPE_FOLDS]));
  const fold = foldOf.get(resolve(path));
  if (fold === undefined) return (fullModel ??= TypeModel.train([...corpus.values()].flat()));
  if (!foldModels.has(fold)) foldModels.set(fold, foldModel(fold));
  return foldModels.get(fold)!;
}

/** Builds a dataset from one article alone, with no curation, and compares it with the gold list. */
export function scoreArticle(path: string): ArticleScore {
  const article = parseArticle(readFileSync(path, 'utf8'), path);
  const gold = goldOf(path);
  const predicted = buildDataset([article], { entities: [] }, { typeModel: typeModelFor(path) }).dataset.entities;
  const used = new Set<DatasetEntity>();
  const score: ArticleScore = { file: path, gold: gold.length, predicted: predicted.length, matched: 0, typeCorrect: 0, missed: [], spurious: [], wrongType: [] };
  for (const g of gold) {
    const p = predicted.find((e) => !used.has(e) && matches(e, g));
    if (!p) {
      score.missed.push(g.name);
      continue;
    }
    used.add(p);
    score.matched++;
    if (p.type === g.type) score.typeCorrect++;
    else score.wrongType.push(`${g.name}: ${p.type} (gold ${g.type})`);
  }
  score.spurious = predicted.filter((p) => !used.has(p)).map((p) => `${p.name} (${p.type})`);
  return score;
}

/** The article files of one set, sorted; none when the folder is missing or holds no article yet. */
export function setArticles(folder: string): string[] {
  const dir = join(FIXTURES, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

/** Scores every article of a set. An empty set has no score: callers check setArticles first. */
export function scoreSet(folder: string): { precision: number; recall: number; f1: number; typeAccuracy: number; articles: ArticleScore[] } {
  const files = setArticles(folder);
  if (files.length === 0) throw new Error(`${join(FIXTURES, folder)} holds no article to score`);
  const articles = files.map(scoreArticle);
  const sum = (k: 'gold' | 'predicted' | 'matched' | 'typeCorrect') => articles.reduce((n, a) => n + a[k], 0);
  const precision = sum('matched') / sum('predicted');
  const recall = sum('matched') / sum('gold');
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), typeAccuracy: sum('typeCorrect') / sum('matched'), articles };
}
