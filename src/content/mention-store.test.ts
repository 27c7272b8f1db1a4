// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Detector } from '../core/match/detector';
import { MentionStore } from './mention-store';
import { findMentions } from './mentions';
import { outermost } from './page-watcher';

const detector = new Detector({ entityIds: ['russia', 'mexico'], aliases: [['Russia', 0], ['Mexico', 1]] });

function page(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

describe('MentionStore', () => {
  it('finds mentions across chunks and drops those of a re-read block', () => {
    const root = page('<p id="a">Russia and Mexico</p><p id="b">Mexico</p>');
    const store = new MentionStore();
    store.add(findMentions(root, detector));
    const b = root.querySelector('#b')!;
    expect(store.at(b.firstChild!, 2)?.entity).toBe(1);
    store.dropInsideOrStale([b]);
    expect(store.all().map((m) => m.text)).toEqual(['Russia', 'Mexico']);
    store.add(findMentions(b, detector));
    expect(store.all()).toHaveLength(3);
    expect(store.at(b.firstChild!, 2)?.entity).toBe(1);
  });

  it('drops mentions whose text the page removed or rewrote, even though their ranges stay connected', () => {
    const root = page('<p id="a">Russia</p><p id="b">Mexico</p>');
    const store = new MentionStore();
    store.add(findMentions(root, detector));
    root.querySelector('#a')!.firstChild!.textContent = 'Rwanda';
    root.querySelector('#b')!.remove();
    store.dropInsideOrStale([]);
    expect(store.all()).toEqual([]);
    expect(store.at(root.querySelector('#a')!.firstChild!, 1)).toBeNull();
  });
});

describe('MentionStore.all', () => {
  it('gives reading order whether chunks were read in order or a later change re-read one', () => {
    const root = page('<p id="a">Russia</p><p id="b">Mexico</p><p id="c">Russia and Mexico</p>');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => root.querySelector(`#${id}`)!);
    const store = new MentionStore();
    for (const p of [a!, b!, c!]) store.add(findMentions(p, detector));
    const order = () => store.all().map((m) => `${(m.node.parentNode as Element).id}:${m.text}`);
    expect(order()).toEqual(['a:Russia', 'b:Mexico', 'c:Russia', 'c:Mexico']);
    b!.firstChild!.textContent = 'Mexico';
    store.dropInsideOrStale([b!]);
    store.add(findMentions(b!, detector));
    c!.insertAdjacentHTML('afterend', '<p id="d">Mexico</p>');
    store.add(findMentions(root.querySelector('#d')!, detector));
    store.dropInsideOrStale([a!]);
    store.add(findMentions(a!, detector)); // re-read: now the newest chunk, yet first on the page
    expect(order()).toEqual(['a:Russia', 'b:Mexico', 'c:Russia', 'c:Mexico', 'd:Mexico']);
  });
});

describe('outermost', () => {
  it('keeps only nodes that no other changed node contains', () => {
    const root = page('<div id="x"><p id="y"><b id="z">Russia</b></p></div><p id="w">Mexico</p>');
    const [x, y, z, w] = ['x', 'y', 'z', 'w'].map((id) => root.querySelector(`#${id}`)!);
    expect(outermost([z!, y!, w!, x!, z!])).toEqual([w, x]);
  });
});
