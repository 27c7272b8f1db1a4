import { describe, expect, it } from 'vitest';
import { parseCuration } from './curation';
import { InputError } from './input-error';

function lineOfError(text: string): number | undefined {
  try {
    parseCuration(text, 'c.json');
  } catch (error) {
    if (error instanceof InputError) return error.line;
    throw error;
  }
  throw new Error('expected an error');
}

describe('parseCuration', () => {
  it('adds the name to the aliases and trims everything', () => {
    const c = parseCuration('{"entities":[{"id":"a-b","name":" A B ","type":"person","aliases":["B"]}]}', 'c.json');
    expect(c.entities[0]).toEqual({
      id: 'a-b',
      name: 'A B',
      type: 'person',
      aliases: ['A B', 'B'],
      blockers: [],
      description: '',
      given: ['name', 'type', 'aliases'],
      merge: [],
      split: [],
      suppress: false,
    });
  });

  it('points at the line of a JSON syntax error', () => {
    expect(lineOfError('{\n  "entities": [\n    {"id": "x",,}\n  ]\n}')).toBe(3);
    // A trailing comma: Node's message gives no position for it.
    expect(lineOfError('{\n  "entities": [\n    {"id": "x", "name": "X", "type": "place"},\n  ]\n}')).toBe(4);
  });

  it('points at the line of the entity with a bad field', () => {
    const text = ['{ "entities": [', '  { "id": "ok", "name": "Ok", "type": "place" },', '  { "id": "bad", "name": "Bad", "type": "planet" }', '] }'].join('\n');
    expect(lineOfError(text)).toBe(3);
  });

  it('rejects duplicate ids and non-slug ids', () => {
    expect(lineOfError('{"entities":[{"id":"a","name":"A","type":"place"},\n{"id":"a","name":"A2","type":"place"}]}')).toBe(1);
    expect(() => parseCuration('{"entities":[{"id":"Not A Slug","name":"A","type":"place"}]}', 'c.json')).toThrow(/slug/);
  });

  it('takes "proposedBy" as entity ids for initiatives and events only, and marks it given', () => {
    const c = parseCuration('{"entities":[{"id":"m","name":"M","type":"other","proposedBy":["mexico","mexico","uruguay"]}]}', 'c.json');
    expect(c.entities[0]).toMatchObject({ proposedBy: ['mexico', 'uruguay'], given: ['name', 'type', 'proposedBy'] });
    expect(parseCuration('{"entities":[{"id":"m","name":"M","type":"other"}]}', 'c.json').entities[0]).not.toHaveProperty('proposedBy');
    expect(() => parseCuration('{"entities":[{"id":"m","name":"M","type":"other","proposedBy":"mexico"}]}', 'c.json')).toThrow(/"proposedBy" must be a list of entity ids/);
    expect(() => parseCuration('{"entities":[{"id":"m","name":"M","type":"other","proposedBy":["Mexico"]}]}', 'c.json')).toThrow(/entity ids/);
    expect(() => parseCuration('{"entities":[{"id":"p","name":"P","type":"person","proposedBy":["mexico"]}]}', 'c.json')).toThrow(/only for types other and event/);
  });
});
