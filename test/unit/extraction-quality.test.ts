import { describe, expect, it } from 'vitest';
import { scoreSet } from './extraction-score';

/**
 * Entity-level precision, recall, F1 and type accuracy of the extractor alone (no curation) on
 * articles written for the project with hand-made gold lists. "tuned" articles were looked at
 * while writing the rules (they include four earlier held-out rounds, moved there once their
 * errors had been seen, and dev articles written to probe new rules); "heldout" ones were written
 * and annotated before the builder first ran on them, and no rule was changed after that run.
 * Floors sit just under what the builder reaches, so a regression fails the test.
 *
 * 2026-11-28, fourth held-out round (Mexico, European Parliament, Senegal, ASEAN): P 0.946,
 * R 0.946, F1 0.946, type accuracy 0.900, short of the 0.95 type target. What it got wrong:
 * names typed by a lower-case word after them ("the Pastef party", "the ruling Morena party"),
 * a surname alone pulled into a list of places ("Ziguinchor, Sonko's stronghold"), party groups
 * with no head word ("Renew Europe", "Socialists and Democrats"), "U.S." before a lower-case
 * noun, and a title with words no list has ("Internal Market Commissioner Thierry Breton").
 */
const FLOORS = {
  tuned: { f1: 0.99, typeAccuracy: 0.99 },
  heldout: { f1: 0.94, typeAccuracy: 0.89 },
};

describe.each(Object.entries(FLOORS))('extraction quality on the %s articles', (set, floor) => {
  const score = scoreSet(set);

  it(`reaches F1 ${floor.f1} and type accuracy ${floor.typeAccuracy}`, () => {
    const summary = { precision: score.precision, recall: score.recall, f1: score.f1, typeAccuracy: score.typeAccuracy };
    console.log(`extraction ${set}: ${JSON.stringify(summary, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`);
    const problems = score.articles.flatMap((a) => [...a.missed.map((m) => `missed ${m}`), ...a.spurious.map((s) => `spurious ${s}`), ...a.wrongType]);
    expect(score.f1, problems.join('\n')).toBeGreaterThanOrEqual(floor.f1);
    expect(score.typeAccuracy, problems.join('\n')).toBeGreaterThanOrEqual(floor.typeAccuracy);
  });
});
