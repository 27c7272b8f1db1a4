import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers/launch';
import { cardState } from '../../scripts/browsers/probes';
import { onSafePath } from '../../src/content/safe-path';
import { waitForPage } from './helpers';
import { useBrowser } from './session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

// Two marks on one line, with room below for the card: the second lies on the way to it.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Path</title>
<style>body { font: 18px/28px Georgia, serif; margin: 120px 40px; max-width: 900px; }</style></head><body>
<article><h1>Talks</h1>
<p id="line">On Tuesday Sergei Lavrov and Mike Pompeo met in Sochi for three hours.</p>
<p>Officials said little afterwards. The talks covered the situation in Venezuela, arms control and trade,
and both delegations said they would meet again before the end of the year, though no date was set.</p>
</article></body></html>`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Box = { left: number; top: number; right: number; bottom: number };

/** The first line box of `text` in the article (scrolled into view). */
function boxOfText(text: string): Box | null {
  const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const { left, top, right, bottom } = range.getClientRects()[0]!;
    return { left, top, right, bottom };
  }
  return null;
}

describe.each(BROWSERS)('the path from a mark to its card in %s (issue 5)', (browserName) => {
  const t = useBrowser(browserName, { pages: { '/path': PAGE }, viewport: [1100, 800] });

  beforeAll(() => t.session.page.goto(`${t.server.origin}/path`));

  it('crossing another mark slowly on the way to the card does not switch the card', async () => {
    await waitForPage(t.session.page, () => CSS.highlights.get('backstory-mark')?.size ?? 0, undefined, (n) => n >= 3, { what: 'marks' });
    // The page's own clock for each pointer move: the test holds only while the pointer rests on
    // the other mark longer than the dwell (150 ms) and reaches the card within the grace (300 ms),
    // which a stalled shared machine can break. Such a try proves nothing and is made again.
    await t.session.page.evaluate(() => {
      const w = window as unknown as { moves: number[] };
      w.moves = [];
      addEventListener('mousemove', () => w.moves.push(performance.now()), { capture: true });
    }, undefined);
    const lastMoveAge = () => performance.now() - (window as unknown as { moves: number[] }).moves.at(-1)!;
    const lastGap = () => ((m) => m.at(-1)! - m.at(-2)!)((window as unknown as { moves: number[] }).moves);
    const tries: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await t.session.page.mouseMove(2, 2);
      await waitForPage(t.session.page, cardState, undefined, (s) => !s.open, { what: 'no card' });
      const lavrov = (await t.session.page.evaluate(boxOfText, 'Sergei Lavrov'))!;
      const pompeo = (await t.session.page.evaluate(boxOfText, 'Mike Pompeo'))!;
      const start = { x: lavrov.right - 10, y: (lavrov.top + lavrov.bottom) / 2 };
      await t.session.page.mouseMove(start.x - 1, start.y);
      await t.session.page.mouseMove(start.x, start.y);
      const opened = await waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the card for Sergei Lavrov' });
      expect(opened.name).toBe('Sergei Lavrov');
      // A point on "Mike Pompeo", low in its line box, that lies on the way to the card below.
      const target = { x: pompeo.left + 12, y: pompeo.bottom - 2 };
      expect(onSafePath(target, start, opened.rect!), `the layout puts "Mike Pompeo" on the way to the card: ${JSON.stringify({ start, target, card: opened.rect })}`).toBe(true);
      for (let step = 1; step <= 6; step++) {
        await t.session.page.mouseMove(start.x + ((target.x - start.x) * step) / 6, start.y + ((target.y - start.y) * step) / 6);
        await sleep(15);
      }
      await sleep(220); // longer than the 150 ms that opens a card on a resting pointer
      const rested = await t.session.page.evaluate(lastMoveAge, undefined);
      const whileResting = await t.session.page.evaluate(cardState, undefined);
      const inside = { x: (opened.rect!.left + opened.rect!.right) / 2, y: opened.rect!.top + 20 };
      await t.session.page.mouseMove(inside.x, inside.y);
      const gap = await t.session.page.evaluate(lastGap, undefined);
      if (rested < 170 || gap > 280) {
        tries.push(`rested ${Math.round(rested)} ms, reached the card after ${Math.round(gap)} ms`);
        continue;
      }
      expect(whileResting.name).toBe('Sergei Lavrov');
      await sleep(400); // past the grace period: inside the card it stays open
      expect(await t.session.page.evaluate(cardState, undefined)).toMatchObject({ open: true, name: 'Sergei Lavrov' });
      return;
    }
    throw new Error(`the machine was too slow to time the path in three tries: ${tries.join('; ')}`);
  });
});
