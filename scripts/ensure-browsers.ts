import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_PATHS } from './browsers/paths';
const PACKAGES = ['chromium', 'firefox-esr'];
const INSTALL = `apt-get update && apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;

function missing(): string[] {
  return Object.values(BROWSER_PATHS).filter((path) => !existsSync(path));
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (missing().length > 0) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(
      `The end-to-end tests need Chromium and Firefox ESR (missing: ${missing().join(', ')}).\n` +
        `Install them, then run npm test again:\n\n    sudo sh -c '${INSTALL}'\n\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`Installing Debian's ${PACKAGES.join(' and ')} for the end-to-end tests…\n`);
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES])) {
    process.stderr.write(`Installing the browsers failed. Run this, then npm test again:\n\n    ${INSTALL}\n\n`);
    process.exit(1);
  }
  if (missing().length > 0) {
    process.stderr.write(`Still missing after the install: ${missing().join(', ')}\n`);
    process.exit(1);
  }
}
