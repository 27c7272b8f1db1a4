// Proves the harness in both browsers: the extension loads, its content script runs on
// http://127.0.0.1 pages, its own pages open (openExtensionPage) with their scripts and extension
// APIs, input and viewport calls reach the page, and unexpectedRequests() sees requests from the
// extension's background, content script and pages but nothing from a quiet extension.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../scripts/browsers/launch.js';

// Hosts under .invalid never resolve, and the proxy answers for them anyway: nothing leaves the machine.
const NOISY_BACKGROUND = `
fetch('http://bg-fetch.invalid/from-background').catch(() => {});
try { new WebSocket('ws://bg-ws.invalid/socket'); } catch {}
`;
const HIGHLIGHT = `
const range = document.createRange();
range.selectNodeContents(document.querySelector('p'));
CSS.highlights.set('t', new Highlight(range));
`;
const NOISY_CONTENT = `${HIGHLIGHT}\nfetch('http://cs-fetch.invalid/from-content-script').catch(() => {});`;
// An extension page: its script records that it ran and what the extension API says about it.
const EXTENSION_PAGE = `<!doctype html><meta charset="utf-8"><title>extension page</title><p>extension page</p>
<script src="page.js"></script>`;
const PAGE_SCRIPT = `window.ran = { id: chrome.runtime.id, url: chrome.runtime.getURL('page.html'), at: performance.now() };`;
const NOISY_PAGE_SCRIPT = `${PAGE_SCRIPT}\nfetch('http://page-fetch.invalid/from-extension-page').catch(() => {});`;

const PAGE = `<!doctype html><meta charset="utf-8"><title>harness</title>
<style>:root { color-scheme: light dark } ::highlight(t) { background: gold; color: black }</style>
<p>Ada Lovelace wrote the first program.</p>
<script>
  window.seen = [];
  for (const type of ['mousemove', 'click', 'keydown'])
    addEventListener(type, (e) => seen.push({ type, x: e.clientX, y: e.clientY, key: e.key, trusted: e.isTrusted }));
</script>`;

let root: string;
let server: http.Server;
let origin: string;

async function writeExtension(name: string, background: string, content: string, pageScript: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  const manifest = {
    manifest_version: 3,
    name: `harness ${name}`,
    version: '1.0.0',
    background: { service_worker: 'bg.js', scripts: ['bg.js'] },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['cs.js'] }],
    browser_specific_settings: {
      gecko: {
        id: `${name}@harness.test`,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'bg.js'), background);
  await writeFile(join(dir, 'cs.js'), content);
  await writeFile(join(dir, 'page.html'), EXTENSION_PAGE);
  await writeFile(join(dir, 'page.js'), pageScript);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'e2e-harness-'));
  await writeExtension('quiet', '// makes no requests\n', HIGHLIGHT, PAGE_SCRIPT);
  await writeExtension('noisy', NOISY_BACKGROUND, NOISY_CONTENT, NOISY_PAGE_SCRIPT);
  server = http.createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  if (root) await rm(root, { recursive: true, force: true });
});

async function launch(name: BrowserName, extension: string, colorScheme?: 'dark'): Promise<BrowserSession> {
  const started = Date.now();
  const session = await launchBrowser(name, join(root, extension), { allowedOrigins: [origin], colorScheme });
  console.log(`${name}: launched with the ${extension} extension in ${Date.now() - started} ms`);
  return session;
}

const highlightSet = (): boolean => CSS.highlights.has('t');

interface PageRun {
  id: string;
  url: string;
  at: number;
}
const pageRun = (): PageRun | undefined => (window as unknown as { ran?: PageRun }).ran;

