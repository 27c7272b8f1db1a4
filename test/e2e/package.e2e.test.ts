import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../scripts/dist-dir';
import { EntityTable } from '../../src/core/dataset/entity-table';
import { matcherTableFrom } from '../../src/core/dataset/matcher-table';
import { parseDataset } from '../../src/core/dataset/validate';
import { parseMatcherTable } from '../../src/core/dataset/validate-matcher';

// Checks the packages `npm run build` produced (npm test builds before running these).
const manifestOf = (browser: string) => JSON.parse(readFileSync(`${DIST_DIR}/${browser}/manifest.json`, 'utf8'));

describe('the built packages', () => {
  it.each(['chrome', 'firefox'])('%s: one MV3 manifest with both background keys and the gecko settings', (browser) => {
    const manifest = manifestOf(browser);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    const gecko = manifest.browser_specific_settings.gecko;
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    for (const file of ['background.js', 'content.js', 'popup.html', 'popup.js', 'options.html', 'options.js', 'marks.css', 'data/dataset.json', 'data/matcher.json', '_locales/en/messages.json']) {
      expect(() => readFileSync(`${DIST_DIR}/${browser}/${file}`), file).not.toThrow();
    }
    for (const icon of Object.values<string>(manifest.icons)) expect(() => readFileSync(`${DIST_DIR}/${browser}/${icon}`)).not.toThrow();
  });

  it('ships the aliases compiled at build time, exactly as compiling the shipped dataset gives them', () => {
    for (const browser of ['chrome', 'firefox']) {
      const dataset = parseDataset(JSON.parse(readFileSync(`${DIST_DIR}/${browser}/data/dataset.json`, 'utf8')));
      const matcher = parseMatcherTable(JSON.parse(readFileSync(`${DIST_DIR}/${browser}/data/matcher.json`, 'utf8')));
      expect(matcher).toEqual(matcherTableFrom(dataset));
      expect(new EntityTable(matcher).size).toBe(dataset.entities.length);
    }
  });

  it('writes a store zip per browser holding the same files as its folder', () => {
    const version = manifestOf('chrome').version;
    for (const browser of ['chrome', 'firefox']) {
      const zip = unzipSync(readFileSync(`${DIST_DIR}/backstory-${browser}-${version}.zip`));
      expect(Object.keys(zip)).toContain('manifest.json');
      expect(new TextDecoder().decode(zip['data/dataset.json'])).toBe(readFileSync(`${DIST_DIR}/${browser}/data/dataset.json`, 'utf8'));
    }
  });

  it('has no web-ext lint errors for Firefox (warnings are listed in the output)', () => {
    let output: string;
    try {
      output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', `${DIST_DIR}/firefox`, '--output', 'json'], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // web-ext exits non-zero on errors
    }
    const report = JSON.parse(output) as { errors: unknown[]; warnings: { code: string; file: string }[] };
    console.log('web-ext lint warnings:', report.warnings.map((w) => `${w.code} (${w.file})`).join(', '));
    expect(report.errors).toEqual([]);
  });

  it('ships no code that reaches the network or evaluates strings', () => {
    for (const file of readdirSync(`${DIST_DIR}/chrome`).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(`${DIST_DIR}/chrome/${file}`, 'utf8');
      expect(code, file).not.toMatch(/\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|sendBeacon|https?:\/\/(?!www\.w3\.org)[\w-]/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
    }
  });
});
