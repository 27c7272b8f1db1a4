import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages';

// Issue 6, case 19: every receiver takes `unknown` and keeps only exactly-shaped messages.
describe('parseMessage', () => {
  it.each([
    [{ type: 'content-bg:get-matcher' }],
    [{ type: 'content-bg:get-card', entity: 0 }],
    [{ type: 'content-bg:entity-indexes', ids: ['sergei-lavrov'] }],
    [{ type: 'content-bg:page-stats', entityCount: 21 }],
    [{ type: 'ui-bg:get-labels', ids: ['mexico', 'uruguay'] }],
    [{ type: 'ui-bg:label-entities', entities: [3, 0, 49_999] }],
    [{ type: 'bg-content:step-mention', direction: -1 }],
    [{ type: 'popup-content:reveal', entity: 2 }],
  ])('accepts %j', (message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  it.each([
    ['not an object', 'content-bg:get-matcher'],
    ['null', null],
    ['an unknown type', { type: 'content-bg:eval', code: 'alert(1)' }],
    ['an inherited type name', { type: 'toString' }],
    ['an extra field', { type: 'content-bg:get-matcher', also: 1 }],
    ['a missing field', { type: 'content-bg:get-card' }],
    ['an entity named by id, not index', { type: 'content-bg:get-card', entity: 'sergei-lavrov' }],
    ['a negative entity', { type: 'content-bg:get-card', entity: -1 }],
    ['a fractional entity', { type: 'popup-content:reveal', entity: 0.5 }],
    ['an entity that is not a number', { type: 'popup-content:reveal', entity: { valueOf: 1 } }],
    ['an entity past any dataset', { type: 'content-bg:get-card', entity: 2 ** 20 }],
    ['an empty id', { type: 'content-bg:entity-indexes', ids: [''] }],
    ['a huge id', { type: 'content-bg:entity-indexes', ids: ['x'.repeat(201)] }],
    ['a negative count', { type: 'content-bg:page-stats', entityCount: -1 }],
    ['a fractional count', { type: 'content-bg:page-stats', entityCount: 1.5 }],
    ['a direction of 2', { type: 'bg-content:step-mention', direction: 2 }],
    ['ids that are not all ids', { type: 'ui-bg:get-labels', ids: ['mexico', 7] }],
    ['too many ids', { type: 'ui-bg:get-labels', ids: Array.from({ length: 10_001 }, (_, i) => `e${i}`) }],
    ['entities that are not all indexes', { type: 'ui-bg:label-entities', entities: [1, '2'] }],
    ['too many entities', { type: 'ui-bg:label-entities', entities: Array.from({ length: 10_001 }, (_, i) => i) }],
  ])('refuses %s', (_, message) => {
    expect(parseMessage(message)).toBeNull();
  });
});