for (const name of ['chromium', 'firefox'] as const) {
  describe(name, () => {
    test('quiet extension: content script runs, input reaches the page, no requests', async () => {
      const session = await launch(name, 'quiet', 'dark');
      try {
        const { page } = session;
        await page.goto(`${origin}/`);
        await vi.waitFor(async () => expect(await page.evaluate(highlightSet, undefined)).toBe(true), {
          timeout: 15_000,
          interval: 100,
        });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined)).toBe(true);

        await page.setViewport(640, 480);
        expect(await page.evaluate(() => [innerWidth, innerHeight], undefined)).toEqual([640, 480]);
        await page.mouseMove(30, 40);
        await page.mouseClick(60, 70);
        await page.keyPress('Escape');
        const seen = await page.evaluate(
          () => (window as unknown as { seen: { type: string; x: number; y: number; key?: string; trusted: boolean }[] }).seen,
          undefined,
        );
        expect(seen).toContainEqual(expect.objectContaining({ type: 'mousemove', x: 30, y: 40, trusted: true }));
        expect(seen).toContainEqual(expect.objectContaining({ type: 'click', x: 60, y: 70, trusted: true }));
        expect(seen).toContainEqual(expect.objectContaining({ type: 'keydown', key: 'Escape', trusted: true }));

        const shot = join('test-results', 'e2e', `harness-${name}.png`);
        await page.screenshot(shot);
        expect((await readFile(shot)).subarray(1, 4).toString()).toBe('PNG');

        const second = await session.newPage();
        await second.goto(`${origin}/`);
        await vi.waitFor(async () => expect(await second.evaluate(highlightSet, undefined)).toBe(true), {
          timeout: 15_000,
          interval: 100,
        });

        // The extension's own page: it opens, its script runs, and the test's evaluate sees the
        // extension APIs there (chrome.* in both browsers).
        const url = session.extensionUrl('page.html');
        expect(url).toMatch(name === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\/page\.html$/ : /^moz-extension:\/\/[0-9a-f-]{36}\/page\.html$/);
        const extensionPage = await session.openExtensionPage('page.html');
        const ran = await extensionPage.evaluate(pageRun, undefined);
        expect(ran?.url).toBe(url);
        expect(await extensionPage.evaluate(() => [location.href, document.querySelector('p')?.textContent], undefined)).toEqual([url, 'extension page']);
        // goto on an extension page (Firefox's own goto never resolves there) loads a fresh document.
        await extensionPage.evaluate(() => {
          (window as unknown as { seenBefore?: true }).seenBefore = true;
        }, undefined);
        await extensionPage.goto(url);
        const again = await extensionPage.evaluate(pageRun, undefined);
        expect(again?.url).toBe(url);
        expect(await extensionPage.evaluate(() => typeof (window as unknown as { seenBefore?: true }).seenBefore, undefined)).toBe('undefined');
        await extensionPage.close();

        // Give late background chatter a chance to show up before declaring silence.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        expect(session.unexpectedRequests()).toEqual([]);
      } finally {
        await session.close();
      }
    });

    test('noisy extension: background and content-script requests are caught', async () => {
      const session = await launch(name, 'noisy');
      try {
        const { page } = session;
        await page.goto(`${origin}/`);
        // A loopback origin that is not allowed counts too (the same server under another name).
        const otherLoopback = `${origin.replace('127.0.0.1', 'localhost')}/from-page`;
        await page.evaluate((url) => fetch(url).then(() => undefined, () => undefined), otherLoopback);
        // An extension page's own load is not a request, but what its script fetches is.
        const extensionPage = await session.openExtensionPage('page.html');
        expect((await extensionPage.evaluate(pageRun, undefined))?.url).toBe(session.extensionUrl('page.html'));
        await vi.waitFor(
          () => {
            const log = session.unexpectedRequests().join('\n');
            // Firefox's MV3 extension CSP has upgrade-insecure-requests, so the background's
            // requests arrive as HTTPS tunnels ("CONNECT bg-fetch.invalid:443"); Chromium's as http.
            expect(log).toContain('bg-fetch.invalid');
            expect(log).toContain('bg-ws.invalid');
            expect(log).toContain('http://cs-fetch.invalid/from-content-script');
            expect(log).toContain(otherLoopback);
            expect(log).toContain('page-fetch.invalid');
          },
          { timeout: 15_000, interval: 200 },
        );
        expect(await page.evaluate(highlightSet, undefined)).toBe(true);
        expect(session.unexpectedRequests().filter((r) => r.startsWith(origin))).toEqual([]);
        expect(session.unexpectedRequests().filter((r) => /extension:/.test(r))).toEqual([]);
        console.log(`${name}: unexpectedRequests() =`, session.unexpectedRequests());
      } finally {
        await session.close();
      }
    });
  });
}
