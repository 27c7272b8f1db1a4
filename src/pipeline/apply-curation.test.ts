import { describe, expect, it } from 'vitest';
import { applyCuration } from './apply-curation';
import { parseCuration } from './curation';
import type { ExtractedEntity } from './extract/cluster';

const x = (name: string, type: ExtractedEntity['type'], aliases: string[] = [name]): ExtractedEntity => ({ name, type, aliases, roles: [], observations: 1, typeMargin: 5 });
const curation = (entities: object[]) => parseCuration(JSON.stringify({ entities }), 'c.json');

describe('applyCuration', () => {
  it('lets curated fields win and marks them, keeping extracted aliases', () => {
    const { drafts } = applyCuration(
      [x('Montevideo Mechanism', 'organization')],
      curation([{ id: 'montevideo-mechanism', name: 'Montevideo Mechanism', type: 'other', aliases: ['Mecanismo de Montevideo'], description: 'Talks.' }]),
    );
    expect(drafts).toEqual([
      expect.objectContaining({ id: 'montevideo-mechanism', type: 'other', description: 'Talks.', aliases: ['Montevideo Mechanism', 'Mecanismo de Montevideo'], curated: ['name', 'type', 'aliases', 'description'] }),
    ]);
  });

  it('merges the entities an editor lists, splits the forms an editor lists, and suppresses', () => {
    const { drafts, suppressedForms } = applyCuration(
      [x('Hugo Chávez', 'person'), x('Chavez', 'person'), x('Georgia', 'place', ['Georgia', 'Georgian Republic']), x('Audio Only', 'other')],
      curation([
        { id: 'hugo-chavez', name: 'Hugo Chávez', type: 'person', merge: ['Chavez'] },
        { id: 'georgia', name: 'Georgia', type: 'place', split: ['Georgian Republic'] },
        { id: 'audio-only', name: 'Audio Only', type: 'other', suppress: true },
      ]),
    );
    const byId = new Map(drafts.map((d) => [d.id, d]));
    expect(byId.get('hugo-chavez')!.aliases).toEqual(['Hugo Chávez', 'Chavez']);
    expect(byId.get('georgia')!.aliases).toEqual(['Georgia']);
    expect(byId.get('georgian-republic')!.aliases).toEqual(['Georgian Republic']);
    expect(byId.has('audio-only')).toBe(false);
    expect(suppressedForms).toEqual(['Audio Only']);
  });

  it('gives extracted entities unique ids and no curated marks', () => {
    const { drafts } = applyCuration([x('Mora', 'place'), x('Mora', 'person')], curation([]));
    expect(drafts.map((d) => d.id)).toEqual(['mora', 'mora-person']);
    expect(drafts[0]!.curated).toEqual([]);
  });
});
