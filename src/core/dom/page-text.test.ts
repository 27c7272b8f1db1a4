// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, blockOfNode, closestBlock, readPageText } from './page-text';
import { isNeverScanned } from './never-scanned';
import { scopeOf } from './scope';

const SEP = BLOCK_SEPARATOR;

/** The joined text as read with the browser-like TreeWalker (happy-dom) and with linkedom's walk. */
function readBoth(html: string): [string, string] {
  document.body.innerHTML = html;
  const { document: other } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const skips = (el: Element) => isNeverScanned(el) || el.localName === 'aside';
  return [readPageText(document.body, skips).text, readPageText(other.body, skips).text];
}

describe('readPageText', () => {
  it.each([
    ['inline elements join', '<p>Sergei <b>Lav<i>rov</i></b> said</p>', 'Sergei Lavrov said'],
    ['leaving a block ends the run', '<div><p>Mexico</p>City</div>', `Mexico${SEP}City`],
    ['leaving nested blocks ends the run', '<div><div><p>A</p>New</div>Mexico</div>', `A${SEP}New${SEP}Mexico`],
    ['a skipped block still separates', '<p>New <aside>x</aside><code>y</code>Mexico</p>', `New ${SEP}Mexico`],
    ['line breaks separate', 'New<br>Mexico', `New${SEP}Mexico`],
    ['comments and empty text are nothing', '<p>New<!-- c --> <span></span>Mexico</p>', 'New Mexico'],
    ['form fields and scripts are skipped', '<p>A<textarea>B</textarea><script>C</script><input value="D">E</p>', 'AE'],
  ])('%s (same with either walk)', (_, html, expected) => {
    const [walker, depthFirst] = readBoth(html);
    expect(walker).toBe(expected);
    expect(depthFirst).toBe(expected);
  });

  it('knows the nearest block of every text node it read', () => {
    document.body.innerHTML = '<div>a<p>b<em>c</em></p>d<ul><li>e<b>f</b></li></ul><span>g</span><div><div>h</div>i</div></div>';
    const root = document.body.firstElementChild!;
    const read = readPageText(root);
    expect(read.nodes.map((n) => n.data).join('')).toBe('abcdefghi');
    read.nodes.forEach((node, i) => expect(blockOfNode(read, i), node.data).toBe(closestBlock(node, root)));
    // One run per change of block, not one entry per node: b and c share the <p>, e and f the <li>.
    expect(read.blocks).toHaveLength(7);
  });

  it('reads into open shadow roots, nested ones too, as blocks of their own', () => {
    document.body.innerHTML = '<p>Before <x-quote>light</x-quote> after</p>';
    const host = document.querySelector('x-quote')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Sergei Lavrov</span><x-inner></x-inner><slot></slot>';
    const inner = shadow.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>Crimea</b>';
    const closed = document.createElement('x-closed');
    closed.attachShadow({ mode: 'closed' }).innerHTML = 'Mexico';
    document.querySelector('p')!.append(closed);
    const read = readPageText(document.body);
    expect(read.text.split(SEP)).toEqual(['Before ', 'Sergei Lavrov', 'Crimea', 'light after']);
    expect(read.shadowRoots).toEqual([shadow, inner]);
  });

  it('leaves out page furniture in article scope, even inside the article', () => {
    document.body.innerHTML = `<article><p>${'Talks in Sochi. '.repeat(20)}</p><div class="related-stories"><p>Mexico</p></div><nav>Crimea</nav><p>Russia</p></article>`;
    const scope = scopeOf(document)!;
    const text = readPageText(scope.root, scope.skips).text;
    expect(text).toContain('Russia');
    expect(text).not.toMatch(/Mexico|Crimea/);
  });
});
