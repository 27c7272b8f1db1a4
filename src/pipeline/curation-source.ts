import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { InputError } from './input-error';
import { lineOfOffset, parseJsonInput } from './json-input';

/** A curation file's data, and how to find the line of its n-th entity for error messages. */
export interface CurationSource {
  data: unknown;
  entityLine(id: unknown, index: number): number | undefined;
}

function readJson(text: string, file: string): CurationSource {
  const data = parseJsonInput(text, file);
  // The line of the entity's `"id": "…"`, else of its n-th opening brace.
  const entityLine = (id: unknown, index: number): number | undefined => {
    if (typeof id === 'string') {
      const at = text.indexOf(JSON.stringify(id));
      if (at >= 0) return lineOfOffset(text, at);
    }
    let at = text.indexOf('{');
    for (let i = 0; i <= index && at >= 0; i++) at = text.indexOf('{', at + 1);
    return at >= 0 ? lineOfOffset(text, at) : undefined;
  };
  return { data, entityLine };
}

function readYaml(text: string, file: string): CurationSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new InputError(file, `not valid YAML: ${error.message.split('\n')[0]}`, line);
  }
  const entities = isMap(doc.contents) ? doc.contents.get('entities', true) : undefined;
  const entityLine = (_id: unknown, index: number): number | undefined => {
    const item = isSeq(entities) ? (entities.items[index] as { range?: [number, number, number] } | undefined) : undefined;
    return item?.range ? lineCounter.linePos(item.range[0]).line : undefined;
  };
  return { data: doc.toJS(), entityLine };
}

/** Parses a curation file as YAML (`.yaml`, `.yml`) or JSON (anything else). */
export function readCurationSource(text: string, file: string): CurationSource {
  return /\.ya?ml$/i.test(file) ? readYaml(text, file) : readJson(text, file);
}
