import { describe, expect, it } from 'vitest';
import { scoreSet, setArticles } from './extraction-score';

/**
 * Entity-level precision, recall, F1 and type accuracy of the extractor alone (no curation) on
 * articles written for the project with hand-made gold lists: "tuned" ones were looked at while
 * writing the rules, "heldout" ones (a round's blind set) were not. How the sets are made, every
 * round's result and every miss: test/fixtures/articles/README.md. Floors sit just under what the
 * builder reaches, so a regression fails the test. The builder's type model learns from the tuned
 * set's gold lists: a tuned article is scored with a model that learned from neither its part of
 * the set nor any example of the names that part prints (extraction-score.ts), a held-out one
 * with the model the builder ships.
 */
const FLOORS = {
  tuned: { f1: 0.96, typeAccuracy: 0.96 },
  heldout: { f1: 0.96, typeAccuracy: 0.96 },
};

// Between rounds the held-out folder is empty (its articles moved to tuned, the next ones not
// written yet): its test is skipped, and says so, rather than passing on nothing.
const empty = Object.keys(FLOORS).filter((set) => setArticles(set).length === 0);
for (const set of empty) console.warn(`extraction ${set}: no articles in test/fixtures/articles/${set}/, its quality test is skipped`);

describe.each(Object.entries(FLOORS))('extraction quality on the %s articles', (set, floor) => {
  if (empty.includes(set)) {
    it.skip(`reaches F1 ${floor.f1} and type accuracy ${floor.typeAccuracy} (no ${set} articles yet)`, () => {});
    return;
  }
  const score = scoreSet(set);

  it(`reaches F1 ${floor.f1} and type accuracy ${floor.typeAccuracy}`, () => {
    const summary = { precision: score.precision, recall: score.recall, f1: score.f1, typeAccuracy: score.typeAccuracy };
    console.log(`extraction ${set}: ${JSON.stringify(summary, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`);
    const problems = score.articles.flatMap((a) => [...a.missed.map((m) => `missed ${m}`), ...a.spurious.map((s) => `spurious ${s}`), ...a.wrongType]);
    expect(score.f1, problems.join('\n')).toBeGreaterThanOrEqual(floor.f1);
    expect(score.typeAccuracy, problems.join('\n')).toBeGreaterThanOrEqual(floor.typeAccuracy);
  });
});
