import type { SourceArticle } from '../article';
import type { TypeGuesser } from '../extract/cluster';
import { articleText } from './examples';
import { typeFeatures } from './features';
import type { TypeModel } from './model';

/**
 * How much likelier (in log-probability) the model's type must be than the rules' for it to
 * overrule a rule's weak evidence (strength 1-2), about twelve times as likely. Chosen on the
 * tuned set in folds: below 2 the model overruled more right types than wrong ones; above 3 it
 * left wrong ones it had right.
 */
export const OVERRULE_MARGIN = 2.5;

/**
 * A TypeGuesser that asks the model about a name, reading it in every article that prints it.
 * Where no rule had evidence (strength 0, a default right under half the time) the model's type
 * wins; over a rule's weak evidence only when the model is far surer.
 */
export function modelGuesser(model: TypeModel, articles: readonly SourceArticle[]): TypeGuesser {
  const texts = new Map(articles.map((a) => [a.id, articleText(a)]));
  return (names, articleIds, rules) => {
    const features = new Set<string>();
    for (const id of articleIds) for (const feature of typeFeatures(names, texts.get(id) ?? '')) features.add(feature);
    const [best, ...rest] = model.rank(features);
    if (!best || rules.strength === 0) return best?.type;
    const rulesScore = rest.find((r) => r.type === rules.type)?.score ?? best.score;
    return best.score - rulesScore >= OVERRULE_MARGIN ? best.type : undefined;
  };
}
