// `npm run bench`: every benchmark in this folder, one after another (they measure time, so they
// never share the two cores with each other). Each prints its own table and a last JSON line.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const HERE = 'scripts/bench';
const benches = readdirSync(HERE).filter((f) => f.endsWith('-bench.ts')).sort();
let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, bench), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (benches.length === 0) process.stdout.write('no benchmarks found\n');
process.exitCode = failed > 0 ? 1 : 0;
