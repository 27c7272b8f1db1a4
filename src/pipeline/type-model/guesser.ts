import type { SourceArticle } from '../article';
import type { TypeGuesser } from '../extract/cluster';
import { articleText } from './examples';
import { typeFeatures } from './features';
import type { TypeModel } from './model';

/** A TypeGuesser that asks the model about a name, reading it in every article that prints it. */
export function modelGuesser(model: TypeModel, articles: readonly SourceArticle[]): TypeGuesser {
  const texts = new Map(articles.map((a) => [a.id, articleText(a)]));
  return (names, articleIds) => {
    const features = new Set<string>();
    for (const id of articleIds) for (const feature of typeFeatures(names, texts.get(id) ?? '')) features.add(feature);
    return model.guess(features);
  };
}
