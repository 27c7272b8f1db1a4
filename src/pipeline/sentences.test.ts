import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations', () => {
    expect(
      splitSentences('The U.S. Secretary of State met Lavrov. He said "no." Mr. Smith left? Yes.'),
    ).toEqual(['The U.S. Secretary of State met Lavrov.', 'He said "no."', 'Mr. Smith left?', 'Yes.']);
    expect(splitSentences('She takes office on Oct. 1 and will serve. He left.')).toEqual(['She takes office on Oct. 1 and will serve.', 'He left.']);
  });

  it('keeps a quote that runs across a comma together with its attribution', () => {
    expect(splitSentences('"We see suspicions," Lavrov said. "We think so," he added.')).toEqual([
      '"We see suspicions," Lavrov said.',
      '"We think so," he added.',
    ]);
  });
});
