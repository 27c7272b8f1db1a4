interface Point {
  x: number;
  y: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Which side of `box` is the orientation of (px, py) relative to the segment a→b. */
const side = (p: Point, a: Point, b: Point) => (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);

/** The two corners of the card's edge that faces `from`. */
function facingEdge(from: Point, card: Box): [Point, Point] {
  if (from.y <= card.top) return [{ x: card.left, y: card.top }, { x: card.right, y: card.top }];
  if (from.y >= card.bottom) return [{ x: card.left, y: card.bottom }, { x: card.right, y: card.bottom }];
  if (from.x <= card.left) return [{ x: card.left, y: card.top }, { x: card.left, y: card.bottom }];
  return [{ x: card.right, y: card.top }, { x: card.right, y: card.bottom }];
}

/**
 * Whether `p` lies on the safe path from where the pointer left a mark (`from`) to its card: the
 * triangle between that point and the card's facing edge, or the card itself. A pointer crossing
 * other marks on its way there should not switch the card to them, as menus let a pointer cut
 * diagonally across other items toward an open submenu.
 */
export function onSafePath(p: Point, from: Point, card: Box): boolean {
  if (p.x >= card.left && p.x <= card.right && p.y >= card.top && p.y <= card.bottom) return true;
  const [a, b] = facingEdge(from, card);
  const d1 = side(p, from, a);
  const d2 = side(p, a, b);
  const d3 = side(p, b, from);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}
