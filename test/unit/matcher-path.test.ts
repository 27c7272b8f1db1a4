import { describe, expect, it } from 'vitest';
import { matcherTableFrom } from '../../src/core/dataset/matcher-table';
import { parseDataset } from '../../src/core/dataset/validate';
import { parseMatcherTable } from '../../src/core/dataset/validate-matcher';
import { Detector } from '../../src/core/match/detector';
import type { SourceArticle } from '../../src/pipeline/article';
import { buildDataset } from '../../src/pipeline/build-dataset';
import { LOOKALIKE_HEADS } from '../../src/pipeline/extract/lexicon/lookalike-heads';

/**
 * The way a built dataset reaches a tab: written as JSON, read back and validated, compiled into
 * the matcher table (scripts/build.ts), sent as JSON and validated again on receipt. Honorifics
 * were once dropped on this path while every test that built its table directly still passed.
 */
describe('the dataset-to-tab path', () => {
  const article = {
    id: 'a', title: 'Talks In Amman', outlet: 'Test', published: '2024-01-01',
    paragraphs: ['Officials from Jordan met in Amman on Monday. Jordan said the talks would go on.'],
  } as unknown as SourceArticle;
  const dataset = parseDataset(JSON.parse(JSON.stringify(buildDataset([article], { entities: [] }).dataset)));
  const table = parseMatcherTable(JSON.parse(JSON.stringify(matcherTableFrom(dataset))));

  it('keeps every list of look-alike heads', () => {
    expect(table.heads).toEqual(LOOKALIKE_HEADS);
  });

  it('reads an honorific and a given-name place in a tab as the builder meant', () => {
    const detector = new Detector(table);
    const marked = (text: string) => detector.scan(text).map((d) => text.slice(d.start, d.end));
    expect(marked('Aid reached Jordan on Monday.')).toEqual(['Jordan']);
    expect(marked('Mr. Jordan spoke on Monday.')).toEqual([]);
    expect(marked('The law was drafted by Jordan Bardella, officials said.')).toEqual([]);
  });
});
