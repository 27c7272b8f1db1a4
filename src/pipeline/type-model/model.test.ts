import { describe, expect, it } from 'vitest';
import { TypeModel, type TypeExample } from './model';

const example = (type: TypeExample['type'], ...features: string[]): TypeExample => ({ type, features: new Set(features) });

const EXAMPLES = [
  example('place', 'before:in', 'n:1'),
  example('place', 'before:in', 'near:voters', 'n:1'),
  example('place', 'before:in', 'n:1'),
  example('other', 'near:drug', 'n:1'),
  example('other', 'near:drug', 'near:approved', 'n:1'),
  example('organization', 'after:said', 'n:2'),
  example('organization', 'near:shares', 'n:1'),
];

describe('TypeModel', () => {
  const model = TypeModel.train(EXAMPLES);

  it('guesses the class whose examples share the features', () => {
    expect(model.guess(new Set(['before:in', 'n:1']))).toBe('place');
    expect(model.guess(new Set(['near:drug', 'n:1']))).toBe('other');
    expect(model.guess(new Set(['near:shares', 'after:said']))).toBe('organization');
  });

  it('ignores features it never saw, and has no guess with no examples', () => {
    expect(model.guess(new Set(['near:drug', 'never:seen']))).toBe('other');
    expect(TypeModel.train([]).guess(new Set(['near:drug']))).toBeUndefined();
  });

  it('trains the same model from the same examples', () => {
    expect(JSON.stringify(TypeModel.train(EXAMPLES).toData())).toBe(JSON.stringify(model.toData()));
    expect(model.size).toBe(EXAMPLES.length);
  });

  it('stores as plain data and loads back to the same scores, refusing anything else', () => {
    const queries = [['before:in', 'n:1'], ['near:drug', 'after:said'], ['near:shares', 'never:seen']].map((q) => new Set(q));
    const stored = JSON.parse(JSON.stringify(model.toData())) as unknown;
    const loaded = TypeModel.fromData(stored)!;
    for (const q of queries) expect(loaded.rank(q)).toEqual(model.rank(q));
    for (const damaged of [null, 'x', { ...model.toData(), format: 1 }, { ...model.toData(), types: ['place'] }, { ...model.toData(), weights: [['a', [1, 2]]] }, { ...model.toData(), size: -1 }]) {
      expect(TypeModel.fromData(damaged)).toBeUndefined();
    }
  });
});
