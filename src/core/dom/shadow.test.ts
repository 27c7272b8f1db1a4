// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareComposed, composedContains } from './shadow';

function page() {
  document.body.innerHTML = '<p id="a">before</p><x-card>light</x-card><p id="b">after</p>';
  const host = document.querySelector('x-card')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<span>inside</span>';
  const text = (el: Element | ShadowRoot) => el.firstChild!.nodeType === 3 ? el.firstChild! : el.firstChild!.firstChild!;
  return { host, before: text(document.querySelector('#a')!), light: host.firstChild!, inside: text(shadow), after: text(document.querySelector('#b')!) };
}

describe('composed tree order', () => {
  it('counts a shadow tree as inside its host', () => {
    const { host, inside } = page();
    expect(composedContains(document.body, inside)).toBe(true);
    expect(composedContains(host, inside)).toBe(true);
    expect(composedContains(document.querySelector('#a')!, inside)).toBe(false);
  });

  it('orders shadow text where its host is, before the host\'s light children', () => {
    const { before, light, inside, after } = page();
    const nodes = [after, light, inside, before];
    expect(nodes.sort(compareComposed).map((n) => n.textContent)).toEqual(['before', 'inside', 'light', 'after']);
  });
});
