import { buildDataset } from '../build-dataset';
import type { SourceArticle } from '../article';
import type { DatasetEntity } from '../../core/dataset/schema';
import { findCandidates } from './candidates';
import { classify } from './classify';
import { tokenize } from './tokens';

/** The names found in one sentence (for tests of the rules that find and type them). */
export const candidatesIn = (sentence: string) => findCandidates(tokenize(sentence), sentence);

/** The texts of the names found in one sentence, in order. */
export const namesIn = (sentence: string) => candidatesIn(sentence).map((c) => c.text);

/** The type the rules give `name` in `sentence`; throws, listing what was found, if it is not a candidate there. */
export function typeOf(sentence: string, name: string): string {
  const found = candidatesIn(sentence);
  const c = found.find((x) => x.text === name);
  if (!c) throw new Error(`no candidate ${name} in ${found.map((x) => x.text).join(', ')}`);
  return classify(c).type;
}

/** The entities the builder makes of one article built alone (for tests of how names join and are typed). */
export function articleEntities(paragraphs: string[], title = 'A Headline About Nothing In Particular'): DatasetEntity[] {
  const article = { id: 'a', title, outlet: 'Test', published: '2024-01-01', paragraphs } as unknown as SourceArticle;
  return buildDataset([article], { entities: [] }).dataset.entities;
}

/** The same entities, each as "name/type [aliases]": one string a test can look for. */
export const describedEntities = (title: string, paragraphs: string[]) => articleEntities(paragraphs, title).map((e) => `${e.name}/${e.type} [${e.aliases.join('|')}]`);
