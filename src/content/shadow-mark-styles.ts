import marksCss from './marks.css';

/**
 * The ::highlight() rules of marks.css, adopted into the page's open shadow roots that hold
 * mentions. Firefox applies a document's highlight styles only to the document's own tree (Chromium
 * inherits them into shadow trees), so without this a name inside a web component would be found
 * and hoverable but not painted. One constructed sheet, appended to each root's adopted sheets
 * (never a <style> node in the page's component), and taken out again on destroy.
 */
export class ShadowMarkStyles {
  private sheet: CSSStyleSheet | null = null;

  private readonly roots = new Set<ShadowRoot>();

  constructor(private readonly win: Window & typeof globalThis) {}

  /** Adds the rules to each root that lacks them (a page may have replaced its adopted sheets since). */
  adopt(roots: Iterable<ShadowRoot>): void {
    for (const root of roots) {
      try {
        const sheet = this.sheetFor();
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.roots.add(root);
      } catch {
        // Refused (an old engine, or across an Xray boundary): names there stay hoverable, unpainted.
      }
    }
  }

  destroy(): void {
    const { sheet } = this;
    if (!sheet) return;
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The root's page is gone or refuses: nothing of ours is left to see there.
      }
    }
    this.roots.clear();
  }

  private sheetFor(): CSSStyleSheet {
    if (!this.sheet) {
      this.sheet = new this.win.CSSStyleSheet();
      this.sheet.replaceSync(marksCss);
    }
    return this.sheet;
  }
}
