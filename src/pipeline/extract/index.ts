/**
 * The extraction core: plain text in, dataset out, no Node APIs, so the extension could run it.
 * File reading, the DOM for HTML pages and output writing stay in the CLI layer.
 */
export { buildDataset, type BuildResult } from '../build-dataset';
export { parseArticle, type SourceArticle } from '../article';
export { parseCuration, type Curation } from '../curation';
export { extractArticle, type ArticleText } from './extract-article';
export { clusterObservations, type ExtractedEntity } from './cluster';
