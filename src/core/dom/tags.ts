/**
 * What the reader needs to know of an element by its name, looked up by `localName` (lower case
 * in HTML documents): one map read per element instead of upper-casing `tagName` for each rule.
 */
export const BLOCK = 1;
export const NEVER_SCANNED = 2;
/** Inline text-level elements: never page furniture on their own, so their attributes go unread. */
export const INLINE = 4;
export const LANDMARK = 8;
/** The only built-in elements that may host a shadow root (the DOM standard's list; custom elements too). */
export const SHADOW_HOST = 16;

const table = new Map<string, number>();
const add = (flag: number, names: string) => {
  for (const name of names.split(' ')) table.set(name, (table.get(name) ?? 0) | flag);
};
add(BLOCK, 'p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article header footer aside nav main blockquote figure');
add(BLOCK, 'figcaption table tbody thead tr td th caption br hr address details summary form fieldset legend body html');
add(NEVER_SCANNED, 'script style noscript template textarea input select option button code pre kbd samp svg math');
add(NEVER_SCANNED, 'iframe object canvas video audio backstory-host');
add(INLINE, 'a abbr b bdi bdo cite data dfn em i mark q s small span strong sub sup time u font ins del label wbr img');
add(SHADOW_HOST, 'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span');
// Landmarks that are never the article's own text, even inside <article>.
add(LANDMARK, 'nav footer aside form dialog');

/** The flags of an element's name (0 for names not listed, such as custom elements). */
export function tagFlags(el: Element): number {
  return table.get(el.localName) ?? table.get(el.localName.toLowerCase()) ?? 0;
}
