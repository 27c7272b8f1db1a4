// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS } from '../core/dataset/matcher-table';
import { Detector } from '../core/match/detector';
import { PageScanner } from './page-scanner';

const LONG = ' The talks went on for hours and nobody would say much about them afterwards.'.repeat(4);

function scanner() {
  const detector = new Detector({
    entityIds: ['sergei-lavrov', 'russia'],
    aliases: [['Sergei Lavrov', 0], ['Lavrov', 0, AMBIGUOUS], ['Russia', 1]],
  });
  let updates = 0;
  const s = new PageScanner(document, detector, 'article', () => updates++);
  return { s, updates: () => updates };
}

const texts = (s: PageScanner) => s.store.all().map((m) => m.text);

describe('PageScanner', () => {
  it('scans the article, then only the blocks a change touched', async () => {
    document.body.innerHTML = `<nav>Russia</nav><article><p>Russia said no.${LONG}</p></article>`;
    const { s, updates } = scanner();
    await s.scanAll();
    expect(texts(s)).toEqual(['Russia']);
    const p = document.createElement('p');
    p.textContent = 'Russia again.';
    document.querySelector('article')!.append(p);
    await s.rescanChanged([p]);
    expect(texts(s)).toEqual(['Russia', 'Russia']);
    expect(updates()).toBe(2);
  });

  it('ignores changes outside the article and inside skipped parts', async () => {
    document.body.innerHTML = `<nav id="n">Menu</nav><article><p>Text.${LONG}</p><pre id="c">x</pre></article>`;
    const { s } = scanner();
    await s.scanAll();
    document.getElementById('n')!.textContent = 'Russia';
    document.getElementById('c')!.textContent = 'Russia';
    await s.rescanChanged([document.getElementById('n')!.firstChild!, document.getElementById('c')!.firstChild!]);
    expect(texts(s)).toEqual([]);
  });

  it('marks an earlier surname once a later addition names the person in full', async () => {
    document.body.innerHTML = `<article><p id="first">Lavrov spoke.${LONG}</p></article>`;
    const { s } = scanner();
    await s.scanAll();
    expect(texts(s)).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Sergei Lavrov left.';
    document.querySelector('article')!.append(p);
    await s.rescanChanged([p]);
    expect(texts(s).sort()).toEqual(['Lavrov', 'Sergei Lavrov']);
  });

  it('reads a long article in slices, yielding between them, with the same result in reading order', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Russia and Sergei Lavrov.${LONG}</p>`);
    document.body.innerHTML = `<article>${paragraphs.join('')}</article>`;
    const { s } = scanner();
    let yielded = 0;
    const counting = setInterval(() => yielded++, 0);
    const started = performance.now();
    await s.scanAll();
    clearInterval(counting);
    expect(texts(s)).toEqual(Array.from({ length: 400 }, () => ['Russia', 'Sergei Lavrov']).flat());
    // Other tasks ran during a scan that took longer than one slice.
    if (performance.now() - started > 20) expect(yielded).toBeGreaterThan(0);
  });

  it('gives the page a turn after finding a slow scope, before each later update and before the last pass', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Russia.${LONG}</p>`);
    document.body.innerHTML = `<article>${paragraphs.join('')}</article>`;
    const events: string[] = [];
    const detector = new Detector({ entityIds: ['russia'], aliases: [['Russia', 0]] });
    // Every step takes a whole slice, as on a page of 100,000 elements on a busy machine.
    const everyStepSpent = () => ({ spent: () => true, yield: async () => void events.push('yield') });
    const s = new PageScanner(document, detector, 'article', () => events.push(`update ${s.store.all().length}`), everyStepSpent);
    await s.scanAll();
    // Finding the article and measuring it each used a slice; the first paragraph is shown at once.
    expect(events.slice(0, 3)).toEqual(['yield', 'yield', 'update 1']);
    expect(events.slice(-2)).toEqual(['yield', 'update 400']); // the last pass has a task of its own
    events.forEach((e, i) => i > 2 && e.startsWith('update') && expect(events[i - 1]).toBe('yield'));
  });

  it('counts a surname in a short article that names the person in full later', async () => {
    document.body.innerHTML = `<article><p>Lavrov spoke.${LONG}</p><p>Sergei Lavrov left.</p></article>`;
    const { s, updates } = scanner();
    await s.scanAll();
    expect(texts(s)).toEqual(['Lavrov', 'Sergei Lavrov']);
    expect(updates()).toBe(1);
  });

  it('never cuts a name between inline children of the article', async () => {
    document.body.innerHTML = `<article><b>Sergei </b><i>Lavrov</i><p>Talks.${LONG}</p></article>`;
    const { s } = scanner();
    await s.scanAll();
    expect(texts(s)).toEqual(['Sergei Lavrov']);
  });

  it('rescans everything when the article itself is replaced', async () => {
    document.body.innerHTML = `<main><article id="a"><p>Russia.${LONG}</p></article></main>`;
    const { s } = scanner();
    await s.scanAll();
    const fresh = document.createElement('article');
    fresh.innerHTML = `<p>Sergei Lavrov and Lavrov.${LONG}</p>`;
    document.getElementById('a')!.replaceWith(fresh);
    await s.rescanChanged([fresh]);
    expect(texts(s)).toEqual(['Sergei Lavrov', 'Lavrov']);
  });
});
