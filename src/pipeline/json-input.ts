import { InputError } from './input-error';
import { jsonErrorOffset } from './json-error-offset';

export function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Parses a JSON input file, or throws an InputError naming the file and the line of the fault. */
export function parseJsonInput(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1] ?? jsonErrorOffset(text);
    const line = position === undefined ? undefined : lineOfOffset(text, Number(position));
    // Node quotes the text around some faults, newlines and all: the error stays one line.
    const reason = message.replace(/ in JSON at position \d+.*$/su, '').replace(/, (?:\.\.\.)?".*$/su, '');
    throw new InputError(file, `not valid JSON: ${reason}`, line);
  }
}
