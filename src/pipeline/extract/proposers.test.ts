import { describe, expect, it } from 'vitest';
import { findProposals, type NamedSpan } from './proposers';

/** Entities by name: initiatives are "other", everything else can propose. */
const TARGETS: Record<string, { target: number; initiative: boolean }> = {
  'Montevideo Mechanism': { target: 0, initiative: true },
  Mexico: { target: 1, initiative: false },
  Uruguay: { target: 2, initiative: false },
  CARICOM: { target: 3, initiative: false },
  'Caribbean Community': { target: 3, initiative: false },
  Lavrov: { target: 4, initiative: false },
  'Black Sea Grain Initiative': { target: 5, initiative: true },
  'United States': { target: 6, initiative: false },
};

/** Spans for every known name in the sentence, as the alias matcher would give them. */
function spansOf(sentence: string): NamedSpan[] {
  return Object.entries(TARGETS).flatMap(([name, t]) =>
    [...sentence.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, ...t })),
  );
}

const proposals = (sentence: string) => findProposals(sentence, spansOf(sentence));

describe('findProposals', () => {
  it('reads the seed sentence: "the X dialogues proposed previously by A and B"', () => {
    expect(
      proposals('Lavrov said the Venezuelan domestic issues should be resolved using the Montevideo Mechanism dialogues proposed previously by Mexico and Uruguay.'),
    ).toEqual([{ initiative: 0, proposers: [1, 2] }]);
  });

  it('reads passive, active, "an initiative of" and "A-backed" forms', () => {
    const mexicoUruguay = [{ initiative: 0, proposers: [1, 2] }];
    expect(proposals('The Montevideo Mechanism, which was put forward by Mexico, Uruguay and CARICOM, stalled.')).toEqual([
      { initiative: 0, proposers: [1, 2, 3] },
    ]);
    expect(proposals('In February Mexico and Uruguay jointly launched the Montevideo Mechanism.')).toEqual(mexicoUruguay);
    expect(proposals('Mexico and Uruguay proposed a new Montevideo Mechanism.')).toEqual(mexicoUruguay);
    expect(proposals('He backed the Montevideo Mechanism, an initiative of Mexico and Uruguay.')).toEqual(mexicoUruguay);
    expect(proposals('Talks resumed under the Mexico-backed Montevideo Mechanism.')).toEqual([{ initiative: 0, proposers: [1] }]);
    expect(proposals('The Montevideo Mechanism was proposed in February by the United States.')).toEqual([{ initiative: 0, proposers: [6] }]);
  });

  it('reads a list with "the", an acronym in brackets and a time between proposers and verb', () => {
    // test/fixtures/articles/tuned/caricom-montevideo-talks.txt
    expect(
      proposals('Mexico, Uruguay and the Caribbean Community (CARICOM) on Wednesday presented the Montevideo Mechanism, a four-step plan.'),
    ).toEqual([{ initiative: 0, proposers: [1, 2, 3] }]);
  });

  it('finds nothing when "proposed" has no named proposer', () => {
    expect(proposals('The Montevideo Mechanism proposed last year has stalled, Mexico said.')).toEqual([]);
    expect(proposals('The Montevideo Mechanism was first proposed in February.')).toEqual([]);
  });

  it('finds nothing when the proposer is not an entity, or is only part of one', () => {
    expect(proposals('The Montevideo Mechanism was proposed by local activists in Uruguay.')).toEqual([]);
    expect(proposals('The Montevideo Mechanism was proposed by Mexico’s foreign minister.')).toEqual([]);
    expect(proposals('The Montevideo Mechanism was proposed by Mexico Senator Ana Pérez.')).toEqual([]);
  });

  it('does not read negations, other verbs, or a proposer that is itself an initiative', () => {
    expect(proposals('The Montevideo Mechanism was not proposed by Mexico.')).toEqual([]);
    expect(proposals('Mexico has not proposed the Montevideo Mechanism.')).toEqual([]);
    expect(proposals('The Montevideo Mechanism was rejected by Mexico and Uruguay.')).toEqual([]);
    expect(proposals('Mexico proposed that Uruguay join the Montevideo Mechanism.')).toEqual([]);
    expect(proposals('The Montevideo Mechanism was proposed by the Black Sea Grain Initiative.')).toEqual([]);
    expect(proposals('A plan backed by Mexico launched the Montevideo Mechanism.')).toEqual([]);
    expect(proposals('A plan backed by the United States launched the Montevideo Mechanism.')).toEqual([]);
  });

  it('only answers for initiatives: a place "proposed by" someone is no proposal', () => {
    expect(proposals('Uruguay, proposed by Mexico as a venue, agreed.')).toEqual([]);
  });
});
