// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ChurnMeter } from './churn-limit';
import { watchPage, type PageChange } from './page-watcher';

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

function setUp(records: number) {
  document.body.innerHTML = '<article><p id="p">Text</p></article><backstory-host></backstory-host>';
  const changes: PageChange['kind'][] = [];
  const controller = new AbortController();
  watchPage(document, (c) => changes.push(c.kind), controller.signal, new ChurnMeter({ records, windowMs: 60_000, perBatch: 1000 }));
  return { changes, stop: () => controller.abort() };
}

const append = (parent: Element, n: number) => {
  for (let i = 0; i < n; i++) parent.append(document.createElement('span'));
};

describe('watchPage', () => {
  it('reports changes in batches until the page passes the churn limit, then reports it once and stops', async () => {
    const { changes, stop } = setUp(50);
    append(document.getElementById('p')!, 30);
    await settle();
    expect(changes).toEqual(['nodes']);
    append(document.getElementById('p')!, 30);
    await settle();
    append(document.getElementById('p')!, 30);
    await settle();
    expect(changes).toEqual(['nodes', 'overwhelmed']);
    append(document.getElementById('p')!, 5);
    await settle();
    expect(changes).toEqual(['nodes', 'overwhelmed']);
    stop();
  });

  it('does not count changes to its own UI', async () => {
    const { changes, stop } = setUp(50);
    append(document.querySelector('backstory-host')!, 200);
    await settle();
    expect(changes).toEqual([]);
    stop();
  });
});
