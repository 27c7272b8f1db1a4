import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article';

const typesIn = (paragraphs: string[]) => extractArticle({ id: 'a', title: 'Derby Report', paragraphs }).map((o) => `${o.knownName ?? o.text}/${o.type}`);

describe('sports media', () => {
  it('types a broadcaster a manager speaks to as a body, not the person "told" would make it', () => {
    expect(typesIn(['"He was unbelievable today," Arteta told Sky Sports.'])).toContain('Sky Sports/organization');
    expect(typesIn(['"It was fair," the coach told TNT Sports.'])).toContain('TNT Sports/organization');
    // Look-alike: an unknown name after "told" is still a person.
    expect(typesIn(['"It was fair," the coach told Sam Kestrel.'])).toContain('Sam Kestrel/person');
  });
});
