import { describe, expect, it } from 'vitest';
import { Detector } from '../../src/core/match/detector';
import { fixtureTable, loadGoldTexts } from './gold-texts';

/**
 * Scores the engine against hand-marked synthetic news texts (test/fixtures/news). A found
 * mention is right only with the same entity and exactly the same span as a gold one.
 */
describe('detection quality on the gold texts', () => {
  const table = fixtureTable();
  const texts = loadGoldTexts();
  let truePositives = 0;
  let found = 0;
  let expected = 0;
  const errors: string[] = [];
  for (const { file, text, gold } of texts) {
    const detections = new Detector(table).scan(text);
    const key = (m: { id: string; start: number; end: number }) => `${m.id}@${m.start}-${m.end}`;
    const goldKeys = new Set(gold.map(key));
    const foundKeys = new Set(detections.map((d) => key({ id: d.entityId, start: d.start, end: d.end })));
    for (const k of foundKeys) if (goldKeys.has(k)) truePositives++;
    for (const d of detections) {
      const k = key({ id: d.entityId, start: d.start, end: d.end });
      if (!goldKeys.has(k)) errors.push(`${file}: false "${text.slice(d.start, d.end)}" (${d.entityId}) at ${d.start}`);
    }
    for (const g of gold) if (!foundKeys.has(key(g))) errors.push(`${file}: missed "${text.slice(g.start, g.end)}" (${g.id}) at ${g.start}`);
    found += foundKeys.size;
    expected += goldKeys.size;
  }
  const precision = truePositives / found;
  const recall = truePositives / expected;
  console.log(
    `gold texts: ${texts.length} files, ${expected} gold mentions, ${found} found, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
  );

  it('has texts with plenty of gold mentions to score', () => {
    expect(texts.length).toBeGreaterThanOrEqual(8);
    expect(expected).toBeGreaterThan(100);
  });

  it('reaches precision >= 0.99 and recall >= 0.97 (the issue target)', () => {
    expect(errors).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });
});
