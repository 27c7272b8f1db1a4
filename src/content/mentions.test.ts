// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCKED } from '../core/match/alias-matcher';
import { Detector } from '../core/match/detector';
import { findMentions, mentionAt } from './mentions';
import { BLOCK_SEPARATOR, readPageText } from '../core/dom/page-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

const detector = new Detector({
  entityIds: ['sergei-lavrov', 'mexico'],
  aliases: [
    ['Sergei Lavrov', 0],
    ['Lavrov', 0],
    ['Mexico', 1],
    ['New Mexico', BLOCKED],
  ],
});

describe('readPageText', () => {
  it('joins inline text and separates blocks so no name spans two paragraphs', () => {
    const root = page('<p>Sergei <b>Lavrov</b> said</p><p>Mexico</p>');
    expect(readPageText(root).text).toBe(`Sergei Lavrov said${BLOCK_SEPARATOR}Mexico`);
  });

  it('skips code, form fields, editable regions and our own host', () => {
    const root = page(
      '<p>Mexico</p><code>Mexico</code><textarea>Mexico</textarea><div contenteditable="true">Mexico</div><script>Mexico</script><backstory-host>Mexico</backstory-host>',
    );
    expect(readPageText(root).text.split(BLOCK_SEPARATOR).filter(Boolean)).toEqual(['Mexico']);
  });
});

describe('findMentions', () => {
  it('builds ranges across inline elements without changing the DOM', () => {
    const root = page('<p>Yesterday Sergei <a href="#">Lavrov</a> met people from New Mexico and Mexico.</p>');
    const before = root.innerHTML;
    const mentions = findMentions(root, detector);
    expect(mentions.list.map((m) => [detector.idOf(m.entity), m.range.toString()])).toEqual([
      ['sergei-lavrov', 'Sergei Lavrov'],
      ['mexico', 'Mexico'],
    ]);
    expect(root.innerHTML).toBe(before);
  });

  it('finds the mention at a caret position, inside any of its text nodes', () => {
    const root = page('<p>Sergei <i>Lavrov</i> and Mexico.</p>');
    const mentions = findMentions(root, detector);
    const italic = root.querySelector('i')!.firstChild!;
    const trailing = root.querySelector('p')!.lastChild!;
    expect(mentionAt(mentions, italic, 2)?.entity).toBe(0);
    expect(mentionAt(mentions, trailing, ' and '.length)?.entity).toBe(1);
    expect(mentionAt(mentions, trailing, 1)).toBeNull();
  });

  it('keeps for hit-testing only the text nodes from the first mention to the last, and none without mentions', () => {
    const root = page('<p>Before <b>it</b>: Sergei <i>Lavrov</i> and Mexico<u>, after</u>.</p>');
    const mentions = findMentions(root, detector);
    const texts = [...mentions.nodeStarts.keys()].map((n) => n.data);
    expect(texts).toEqual([': Sergei ', 'Lavrov', ' and Mexico']);
    expect(findMentions(page('<p>Nobody <b>named</b> here.</p>'), detector).nodeStarts.size).toBe(0);
  });
});
