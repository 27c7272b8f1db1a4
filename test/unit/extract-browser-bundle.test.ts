import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The extraction core must run inside the extension one day: bundled for the browser, it may not
 * pull in any Node module. esbuild fails on a `node:` import it cannot resolve for the browser, and
 * the metafile shows anything else that slipped in.
 */
describe('the extraction core', () => {
  it('bundles for the browser without Node modules', async () => {
    const result = await build({
      entryPoints: ['src/pipeline/extract/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /^node:|^(fs|path|os|child_process|url|util)$/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('src/pipeline/build-dataset.ts'))).toBe(true);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(1000);
  });
});
