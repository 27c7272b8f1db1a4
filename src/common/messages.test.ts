import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages';

// Issue 6, case 19: every receiver takes `unknown` and keeps only exactly-shaped messages.
describe('parseMessage', () => {
  it.each([
    [{ type: 'content-bg:get-matcher' }],
    [{ type: 'content-bg:get-card', entityId: 'sergei-lavrov' }],
    [{ type: 'content-bg:page-stats', entityCount: 21 }],
    [{ type: 'ui-bg:get-labels', ids: ['mexico', 'uruguay'] }],
    [{ type: 'bg-content:step-mention', direction: -1 }],
    [{ type: 'popup-content:reveal', entityId: 'crimea' }],
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
    ['an empty id', { type: 'content-bg:get-card', entityId: '' }],
    ['an id that is not a string', { type: 'popup-content:reveal', entityId: { toString: 'x' } }],
    ['a huge id', { type: 'content-bg:get-card', entityId: 'x'.repeat(201) }],
    ['a negative count', { type: 'content-bg:page-stats', entityCount: -1 }],
    ['a fractional count', { type: 'content-bg:page-stats', entityCount: 1.5 }],
    ['a direction of 2', { type: 'bg-content:step-mention', direction: 2 }],
    ['ids that are not all ids', { type: 'ui-bg:get-labels', ids: ['mexico', 7] }],
    ['too many ids', { type: 'ui-bg:get-labels', ids: Array.from({ length: 10_001 }, (_, i) => `e${i}`) }],
  ])('refuses %s', (_, message) => {
    expect(parseMessage(message)).toBeNull();
  });
});
