type HighlightWindow = Window & { Highlight: typeof Highlight; CSS: typeof CSS };

export const FOCUS_HIGHLIGHT = 'backstory-focus';

/**
 * The mention reached by keyboard, painted more strongly than the other marks (styled in
 * marks.css) so the reader sees where focus went without the page's DOM changing.
 */
export class FocusMark {
  private readonly highlight: Highlight;

  constructor(private readonly win: Window = window) {
    const w = win as HighlightWindow;
    this.highlight = new w.Highlight();
    w.CSS.highlights.set(FOCUS_HIGHLIGHT, this.highlight);
  }

  show(range: Range | null): void {
    this.highlight.clear();
    if (range) this.highlight.add(range);
  }

  destroy(): void {
    this.highlight.clear();
    const { CSS: css } = this.win as HighlightWindow;
    if (css.highlights.get(FOCUS_HIGHLIGHT) === this.highlight) css.highlights.delete(FOCUS_HIGHLIGHT);
  }
}
