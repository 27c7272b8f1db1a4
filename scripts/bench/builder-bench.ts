/**
 * Throughput of the dataset builder on generated articles: `npx tsx scripts/bench/builder-bench.ts
 * [COUNT]`. Shows articles per second for extraction, per batch of 50 (the cost per article must
 * not grow with the number already processed) and for whole builds of growing size. Prints a
 * table, then one line of JSON for scripts.
 */
import { performance } from 'node:perf_hooks';
import { buildDataset } from '../../src/pipeline/build-dataset';
import { extractArticle } from '../../src/pipeline/extract/extract-article';
import { DEFAULT_TYPE_CORPUS, readTypeCorpus } from '../../src/pipeline/type-corpus';
import { TypeModel } from '../../src/pipeline/type-model/model';
import { syntheticArticles } from './synthetic-articles';

const BATCH = 50;
const count = Math.max(200, Number(process.argv[2] ?? 250));
const articles = syntheticArticles(count);

const batches: { upTo: number; ms: number; perSecond: number }[] = [];
for (let start = 0; start < count; start += BATCH) {
  const batch = articles.slice(start, start + BATCH);
  const t0 = performance.now();
  for (const a of batch) extractArticle(a);
  const ms = performance.now() - t0;
  batches.push({ upTo: start + batch.length, ms, perSecond: (batch.length / ms) * 1000 });
}

// The type model is trained once per build command, before any article: timed on its own.
const trainStart = performance.now();
const typeModel = TypeModel.train([...readTypeCorpus(DEFAULT_TYPE_CORPUS).values()].flat());
const trainMs = performance.now() - trainStart;

// Builds with and without the type model alternate, so the machine's drift falls on both.
const builds: { articles: number; ms: number; msPerArticle: number; withModelMs: number }[] = [];
for (let n = BATCH; n <= count; n += BATCH) {
  let t0 = performance.now();
  buildDataset(articles.slice(0, n), { entities: [] });
  const ms = performance.now() - t0;
  t0 = performance.now();
  buildDataset(articles.slice(0, n), { entities: [] }, { typeModel });
  const withModelMs = performance.now() - t0;
  builds.push({ articles: n, ms, msPerArticle: ms / n, withModelMs });
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);
console.log('extraction, batch of 50   articles so far   ms/batch   articles/s');
batches.forEach((b, i) => console.log(`${String(i + 1).padStart(24)}  ${String(b.upTo).padStart(16)}  ${fmt(b.ms)}  ${fmt(b.perSecond)}`));
console.log('\nwhole build               articles          ms         ms/article  with type model (ms)');
for (const b of builds) console.log(`${''.padStart(24)}  ${String(b.articles).padStart(16)}  ${fmt(b.ms)}  ${fmt(b.msPerArticle, 2)}  ${fmt(b.withModelMs)}`);
console.log(`\ntype model: trained on ${typeModel.size} gold entities in ${trainMs.toFixed(0)} ms (once per build)`);

// The first batch pays compromise's cold caches; growth compares the later batches.
const steady = batches.slice(1);
const last = builds[builds.length - 1]!;
const summary = {
  bench: 'builder',
  articles: count,
  articlesPerSecond: Math.round((last.articles / last.ms) * 1000),
  extractionPerSecondByBatch: batches.map((b) => Math.round(b.perSecond)),
  buildMsPerArticle: builds.map((b) => Number(b.msPerArticle.toFixed(2))),
  growth: Number((steady[steady.length - 1]!.ms / steady[0]!.ms).toFixed(2)),
  typeModelTrainMs: Math.round(trainMs),
  withTypeModelRatio: Number((last.withModelMs / last.ms).toFixed(2)),
};
console.log(JSON.stringify(summary));
