import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticle } from './article';
import { buildDataset } from './build-dataset';
import { parseCuration } from './curation';
import { InputError } from './input-error';
import { readTextFile } from './read-input';
import { DEFAULT_TYPE_CORPUS } from './type-corpus';
import { loadTypeModel } from './type-model-cache';
import { articleFromHtml } from './read-html';
import { formatReport } from './report';
import { writeFileAtomic } from './write-atomic';

const USAGE = 'usage: npm run dataset -- [--out DIR] [--curation FILE] [--type-corpus DIR] [--report] FILE...';
export const DEFAULT_OUT = 'build/dataset';
export const DEFAULT_CURATION = 'data/curation/entities.json';
const MAX_LISTED = 5;
const TEXT_EXTENSIONS = /\.(txt|md)$/i;
const HTML_EXTENSIONS = /\.html?$/i;
/** From this many files on, each gets a progress line on stderr. */
const PROGRESS_FROM = 20;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function run(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        curation: { type: 'string' },
        'type-corpus': { type: 'string' },
        report: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) fail(`no article files given\n${USAGE}`);

  const curationFile = values.curation ?? DEFAULT_CURATION;
  const articles = positionals.map((file, i) => {
    if (positionals.length >= PROGRESS_FROM) process.stderr.write(`dataset: [${i + 1}/${positionals.length}] ${file}\n`);
    if (HTML_EXTENSIONS.test(file)) return articleFromHtml(readTextFile(file), file);
    if (!TEXT_EXTENSIONS.test(file)) throw new InputError(file, 'unsupported file type (expected .txt, .md or .html)');
    return parseArticle(readTextFile(file), file);
  });
  const ids = new Map<string, string>();
  for (const [i, a] of articles.entries()) {
    const other = ids.get(a.id);
    if (other) throw new InputError(positionals[i]!, `has the same article id "${a.id}" as ${other}`);
    ids.set(a.id, positionals[i]!);
  }
  const curation = parseCuration(readTextFile(curationFile), curationFile);
  const typeModel = loadTypeModel(values['type-corpus'] ?? DEFAULT_TYPE_CORPUS);
  const { dataset, unmentioned, unknownProposers, unsureTypes } = buildDataset(articles, curation, { typeModel });
  if (unmentioned.length > 0) {
    // Building the day's news with the project's own curation file leaves most of its entities
    // out: the note gives their number and the first few, not a screenful.
    const listed = unmentioned.length > MAX_LISTED ? `${unmentioned.slice(0, MAX_LISTED).join(', ')} and ${unmentioned.length - MAX_LISTED} more` : unmentioned.join(', ');
    const from = values.curation === undefined ? ` (of ${curationFile}, the default curation file)` : '';
    process.stderr.write(`dataset: note: no article names ${listed}${from}: left out\n`);
  }
  if (unknownProposers.length > 0) {
    process.stderr.write(`dataset: note: "proposedBy" names no entity of the dataset: ${unknownProposers.join(', ')} (left out)\n`);
  }
  if (values.report) process.stdout.write(`${formatReport(dataset, new Set(unsureTypes))}\n`);
  else if (unsureTypes.length > 0) {
    process.stderr.write(`dataset: note: ${unsureTypes.length} entities have a guessed type; --report marks them with "?"\n`);
  }
  const outFile = join(values.out ?? DEFAULT_OUT, 'dataset.json');
  writeFileAtomic(outFile, `${JSON.stringify(dataset, null, 2)}\n`);
  const mentionCount = dataset.entities.reduce((n, e) => n + e.mentions.length, 0);
  process.stdout.write(
    `dataset: wrote ${outFile}: ${dataset.articles.length} article(s), ${dataset.entities.length} entities, ${mentionCount} mention sentences\n`,
  );
}

/** Runs the dataset command; returns the process exit code. Errors are one line on stderr. */
export function main(argv: string[]): number {
  try {
    run(argv);
    return 0;
  } catch (error) {
    if (error instanceof InputError) process.stderr.write(`dataset: ${error.format()}\n`);
    else if (error instanceof UsageError) process.stderr.write(`dataset: ${error.message}\n`);
    else throw error;
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
