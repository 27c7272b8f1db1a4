import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null]} ', '"s"', '0']) expect(jsonErrorOffset(text), text).toBeUndefined();
  });

  it('points at the first fault, where JSON.parse gives no position', () => {
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": "x}')).toBe(9);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('')).toBe(0);
  });
});
