import { describe, expect, it } from 'vitest';
import { isEraOfYear } from './non-names';
import { namesIn as names } from './candidate-type.test-helper';
import { clusterObservations, extractArticle } from './index';

describe('eras beside a year', () => {
  it('finds no name in an era written after or before its year', () => {
    expect(names('The chamber was sealed around 9,000 BC, Ayla Demir said.')).toEqual(['Ayla Demir']);
    expect(names('Vesuvius buried Pompeii in AD 79, Marco Ferri said.')).toEqual(['Vesuvius', 'Pompeii', 'Marco Ferri']);
    expect(isEraOfYear(['BCE'], '3200', undefined)).toBe(true);
  });

  it('keeps the same letters as a name where no year stands beside them', () => {
    expect(isEraOfYear(['BC'], 'in', 'Hydro')).toBe(false);
    expect(names('Investors in BC Hydro said the AD Group had left.')).toEqual(expect.arrayContaining(['BC Hydro']));
    expect(isEraOfYear(['BC', 'Hydro'], '2019', undefined)).toBe(false);
  });
});

describe('"B.C." as British Columbia', () => {
  it('joins the province\'s short form to its name, but not an era after a year', () => {
    const entities = (paragraphs: string[]) => clusterObservations(extractArticle({ id: 'a', title: 'Test', paragraphs })).map((e) => e.aliases.join(' | '));
    expect(entities(['Officers in British Columbia charged three people.', 'B.C. is home to many bears, Ana Ruiz said.'])).toContain('British Columbia | B.C.');
    expect(entities(['The town was founded around 500 B.C. by settlers.'])).toEqual([]);
  });
});
