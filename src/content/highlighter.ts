import type { PageMention } from './mentions';

export const HIGHLIGHT_NAME = 'backstory-mark';

type HighlightWindow = Window & { Highlight?: typeof Highlight; CSS: typeof CSS };

export function highlightsSupported(win: Window = window): boolean {
  const w = win as HighlightWindow;
  return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
}

/**
 * Paints mentions with the CSS Custom Highlight API, so the page's nodes are never split or
 * wrapped. The ranges are kept here too: Firefox content scripts cannot iterate a Highlight
 * (Xray wrappers), so nothing reads them back from it.
 */
export class Highlighter {
  private readonly highlight: Highlight;

  private readonly win: HighlightWindow;

  /** `name` picks the mark style: each style is a ::highlight() rule in marks.css. */
  constructor(
    win: Window = window,
    private name: string = HIGHLIGHT_NAME,
  ) {
    this.win = win as HighlightWindow;
    this.highlight = new this.win.Highlight!();
    this.win.CSS.highlights.set(name, this.highlight);
  }

  paint(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.highlight.add(m.range);
  }

  unpaint(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.highlight.delete(m.range);
  }

  clear(): void {
    this.highlight.clear();
  }

  /** Registers the same highlight under another name (a mark style), dropping the old one. */
  rename(name: string): void {
    if (name === this.name) return;
    this.unregister();
    this.name = name;
    this.win.CSS.highlights.set(name, this.highlight);
  }

  private unregister(): void {
    if (this.win.CSS.highlights.get(this.name) === this.highlight) this.win.CSS.highlights.delete(this.name);
  }

  destroy(): void {
    this.highlight.clear();
    this.unregister();
  }
}
