import { describe, expect, it } from 'vitest';
import { parseCuration } from './curation';
import { inputErrorOf } from './input-error.test-helper';

const errorOf = (text: string, file: string) => inputErrorOf(() => parseCuration(text, file)).format();

describe('YAML curation files', () => {
  it('parse like JSON ones', () => {
    const c = parseCuration('entities:\n  - id: sochi\n    name: Sochi\n    type: place\n    suppress: true\n', 'c.yml');
    expect(c.entities[0]).toMatchObject({ id: 'sochi', name: 'Sochi', type: 'place', suppress: true, given: ['name', 'type'] });
  });

  it('point at the line of a syntax error and of a bad entity', () => {
    expect(errorOf('entities:\n  - id: a\n   name: bad indent\n', 'c.yaml')).toMatch(/^c\.yaml:\d+: not valid YAML/);
    expect(errorOf('entities:\n  - id: a\n    name: A\n    type: place\n  - id: b\n    name: B\n    type: place\n    merge: yes\n', 'c.yaml')).toBe(
      'c.yaml:5: entities[1]: "merge" must be a list of non-empty strings',
    );
  });
});
