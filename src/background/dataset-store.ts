import browser from 'webextension-polyfill';
import { indexDataset, type DatasetIndex } from '../core/dataset/card';
import { matcherTableFrom, type MatcherTable } from '../core/dataset/matcher-table';
import { parseDataset } from '../core/dataset/validate';

export const DATASET_PATH = 'data/dataset.json';

interface LoadedDataset {
  index: DatasetIndex;
  matcherTable: MatcherTable;
}

let loading: Promise<LoadedDataset> | null = null;

/**
 * The bundled dataset, read from the extension package on first use. Held only as a cache: the
 * worker may be stopped at any time, and the next message simply reads the file again.
 */
export function loadDataset(): Promise<LoadedDataset> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL(DATASET_PATH));
    const dataset = parseDataset(await response.json());
    return { index: indexDataset(dataset), matcherTable: matcherTableFrom(dataset) };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
