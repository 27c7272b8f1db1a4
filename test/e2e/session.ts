import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession, type LaunchOptions } from '../../scripts/browsers/launch';
import { startDemoServer, type DemoServer, type ExtraPage } from '../../scripts/demo/server';
import { extensionDirFor } from '../../scripts/dist-dir';

export interface SessionSetup {
  /** Extra pages the demo server serves beside its articles. */
  pages?: Record<string, ExtraPage>;
  /** Width and height; the browser's default (1280 × 720) if not given. */
  viewport?: [number, number];
  colorScheme?: LaunchOptions['colorScheme'];
  reducedMotion?: boolean;
  forcedColors?: boolean;
}

export interface TestContext {
  readonly session: BrowserSession;
  readonly server: DemoServer;
}

/**
 * One browser with the built extension and one demo server for the tests of a describe block:
 * started before them, closed after. Read `session` and `server` inside tests (they exist once
 * beforeAll has run). Requests may only go to the demo server: any other, from any context of
 * the browser, fails the block when it ends.
 */
export function useBrowser(browserName: BrowserName, setup: SessionSetup = {}): TestContext {
  let session: BrowserSession | undefined;
  let server: DemoServer | undefined;
  beforeAll(async () => {
    server = await startDemoServer(0, setup.pages ?? {});
    session = await launchBrowser(browserName, extensionDirFor(browserName), {
      allowedOrigins: [server.origin],
      colorScheme: setup.colorScheme,
      reducedMotion: setup.reducedMotion,
      forcedColors: setup.forcedColors,
    });
    if (setup.viewport) await session.page.setViewport(...setup.viewport);
  });
  afterAll(async () => {
    // Nothing leaves the browser: whatever the tests did, no context requested anything else.
    const unexpected = session?.unexpectedRequests() ?? [];
    await session?.close();
    await server?.close();
    expect(unexpected, 'network requests beyond the demo server').toEqual([]);
  });
  return {
    get session() {
      if (!session) throw new Error('the browser session starts in beforeAll');
      return session;
    },
    get server() {
      if (!server) throw new Error('the demo server starts in beforeAll');
      return server;
    },
  };
}
