import type { Dataset } from '../core/dataset/schema';

const MAX_CELL = 48;

function cell(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/**
 * A plain-text table of what the builder extracted, for an editor to review: one row per entity,
 * most mentioned first, with a "*" on names whose fields come from the curation file and a "?"
 * on types the extractor guessed (`unsureTypes`: ids).
 */
export function formatReport(dataset: Dataset, unsureTypes: ReadonlySet<string> = new Set()): string {
  const rows = [...dataset.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
    .map((e) => [
      `${e.curated && e.curated.length > 0 ? '*' : ' '}${cell(e.name)}`,
      unsureTypes.has(e.id) ? `${e.type}?` : e.type,
      cell(e.aliases.filter((a) => a !== e.name).join(', ')),
      String(e.mentions.length),
      cell([...new Set((e.roles ?? []).map((r) => r.role))].join('; ')),
    ]);
  const header = ['entity', 'type', 'aliases', 'mentions', 'roles'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), `(* curated${unsureTypes.size > 0 ? '; ? a guessed type: check it, and set it in the curation file if wrong' : ''})`].join('\n');
}
