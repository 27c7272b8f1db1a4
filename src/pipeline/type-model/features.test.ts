import { describe, expect, it } from 'vitest';
import { typeFeatures } from './features';

describe('typeFeatures', () => {
  it("reads the name's shape from its fullest form", () => {
    const features = typeFeatures(['Qwen4-Max', 'Qwen4'], 'Alibaba released Qwen4-Max on Monday.');
    expect(features).toContain('n:1');
    expect(features).toContain('last:qwen4-max');
    expect(features).toContain('end:max');
    expect(features).toContain('digit');
    expect(features).toContain('hyphen');
    expect(features).not.toContain('capitals');
  });

  it('reads the words around every form printed, past a possessive', () => {
    const text = 'Shares of Tryvex rose after regulators approved Tryvex’s new plant in Leeds, the company said.';
    const features = typeFeatures(['Tryvex'], text);
    expect(features).toContain('before:of');
    expect(features).toContain('before2:shares');
    expect(features).toContain('after:rose');
    expect(features).toContain('possessive');
    expect(features).toContain('after:new');
    expect(features).toContain('near:plant');
    expect(features).toContain('near:approved');
  });

  it('takes punctuation after a name instead of the next sentence’s words', () => {
    const features = typeFeatures(['Obwalden'], 'Voters in Obwalden. Turnout was high.');
    expect(features).toContain('punct:.');
    expect(features).not.toContain('after:turnout');
  });

  it('only counts whole-word mentions', () => {
    const features = typeFeatures(['Mali'], 'Troops left Somalia and Malian forces moved.');
    expect([...features].filter((f) => f.startsWith('before:') || f.startsWith('after:'))).toEqual([]);
  });
});
