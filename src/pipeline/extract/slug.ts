import { foldText } from '../../core/text/fold';

/** "Nicolás Maduro" → "nicolas-maduro": ids stay ASCII and stable whatever the accents. */
export function slug(text: string): string {
  return foldText(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
