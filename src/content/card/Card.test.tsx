// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../core/dataset/card';
import { Card, safeHttpsUrl } from './Card';

const hostile = '<img src=x onerror="window.pwned=1">';

const card: EntityCard = {
  id: 'montevideo-mechanism',
  entity: 0,
  name: `Montevideo Mechanism ${hostile}`,
  type: 'other',
  description: `Dialogue initiative. ${hostile}`,
  mentions: [
    {
      sentence: 'Talks within the Montevideo Mechanism framework.',
      start: 17,
      end: 37,
      source: { outlet: 'teleSUR', published: '2019-05-14', title: 'A title' },
    },
  ],
  related: [{ id: 'mexico', entity: 1, name: 'Mexico', type: 'place' }],
};

function mount(onOpenRelated = vi.fn(), onClose = vi.fn()) {
  const root = document.createElement('div');
  render(<Card card={card} t={(key) => `[${key}]`} onOpenRelated={onOpenRelated} onClose={onClose} />, root);
  return root;
}

describe('safeHttpsUrl', () => {
  it('lets only https: addresses become links', () => {
    expect(safeHttpsUrl('https://www.telesurenglish.net/news/x.html')).toBe('https://www.telesurenglish.net/news/x.html');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>', 'http://example.com/', 'not a url', undefined]) {
      expect(safeHttpsUrl(bad)).toBeNull();
    }
  });
});

describe('Card', () => {
  it('renders dataset text as text, never as markup', () => {
    const root = mount();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toBe(card.name);
    expect(root.querySelector('.description')!.textContent).toContain(hostile);
  });

  it('links the source only when its address is https', () => {
    const withUrl = (url: string) => {
      const root = document.createElement('div');
      const source = { ...card.mentions[0]!.source, url };
      render(<Card card={{ ...card, mentions: [{ ...card.mentions[0]!, source }] }} t={(k) => k} onOpenRelated={vi.fn()} onClose={vi.fn()} />, root);
      return root.querySelector('.source a')?.getAttribute('href') ?? null;
    };
    expect(withUrl('https://news.example/a')).toBe('https://news.example/a');
    expect(withUrl('javascript:window.pwned=1')).toBeNull();
  });

  it("shows a person's role and quote as text", () => {
    const root = document.createElement('div');
    const source = card.mentions[0]!.source;
    const withExtras: EntityCard = { ...card, role: { text: `Foreign Minister ${hostile}`, source }, quote: { text: `We see ${hostile}`, source } };
    render(<Card card={withExtras} t={(k, s) => `[${k}:${(s ?? []).join('|')}]`} onOpenRelated={vi.fn()} onClose={vi.fn()} />, root);
    expect(root.querySelector('.role')!.textContent).toContain(`Foreign Minister ${hostile}`);
    expect(root.querySelector('blockquote')!.textContent).toBe(`We see ${hostile}`);
    expect(root.querySelector('.quote figcaption')!.textContent).toMatch(/^\[cardQuoted:teleSUR\|.*2019\]$/);
    expect(root.querySelector('img')).toBeNull();
  });

  it('gives a sentence that is a quotation no second pair of quotation marks', () => {
    const root = document.createElement('div');
    const quoted = { ...card.mentions[0]!, sentence: '"Talks within the Montevideo Mechanism framework."', start: 18, end: 38 };
    render(<Card card={{ ...card, mentions: [quoted, card.mentions[0]!] }} t={(k) => k} onOpenRelated={vi.fn()} onClose={vi.fn()} />, root);
    expect([...root.querySelectorAll('q')].map((q) => q.className)).toEqual(['sentence own-quotes', 'sentence']);
    expect(root.querySelector('q mark')!.textContent).toBe('Montevideo Mechanism');
  });

  it('emphasises the mention inside its sentence and names the source', () => {
    const root = mount();
    expect(root.querySelector('mark')!.textContent).toBe('Montevideo Mechanism');
    expect(root.querySelector('.source')!.textContent).toMatch(/^teleSUR · .*2019 · A title$/);
  });

  it('is a labelled dialog whose related chips and close button call back', () => {
    const onOpenRelated = vi.fn();
    const onClose = vi.fn();
    const root = mount(onOpenRelated, onClose);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toBe(card.name);
    (root.querySelector('.chip') as HTMLButtonElement).click();
    expect(onOpenRelated).toHaveBeenCalledWith(1);
    (root.querySelector('.close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalled();
    expect(root.querySelector('.close')!.getAttribute('aria-label')).toBe('[cardClose]');
  });

  it('shows who proposed an initiative as chips that open their card, with the article that says so', () => {
    const onOpenRelated = vi.fn();
    const root = document.createElement('div');
    const proposedBy = {
      entities: [{ id: 'mexico', entity: 1, name: `Mexico ${hostile}`, type: 'place' as const }, { id: 'uruguay', entity: 2, name: 'Uruguay', type: 'place' as const }],
      source: card.mentions[0]!.source,
    };
    render(<Card card={{ ...card, related: [], proposedBy }} t={(k) => `[${k}]`} onOpenRelated={onOpenRelated} onClose={vi.fn()} />, root);
    const line = root.querySelector('.proposed-by')!;
    expect(root.querySelector(`#${line.getAttribute('aria-labelledby')}`)!.textContent).toBe('[cardProposedBy]');
    expect([...line.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual([`Mexico ${hostile}`, 'Uruguay']);
    expect(line.querySelector('.said-by')!.textContent).toMatch(/^teleSUR, .*2019$/);
    (line.querySelectorAll('.chip')[1] as HTMLButtonElement).click();
    expect(onOpenRelated).toHaveBeenCalledWith(2);
    expect(root.querySelector('img')).toBeNull();
  });

  it('has no "Proposed by" line when nobody is known, and no source when an editor set it', () => {
    expect(mount().querySelector('.proposed-by')).toBeNull();
    const root = document.createElement('div');
    const proposedBy = { entities: [{ id: 'uruguay', entity: 2, name: 'Uruguay', type: 'place' as const }] };
    render(<Card card={{ ...card, proposedBy }} t={(k) => k} onOpenRelated={vi.fn()} onClose={vi.fn()} />, root);
    expect(root.querySelector('.proposed-by')!.textContent).toBe('cardProposedByUruguay');
  });
});
