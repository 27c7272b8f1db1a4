import browser from 'webextension-polyfill';
import { indexDataset, type DatasetIndex } from '../core/dataset/card';
import type { MatcherTable } from '../core/dataset/matcher-table';
import { parseDataset } from '../core/dataset/validate';
import { parseMatcherTable } from '../core/dataset/validate-matcher';
import { checkSameEntities, forTabs } from '../core/dataset/tab-table';

export const DATASET_PATH = 'data/dataset.json';
/** The aliases compiled at build time (scripts/build.ts), so no context compiles them at run time. */
export const MATCHER_PATH = 'data/matcher.json';

const readJson = async (path: string): Promise<unknown> => (await fetch(browser.runtime.getURL(path))).json();

interface LoadedDataset {
  index: DatasetIndex;
  /** As sent to tabs: no ids (tab-table.ts). */
  matcherTable: MatcherTable;
}

let loading: Promise<LoadedDataset> | null = null;

/**
 * The bundled dataset, read from the extension package on first use. Held only as a cache: the
 * worker may be stopped at any time, and the next message simply reads the file again.
 */
export function loadDataset(): Promise<LoadedDataset> {
  loading ??= (async () => {
    const [dataset, matcher] = await Promise.all([readJson(DATASET_PATH), readJson(MATCHER_PATH)]);
    const parsed = parseDataset(dataset);
    const table = parseMatcherTable(matcher);
    checkSameEntities(table, parsed.entities.map((e) => e.id));
    return { index: indexDataset(parsed), matcherTable: forTabs(table) };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
