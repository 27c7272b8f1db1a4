// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../core/dataset/card';
import { CardHost } from './card-host';

const card: EntityCard = {
  id: 'montevideo-mechanism',
  entity: 0,
  name: 'Montevideo Mechanism',
  type: 'other',
  description: '',
  mentions: [],
  related: [{ id: 'mexico', entity: 1, name: 'Mexico', type: 'place' }],
};

describe('CardHost.contains', () => {
  it('counts what is inside the shadow root as inside the card, so clicking a chip keeps it open', async () => {
    const host = new CardHost((key) => key, document);
    await host.show(card, new DOMRect(10, 10, 80, 16), { onOpenRelated: vi.fn(), onClose: vi.fn() });
    const chip = host.element!.shadowRoot!.querySelector('.chip')!;
    expect(host.contains(chip)).toBe(true);
    expect(host.contains(host.element)).toBe(true);
    expect(host.contains(document.body)).toBe(false);
    expect(host.contains(null)).toBe(false);
    host.destroy();
  });
});
