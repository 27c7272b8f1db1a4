/**
 * Where the build writes and the tests read the extension: `dist/` unless BACKSTORY_DIST says
 * otherwise (lets two checkouts' worth of work build side by side without clobbering each other).
 */
export const DIST_DIR = process.env.BACKSTORY_DIST ?? 'dist';

export const extensionDir = (browser: 'chrome' | 'firefox') => `${DIST_DIR}/${browser}`;

/** The built extension a browser loads: dist/chrome for Chromium, dist/firefox for Firefox. */
export const extensionDirFor = (browser: 'chromium' | 'firefox') => extensionDir(browser === 'chromium' ? 'chrome' : 'firefox');
