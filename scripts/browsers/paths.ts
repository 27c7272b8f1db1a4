/** The browsers Backstory is tested and demonstrated in: Debian's packages, never a downloaded build. */
export const BROWSER_PATHS = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' } as const;
