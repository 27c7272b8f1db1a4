import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../core/dataset/schema';
import { formatReport } from './report';

describe('formatReport', () => {
  it('lists entities most mentioned first, in aligned columns, curated ones starred', () => {
    const mention = { articleId: 'a', sentence: 'Lavrov met Pompeo.', start: 0, end: 6 };
    const dataset: Dataset = {
      schemaVersion: DATASET_SCHEMA_VERSION,
      articles: [{ id: 'a', title: 'T', outlet: 'O', published: '2019-05-14' }],
      entities: [
        { id: 'sochi', name: 'Sochi', type: 'place', aliases: ['Sochi'], blockers: [], description: '', mentions: [mention], related: [] },
        {
          id: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'person', aliases: ['Sergei Lavrov', 'Lavrov'], blockers: [], description: '',
          mentions: [mention, mention], related: [], roles: [{ role: 'Russian Foreign Minister', articleId: 'a' }], curated: ['name', 'type'],
        },
      ],
    };
    expect(formatReport(dataset).split('\n')).toEqual([
      'entity          type    aliases  mentions  roles',
      '--------------  ------  -------  --------  ------------------------',
      '*Sergei Lavrov  person  Lavrov          2  Russian Foreign Minister',
      ' Sochi          place                   1',
      '(* curated)',
    ]);
  });
});
