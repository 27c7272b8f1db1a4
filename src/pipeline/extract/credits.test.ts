import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';

describe('credits in book news', () => {
  it('types a publisher named after "published by" or in brackets after a title or its author', () => {
    expect(typeOf('Her novel was published by Harwell House last spring.', 'Harwell House')).toBe('organization');
    expect(typeOf('Tom Ness\'s "Salt Roads" (Kestrel) tells the story.', 'Kestrel')).toBe('organization');
    expect(typeOf('The novel "Ferry Lines" by Ruth Okonjo (Jonathan Cape) made the list.', 'Jonathan Cape')).toBe('organization');
    // Look-alikes: a place in brackets after no title, and a place before "-based".
    expect(typeOf('She lives in London (Bloomsbury) now.', 'Bloomsbury')).not.toBe('organization');
    expect(typeOf('It was published by Edinburgh-based Canongate.', 'Edinburgh')).not.toBe('organization');
  });

  it('types a name after "illustrated by" or "translated by" a person', () => {
    expect(typeOf('The book was illustrated by Kit Fenwick and sold well.', 'Kit Fenwick')).toBe('person');
    expect(typeOf('It was translated from the Spanish by Ellen Marsh last year.', 'Ellen Marsh')).toBe('person');
  });
});
