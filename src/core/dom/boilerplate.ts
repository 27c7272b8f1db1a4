import { INLINE, LANDMARK, tagFlags } from './tags';

const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog']);

/**
 * Class and id words that news sites use for what surrounds an article: comments, ads, "related"
 * and "most read" boxes, share bars, newsletter sign-ups. Matched as whole words of the class or id
 * ("comments", "related-stories", "ad-slot"), so "heading" or "shadow" never trip "ad".
 */
const BOILERPLATE_WORD =
  /(?:^|[\s_-])(comments?|related|recirc|recommended|most-?read|trending|promo|advert\w*|ads?|sponsored|share|sharing|social|newsletter|subscribe|outbrain|taboola|sidebar|breadcrumbs?|tags|popular|more-?stories)(?:$|[\s_-])/i;

/** Whether `el` holds page furniture rather than article text (skipped in article scope). */
export function isBoilerplate(el: Element, flags: number = tagFlags(el)): boolean {
  if (flags & LANDMARK) return true;
  // A link or an emphasis is never a comments box or an ad slot by itself: skip its attributes.
  if (flags & INLINE || !el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return words.trim() !== '' && BOILERPLATE_WORD.test(words);
}
