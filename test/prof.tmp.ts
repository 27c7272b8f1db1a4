import { Detector } from '../src/core/match/detector';
import { aliasPool, newsPage, tableOf } from '../scripts/bench/detection/generate';
const aliases = aliasPool(1000);
const html = newsPage(20000, aliases);
const text = html.replace(/<[^>]+>/g, ' ');
const table = tableOf(aliases);
let d = new Detector(table);
for (let i = 0; i < 5; i++) d.scan(text);
const t0 = performance.now();
const N = 20;
let n = 0;
for (let i = 0; i < N; i++) { d = new Detector(table); n = d.scan(text).length; }
console.log('chars', text.length, 'mentions', n, 'ms/scan', ((performance.now() - t0) / N).toFixed(2));
