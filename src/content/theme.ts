export type Theme = 'light' | 'dark';

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The card follows the page: a dark page gets a dark card. Reads the first opaque background from
 * the body up; a page with none follows the reader's colour-scheme preference if the page allows it.
 */
export function pageTheme(win: Window = window): Theme {
  const doc = win.document;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  const pageAllowsDark = win.getComputedStyle(doc.documentElement).colorScheme.includes('dark');
  return pageAllowsDark && win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
