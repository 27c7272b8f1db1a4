// `npm start`: serve the demo article and open it with the built extension. With a display, a
// Chromium window you can use; without one (or with --headless), a headless run that prints what
// it found and saves a screenshot of an open card.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { parseDataset } from '../src/core/dataset/validate';
import { foldText } from '../src/core/text/fold';
import { launchBrowser } from './browsers/launch';
import { cardState, markedTexts, pointOfText } from './browsers/probes';
import { startDemoServer } from './demo/server';
import { extensionDir } from './dist-dir';
import { BROWSER_PATHS } from './browsers/paths';

const EXTENSION_DIR = resolve(extensionDir('chrome'));
const SCREENSHOT = resolve('test-results/demo-card.png');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function openWindow(url: string): Promise<void> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: BROWSER_PATHS.chromium,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  process.stdout.write('Chromium is open with Backstory loaded: hover a marked name. Close the window to stop.\n');
  await new Promise<void>((done) => context.on('close', () => done()));
}

/** Names the entities behind the marked texts, by their aliases in the bundled dataset. */
function entitiesOf(texts: string[]): Map<string, string[]> {
  const dataset = parseDataset(JSON.parse(readFileSync(`${EXTENSION_DIR}/data/dataset.json`, 'utf8')));
  const byAlias = new Map(dataset.entities.flatMap((e) => e.aliases.map((a) => [foldText(a), e] as const)));
  const found = new Map<string, string[]>();
  for (const text of texts) {
    const entity = byAlias.get(foldText(text));
    const key = entity ? `${entity.name} (${entity.type})` : `? ${text}`;
    found.set(key, [...(found.get(key) ?? []), text]);
  }
  return found;
}

async function headlessRun(origin: string, url: string): Promise<void> {
  const session = await launchBrowser('chromium', EXTENSION_DIR, { allowedOrigins: [origin] });
  try {
    const page = session.page;
    await page.setViewport(1280, 900);
    await page.goto(url);
    let texts: string[] | null = null;
    for (let i = 0; i < 50 && !texts?.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      texts = await page.evaluate(markedTexts, undefined);
    }
    const found = entitiesOf(texts ?? []);
    process.stdout.write(`Backstory marked ${texts?.length ?? 0} mentions of ${found.size} entities on ${url}:\n`);
    for (const [entity, forms] of [...found].sort((a, b) => b[1].length - a[1].length)) {
      const variants = [...new Set(forms)].map((f) => `“${f}”`).join(', ');
      process.stdout.write(`  ${String(forms.length).padStart(3)}  ${entity.padEnd(36)} ${variants}\n`);
    }
    const point = await page.evaluate(pointOfText, { text: 'Montevideo Mechanism', selector: 'article', occurrence: 0 });
    if (point) {
      await page.mouseMove(point.x - 2, point.y);
      await page.mouseMove(point.x, point.y);
      for (let i = 0; i < 30; i++) {
        const state = await page.evaluate(cardState, undefined);
        if (state.open && !state.animating) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const card = await page.evaluate(cardState, undefined);
    await page.screenshot(SCREENSHOT);
    process.stdout.write(`\nHovered “Montevideo Mechanism”: card ${card.open ? `open for ${card.name}` : 'did NOT open'}.\n`);
    process.stdout.write(`Screenshot: ${SCREENSHOT}\n`);
    const requests = session.unexpectedRequests();
    process.stdout.write(`Network requests beyond the demo page: ${requests.length}\n`);
    if (!card.open || !texts?.length) process.exitCode = 1;
  } finally {
    await session.close();
  }
}

const demo = await startDemoServer(Number(process.env.PORT ?? 0));
try {
  const url = demo.articleUrl();
  if (headless) await headlessRun(demo.origin, url);
  else await openWindow(url);
} finally {
  await demo.close();
}
