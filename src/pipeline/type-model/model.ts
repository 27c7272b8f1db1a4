import { ENTITY_TYPES, type EntityType } from '../../core/dataset/schema';

/** One entity of an annotated article: its gold type and what typeFeatures read about it. */
export interface TypeExample {
  type: EntityType;
  features: ReadonlySet<string>;
}

/**
 * How strongly the class-wide rate of a feature pulls an unseen or rare one, in examples: a
 * feature met once in a small class does not decide it.
 */
const SMOOTHING = 5;

type Counts = Map<string, number[]>;

/** A trained model as plain data: what a cache stores (see type-model-cache.ts). */
export interface TypeModelData {
  format: 1;
  types: readonly string[];
  classSizes: number[];
  /** Each feature with its count per type, in `types` order; sorted by feature. */
  counts: [string, number[]][];
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isCountRow = (row: unknown): row is number[] => Array.isArray(row) && row.length === ENTITY_TYPES.length && row.every(isCount);

function addTo(counts: Counts, classSizes: number[], example: TypeExample, sign: 1 | -1): void {
  const t = ENTITY_TYPES.indexOf(example.type);
  classSizes[t]! += sign;
  for (const feature of example.features) {
    let row = counts.get(feature);
    if (!row) counts.set(feature, (row = ENTITY_TYPES.map(() => 0)));
    row[t]! += sign;
  }
}

/**
 * A naive Bayes guess of an entity's type from annotated articles' gold lists. It is only asked
 * about names no rule could type: there the rules' default was right under half the time.
 */
export class TypeModel {
  private constructor(
    private readonly counts: Counts,
    private readonly classSizes: number[],
    /** Rows this model changed from another's (without), read before that model's own. */
    private readonly overrides: Counts = new Map(),
  ) {}

  private row(feature: string): number[] | undefined {
    return this.overrides.get(feature) ?? this.counts.get(feature);
  }

  static train(examples: Iterable<TypeExample>): TypeModel {
    const counts: Counts = new Map();
    const classSizes = ENTITY_TYPES.map(() => 0);
    for (const example of examples) addTo(counts, classSizes, example, 1);
    return new TypeModel(counts, classSizes);
  }

  /** The counts as plain data, features sorted; a model made by without() stores its own counts. */
  toData(): TypeModelData {
    const features = new Set([...this.counts.keys(), ...this.overrides.keys()]);
    const counts = [...features].sort().map((f): [string, number[]] => [f, [...this.row(f)!]]);
    return { format: 1, types: [...ENTITY_TYPES], classSizes: [...this.classSizes], counts };
  }

  /** The model stored by toData, or undefined for anything else (another format, other types, a damaged file). */
  static fromData(data: unknown): TypeModel | undefined {
    const d = data as Partial<TypeModelData> | null;
    if (typeof d !== 'object' || d === null || d.format !== 1 || !Array.isArray(d.counts) || !isCountRow(d.classSizes)) return undefined;
    if (!Array.isArray(d.types) || d.types.join() !== ENTITY_TYPES.join()) return undefined;
    const counts: Counts = new Map();
    for (const entry of d.counts as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isCountRow(entry[1])) return undefined;
      counts.set(entry[0], entry[1]);
    }
    return new TypeModel(counts, d.classSizes);
  }

  get size(): number {
    return this.classSizes.reduce((a, b) => a + b, 0);
  }

  /**
   * The model without some of its examples: scoring an annotated article against a model that
   * learned from it would grade the model on its own answers.
   */
  without(examples: Iterable<TypeExample>): TypeModel {
    const overrides: Counts = new Map(this.overrides);
    const classSizes = [...this.classSizes];
    const removed = [...examples];
    for (const example of removed) {
      for (const feature of example.features) overrides.set(feature, [...(this.row(feature) ?? ENTITY_TYPES.map(() => 0))]);
    }
    for (const example of removed) addTo(overrides, classSizes, example, -1);
    return new TypeModel(this.counts, classSizes, overrides);
  }

  /** The likeliest type for these features; undefined when the model has learned nothing. */
  guess(features: ReadonlySet<string>): EntityType | undefined {
    return this.rank(features)[0]?.type;
  }

  /** Every type with its log-likelihood score, likeliest first; empty when the model has learned nothing. */
  rank(features: ReadonlySet<string>): { type: EntityType; score: number }[] {
    const total = this.size;
    if (total === 0) return [];
    const scores = ENTITY_TYPES.map((type, t) => {
      const size = this.classSizes[t]!;
      let score = Math.log((size + 1) / (total + ENTITY_TYPES.length));
      for (const feature of features) {
        const row = this.row(feature);
        const seen = row ? row.reduce((a, b) => a + b, 0) : 0;
        if (seen === 0) continue;
        // Smoothed towards the feature's rate over all classes, and divided by that rate, so a
        // feature a class never saw costs it in proportion to how common the feature is.
        const rate = seen / total;
        score += Math.log((row![t]! + SMOOTHING * rate) / (size + SMOOTHING)) - Math.log(rate);
      }
      return { type, score };
    });
    // Stable: equal scores keep ENTITY_TYPES' order.
    return scores.sort((a, b) => b.score - a.score);
  }
}
