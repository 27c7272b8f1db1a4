import { describe, expect, it } from 'vitest';
import { Detector } from '../../src/core/match/detector';
import { fixtureTable, GOLD_DIR, loadGoldTexts, type GoldText } from './gold-texts';

interface Score {
  precision: number;
  recall: number;
  expected: number;
  errors: string[];
}

/** A found mention is right only with the same entity and exactly the same span as a gold one. */
function score(texts: GoldText[]): Score {
  const table = fixtureTable();
  let truePositives = 0;
  let found = 0;
  let expected = 0;
  const errors: string[] = [];
  const key = (m: { id: string; start: number; end: number }) => `${m.id}@${m.start}-${m.end}`;
  for (const { file, text, gold } of texts) {
    const detector = new Detector(table);
    const detections = detector.scan(text).map((d) => ({ id: detector.idOf(d.entity)!, start: d.start, end: d.end }));
    const goldKeys = new Set(gold.map(key));
    const foundKeys = new Set(detections.map(key));
    for (const k of foundKeys) if (goldKeys.has(k)) truePositives++;
    for (const d of detections) if (!goldKeys.has(key(d))) errors.push(`${file}: false "${text.slice(d.start, d.end)}" (${d.id}) at ${d.start}`);
    for (const g of gold) if (!foundKeys.has(key(g))) errors.push(`${file}: missed "${text.slice(g.start, g.end)}" (${g.id}) at ${g.start}`);
    found += foundKeys.size;
    expected += goldKeys.size;
  }
  return { precision: truePositives / found, recall: truePositives / expected, expected, errors };
}

/**
 * The engine against hand-marked synthetic news texts (test/fixtures/news), scored with the
 * fixture dataset entities.json. The eight numbered texts there were written with the engine and
 * the dataset's look-alikes; they must be marked exactly.
 *
 * heldout/ holds four texts written afterwards by someone who read only the mark format and
 * entities.json, never the engine or the other texts, and frozen (sha256) before their one run
 * on 2026-11-28: 135 gold mentions, 137 found, precision 0.971, recall 0.985. Nothing was tuned
 * on them since. Its errors, all look-alikes the fixture dataset does not list (the engine puts
 * that knowledge in the data, as the issue asks): "East China Sea" (China), "a Moscow mule"
 * (Russia), "Chad Morrison" (Chad), "Ricardo Maduro" (Nicolás Maduro's surname, counted because
 * the page names him in full too); missed: "President Trump" on a page that never names Donald
 * Trump in full ("Trump" alone is ambiguous in the data, so by design it waits for the full name),
 * and "America" for the United States, no alias in the data.
 *
 * heldout-2/ holds four more written the same way (read only the README and entities.json) and
 * frozen (sha256) at 23:29 on 2026-11-28; one run at 23:30, with the engine as it was: 168 gold
 * mentions, 171 found, precision 0.982, recall 1.000. Its three errors are again look-alikes the
 * data does not list: "Carnegie Moscow Center" (Russia), "Washington Institute for Near East
 * Policy" (the United States), "Representative Doug Collins of Georgia" (the U.S. state). Over
 * both sets: 303 gold mentions, precision 0.977, recall 0.993.
 *
 * Then the dataset gained look-alike heads (lookalikeHeads: "Institute", "Sea" after a name),
 * written from those errors. heldout-3/ holds four more texts, written the same way and frozen
 * (sha256) at 00:10 on 2026-11-29, then run once with the engine as it was then (heads after a
 * name only): 173 gold mentions, precision 0.972, recall 0.994 (0.966 without the heads). From
 * its errors came the heads before a name ("Lake Chad", "Avenida Uruguay") and one alias the
 * fixture data lacked and the built dataset has ("Democratic People's Republic of Korea"); then
 * given names before a surname alone ("Ricardo Maduro" is not Nicolás Maduro).
 * All three sets now: 476 gold mentions, precision 0.992, recall 0.996. What is left: a name
 * that goes on into another person's ("Nicolás Maduro Guerra", "Chad Morrison") and Georgia the
 * U.S. state ("Doug Collins of Georgia", twice).
 *
 * heldout-4/, four more written the same way after all of the above, frozen (sha256) at 00:24 on
 * 2026-11-29 and run once with the engine as committed (384b8b3): 167 gold mentions, precision
 * 0.994, recall 1.000 (0.977 without the heads: "Jordan Valley", "Lake Chad" twice). Its one
 * error: "China National Petroleum Corporation", whose head is not next to the name. All four
 * held-out sets: 643 gold mentions, precision 0.992, recall 0.997.
 *
 * Then a dataset's places named like another place got cues of both senses (senseCues: "Atlanta",
 * "Republican" against "Tbilisi", "Georgian" for Georgia), read in the match's sentence. heldout-5/,
 * four more texts asked to include a U.S. politics story, frozen at 00:53 on 2026-11-29, one run at
 * 00:54 with that engine: 179 gold mentions, precision 0.950, recall 0.961 (0.945 without the cues).
 * A story datelined ATLANTA about Georgia's recount named the state in sentences with no cue of
 * their own, and "Rep. Jim Jordan", "Mr. Jordan" and "Chad Wolf" were marked as countries; the
 * misses are capitals standing for their governments ("Beijing", "Seoul"), no alias in the data.
 * From it: the page decides where the sentence cannot (three more cues of the other sense than
 * its own), a sentence's own cue keeps the match, and a given name or an honorific before a
 * place's alias makes it a person's. Now 0.994 / 0.961 on it. All five held-out sets: 822 gold
 * mentions, precision 0.995, recall 0.989.
 *
 * heldout-6/, four more written after all of the above, frozen at 01:07 on 2026-11-29 and run
 * once with the engine as committed (0474275): 165 gold mentions, 167 marks, precision 0.988,
 * recall 1.000 (0.982 without the heads and sense cues). Its two false marks are "Moscow" the
 * city where the data's ambiguous alias means the government ("a Moscow detention center") and
 * "Trump Tower Moscow". All six held-out sets: 987 gold mentions, precision 0.994, recall 0.991.
 * Then places' names that are also given names ("Chad Wolf", "Israel Katz"): the first set 1.000 /
 * 0.985, the fifth 1.000 / 0.961; all six: precision 0.996, recall 0.991.
 *
 * heldout-7/, four more written the same way, frozen at 01:09 on 2026-12-01 and run once with the
 * engine as committed (14a51d3): 131 gold mentions, precision 0.970, recall 0.977 as first scored.
 * Three of its four false marks and all three misses were one disagreement about where a
 * possessive's mark ends: its writer put the 's inside the brackets ("[Maduro's](nicolas-maduro)"),
 * every earlier set outside ("[Maduro]'s"), and the engine marks the name. The parser now reads
 * both as the name (the README says so): 0.992 / 1.000, with no change to the engine. The one error
 * left is a U.S. state after a town the data does not know ("Lumpkin, Georgia"). All seven
 * held-out sets: 1,118 gold mentions, precision 0.996, recall 0.992.
 */
