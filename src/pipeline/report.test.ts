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

  it('marks a guessed type with "?" and says what to do about it', () => {
    const dataset: Dataset = {
      schemaVersion: DATASET_SCHEMA_VERSION,
      articles: [{ id: 'a', title: 'T', outlet: 'O', published: '2019-05-14' }],
      entities: [{ id: 'azure', name: 'Azure', type: 'place', aliases: ['Azure'], blockers: [], description: '', mentions: [], related: [] }],
    };
    const lines = formatReport(dataset, new Set(['azure'])).split('\n');
    expect(lines[2]).toBe(' Azure  place?                  0');
    expect(lines.at(-1)).toBe('(* curated; ? a guessed type: check it, and set it in the curation file if wrong)');
    expect(formatReport(dataset).split('\n').slice(2)).toEqual([' Azure  place                  0', '(* curated)']);
  });
});

