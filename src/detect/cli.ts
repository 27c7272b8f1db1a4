import { readFileSync } from 'node:fs';
import { matcherTableFrom } from '../core/dataset/matcher-table';
import { parseDataset } from '../core/dataset/validate';
import { Detector } from '../core/match/detector';
import { InputError } from '../pipeline/input-error';
import { detectInFile, type FileMention } from './detect-file';

/** Where `npm run build` / `npm run dataset` leave the dataset the extension bundles. */
const DATASET = process.env.BACKSTORY_DATASET ?? 'build/dataset/dataset.json';

const USAGE = 'usage: npm run --silent detect -- FILE.html|FILE.txt...';

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n`);
  process.exit(1);
}

function loadDataset() {
  let raw: string;
  try {
    raw = readFileSync(DATASET, 'utf8');
  } catch {
    fail(`${DATASET}: no dataset; run \`npm run build\` (or \`npm run dataset\`) first`);
  }
  try {
    return parseDataset(JSON.parse(raw));
  } catch (error) {
    fail(`${DATASET}: not a valid dataset (${error instanceof Error ? error.message : String(error)})`);
  }
}

function main(files: string[]): void {
  if (files.length === 0) fail(USAGE);
  const option = files.find((f) => f.startsWith('-'));
  if (option) fail(`unknown option ${option}\n${USAGE}`);
  const dataset = loadDataset();
  const detector = new Detector(matcherTableFrom(dataset));
  const results: { file: string; mentions: FileMention[] }[] = [];
  for (const file of files) {
    try {
      results.push({ file, mentions: detectInFile(file, detector, (index) => dataset.entities[index]!) });
    } catch (error) {
      if (error instanceof InputError) fail(error.format());
      throw error;
    }
  }
  process.stdout.write(`${JSON.stringify({ files: results })}\n`);
}

main(process.argv.slice(2));
