import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from '../../scripts/browsers/launch';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Rules axe ran and passed on our elements: proof it saw inside the shadow root. */
  passedRules: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the whole page in its main world, shadow roots
 * included, and keeps the results for elements under `hostSelector` (the page's own issues are
 * not ours), or for everything when it is ''.
 */
export async function axeReport(page: TestPage, hostSelector: string): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window, undefined))) await page.runScript(axeSource);
  return page.evaluate(
    async ({ hostSelector }) => {
      type Rule = { id: string; impact: string | null; nodes: { target: unknown }[] };
      const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Rule[]; passes: Rule[] }> } };
      const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      // With no host selector, every element counts (an extension page is all ours).
      const ours = (rule: Rule) =>
        rule.nodes.map((n) => JSON.stringify(n.target)).filter((t) => hostSelector === '' || t.startsWith(`[["${hostSelector}"`));
      return {
        violations: result.violations.filter((v) => ours(v).length > 0).map((v) => ({ id: v.id, impact: v.impact, nodes: ours(v) })),
        passedRules: result.passes.filter((p) => ours(p).length > 0).map((p) => p.id),
      };
    },
    { hostSelector },
  );
}

/**
 * Text contrast inside the card, computed directly: axe reports it "incomplete" for elements in
 * the top layer (it cannot see what is behind them). The card's background is opaque, so each
 * text colour is checked against it: at least 4.5:1 (WCAG AA), 3:1 for large text.
 */
export function cardContrast(hostSelector: string): { checked: number; problems: string[] } {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) =>
    [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: number[], b: number[]) => {
    const [x, y] = [lum(a) + 0.05, lum(b) + 0.05];
    return x > y ? x / y : y / x;
  };
  const root = document.querySelector(hostSelector)?.shadowRoot;
  const card = root?.querySelector('.card');
  if (!card) return { checked: 0, problems: ['no card'] };
  const problems: string[] = [];
  let checked = 0;
  const elements = [card, ...card.querySelectorAll('*')];
  for (const el of elements) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
    if (!ownText) continue;
    let bgEl: Element | null = el;
    let bg = getComputedStyle(el).backgroundColor;
    while (bgEl && parse(bg)[3] === 0) {
      bgEl = bgEl === card ? null : bgEl.parentElement;
      bg = bgEl ? getComputedStyle(bgEl).backgroundColor : bg;
    }
    const style = getComputedStyle(el);
    const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
    const r = ratio(parse(style.color), parse(bg));
    checked++;
    if (r < (large ? 3 : 4.5)) problems.push(`${el.tagName.toLowerCase()}.${el.className}: ${r.toFixed(2)}:1 (${style.color} on ${bg})`);
  }
  return { checked, problems };
}
