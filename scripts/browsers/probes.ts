// Functions run in the page's main world through TestPage.evaluate. Each must be self-contained:
// it is serialised and sent to the browser, so it can use nothing from this module's scope.

export interface Point {
  x: number;
  y: number;
}

/** Centre of the `occurrence`-th appearance of `text` inside `selector`, scrolled into view. */
export function pointOfText(arg: { text: string; selector: string; occurrence: number }): Point | null {
  const root = document.querySelector(arg.selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(arg.text); at >= 0; at = data.indexOf(arg.text, at + 1)) {
      if (seen++ < arg.occurrence) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + arg.text.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    }
  }
  return null;
}

/** The text of every range in the Backstory highlight, in document order; null if none is set. */
export function markedTexts(): string[] | null {
  const highlight = CSS.highlights.get('backstory-mark');
  if (!highlight) return null;
  const ranges = [...(highlight as unknown as Iterable<Range>)];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => r.toString());
}

export interface CardState {
  open: boolean;
  /** Whether the card's opening animation is still running (screenshots wait for it). */
  animating: boolean;
  name: string | null;
  type: string | null;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number } | null;
}

/** What the card shows, read through the host's open shadow root. */
export function cardState(): CardState {
  const host = document.querySelector('backstory-host') as HTMLElement | null;
  const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null;
  const open = !!card && host?.dataset.open === 'true';
  const r = card?.getBoundingClientRect();
  return {
    open,
    animating: !!card?.getAnimations().some((a) => a.playState === 'running'),
    name: card?.querySelector('h2')?.textContent ?? null,
    type: card?.getAttribute('data-type') ?? null,
    text: card?.textContent ?? '',
    rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
  };
}
