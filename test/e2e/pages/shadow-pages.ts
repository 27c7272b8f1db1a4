// A news page built from web components (issue 6, case 8). The article text is our own.

const script = `
class Pullquote extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>p { font: italic 22px/1.5 Georgia, serif; border-left: 4px solid #888; padding-left: 12px; }</style>' +
      '<p>"Dialogue is the only way," Sergei Lavrov told reporters in Sochi.</p><slot></slot>';
  }
}
class Sealed extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'closed' }).innerHTML = '<p>Crimea, in a closed shadow root nobody may read.</p>';
  }
}
customElements.define('news-pullquote', Pullquote);
customElements.define('sealed-box', Sealed);
// Defined late, as a page that hydrates its components after load: no mutation says so.
setTimeout(() => customElements.define('late-explainer', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>Explainer: the Montevideo Mechanism was proposed by Mexico and Uruguay.</p>';
  }
}), 700);
// Later still, the pull quote's own text changes inside its shadow root.
setTimeout(() => {
  const p = document.querySelector('news-pullquote').shadowRoot.querySelector('p');
  p.append(' Mike Pompeo did not reply.');
}, 1500);
`;

export const SHADOW_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Components</title>
<style>body { font: 18px/1.6 Georgia, serif; margin: 40px auto; max-width: 720px; }</style></head><body>
<article>
<h1>Venezuela talks: what was said in Sochi</h1>
<p>The meeting in Sochi lasted three hours, officials said, and ended without a joint statement,
though both sides promised to keep talking about Venezuela in the weeks ahead.</p>
<news-pullquote><span>(from the press conference)</span></news-pullquote>
<p>Officials in Caracas did not comment on the talks on Tuesday.</p>
<late-explainer></late-explainer>
<sealed-box></sealed-box>
</article>
<script>${script}</script>
</body></html>`;
