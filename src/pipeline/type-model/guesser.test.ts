import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article';
import { buildDataset } from '../build-dataset';
import { articleText } from './examples';
import { typeFeatures } from './features';
import { modelGuesser } from './guesser';
import { TypeModel, type TypeExample } from './model';

const ARTICLE = parseArticle(
  '---\ntitle: Trial results\noutlet: Test Wire\npublished: 2026-01-02\n---\n\nDoctors reported that Varnexa cut relapses by half in the trial run in Leeds.\n',
  'trial.txt',
);
// A model that has only seen things near "relapses" and "trial" be products.
const MODEL = TypeModel.train([
  { type: 'other', features: new Set(['near:relapses', 'near:trial', 'near:cut', 'n:1']) },
  { type: 'place', features: new Set(['near:voters', 'after:on', 'n:1']) },
]);
const typeOf = (entities: { name: string; type: string }[], name: string) => entities.find((e) => e.name === name)?.type;

describe('buildDataset with a type model', () => {
  it('types a name no rule could type by the model', () => {
    expect(typeOf(buildDataset([ARTICLE], { entities: [] }).dataset.entities, 'Varnexa')).toBe('place');
    expect(typeOf(buildDataset([ARTICLE], { entities: [] }, { typeModel: MODEL }).dataset.entities, 'Varnexa')).toBe('other');
  });

  it('never overrides a rule’s evidence: Leeds stays the place a lexicon knows', () => {
    expect(MODEL.guess(typeFeatures(['Leeds'], articleText(ARTICLE)))).toBe('other');
    expect(typeOf(buildDataset([ARTICLE], { entities: [] }, { typeModel: MODEL }).dataset.entities, 'Leeds')).toBe('place');
  });

  it('still marks the guessed type as unsure for the editor', () => {
    const { dataset, unsureTypes } = buildDataset([ARTICLE], { entities: [] }, { typeModel: MODEL });
    expect(unsureTypes).toContain(dataset.entities.find((e) => e.name === 'Varnexa')!.id);
  });
});

describe('modelGuesser over a rule’s weak evidence', () => {
  const text = articleText(ARTICLE);
  const varnexa = typeFeatures(['Varnexa'], text);
  const times = (n: number, example: TypeExample) => Array.from({ length: n }, () => example);
  const unrelated = new Set(['near:voters', 'before:in', 'n:1', 'after:on']);

  it('overrules it only when the model is far surer', () => {
    const sure = TypeModel.train([...times(50, { type: 'other', features: varnexa }), ...times(50, { type: 'place', features: unrelated })]);
    const guess = modelGuesser(sure, [ARTICLE]);
    expect(guess(['Varnexa'], [ARTICLE.id], { type: 'place', strength: 2 })).toBe('other');
    // It has seen these very features on a product twice and on a place once.
    const unsure = TypeModel.train([{ type: 'other', features: varnexa }, { type: 'place', features: varnexa }, { type: 'other', features: varnexa }]);
    expect(modelGuesser(unsure, [ARTICLE])(['Varnexa'], [ARTICLE.id], { type: 'place', strength: 2 })).toBeUndefined();
    // With no rule evidence at all, even the unsure model's type is taken.
    expect(modelGuesser(unsure, [ARTICLE])(['Varnexa'], [ARTICLE.id], { type: 'place', strength: 0 })).toBe('other');
  });

  it('marks a type it overruled as guessed for the editor', () => {
    const talks = parseArticle('---\ntitle: Talks\noutlet: Test Wire\npublished: 2026-01-03\n---\n\nThe patients enrolled in Varnexa improved.\n', 'talks.txt');
    const features = typeFeatures(['Varnexa'], articleText(talks));
    const sure = TypeModel.train([...times(50, { type: 'other', features }), ...times(50, { type: 'place', features: unrelated })]);
    const plain = buildDataset([talks], { entities: [] });
    const modelled = buildDataset([talks], { entities: [] }, { typeModel: sure });
    const id = plain.dataset.entities.find((e) => e.name === 'Varnexa')!.id;
    expect(typeOf(plain.dataset.entities, 'Varnexa')).toBe('place');
    expect(plain.unsureTypes).not.toContain(id);
    expect(typeOf(modelled.dataset.entities, 'Varnexa')).toBe('other');
    expect(modelled.unsureTypes).toContain(id);
  });
});