const SETS = [
  { name: 'tuned', dir: GOLD_DIR, minTexts: 8, minMentions: 100, precision: 0.99, recall: 0.97, exact: true },
  { name: 'held-out', dir: `${GOLD_DIR}/heldout`, minTexts: 4, minMentions: 100, precision: 0.995, recall: 0.98, exact: false },
  { name: 'second held-out', dir: `${GOLD_DIR}/heldout-2`, minTexts: 4, minMentions: 100, precision: 0.99, recall: 0.99, exact: false },
  { name: 'third held-out', dir: `${GOLD_DIR}/heldout-3`, minTexts: 4, minMentions: 100, precision: 0.99, recall: 0.99, exact: false },
  { name: 'fourth held-out', dir: `${GOLD_DIR}/heldout-4`, minTexts: 4, minMentions: 100, precision: 0.99, recall: 0.99, exact: false },
  { name: 'fifth held-out', dir: `${GOLD_DIR}/heldout-5`, minTexts: 4, minMentions: 100, precision: 0.995, recall: 0.95, exact: false },
  { name: 'sixth held-out', dir: `${GOLD_DIR}/heldout-6`, minTexts: 4, minMentions: 100, precision: 0.98, recall: 0.99, exact: false },
  { name: 'seventh held-out', dir: `${GOLD_DIR}/heldout-7`, minTexts: 4, minMentions: 100, precision: 0.99, recall: 0.99, exact: false },
];

describe.each(SETS)('detection quality on the $name gold texts', (set) => {
  const texts = loadGoldTexts(set.dir);
  const result = score(texts);
  console.log(
    `gold texts (${set.name}): ${texts.length} files, ${result.expected} gold mentions, ` +
      `precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`,
  );

  it('has texts with plenty of gold mentions to score', () => {
    expect(texts.length).toBeGreaterThanOrEqual(set.minTexts);
    expect(result.expected).toBeGreaterThan(set.minMentions);
  });

  it(`reaches precision >= ${set.precision} and recall >= ${set.recall}`, () => {
    if (set.exact) expect(result.errors).toEqual([]);
    expect(result.precision, result.errors.join('\n')).toBeGreaterThanOrEqual(set.precision);
    expect(result.recall, result.errors.join('\n')).toBeGreaterThanOrEqual(set.recall);
  });
});
