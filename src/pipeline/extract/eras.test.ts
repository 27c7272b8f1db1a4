import { describe, expect, it } from 'vitest';
import { isEraOfYear } from './non-names';
import { namesIn as names } from './candidate-type.test-helper';

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
