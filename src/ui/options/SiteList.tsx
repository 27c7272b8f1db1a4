import { useState } from 'preact/hooks';
import { translate as t } from '../../common/i18n';

/** "https://News.Example.com/x" or "news.example.com" → "news.example.com"; null if not a host. */
export function hostFromInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

export function SiteList({ sites, onChange }: { sites: Record<string, 'allow' | 'deny'>; onChange: (s: Record<string, 'allow' | 'deny'>) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const denied = Object.keys(sites).filter((host) => sites[host] === 'deny').sort();
  const add = (event: Event) => {
    event.preventDefault();
    const host = hostFromInput(draft);
    if (!host) return setError(t('optionsSiteInvalid'));
    setError('');
    setDraft('');
    onChange({ ...sites, [host]: 'deny' });
  };
  return (
    <fieldset>
      <legend>{t('optionsSites')}</legend>
      <p class="muted">{t('optionsSitesHelp')}</p>
      <ul class="plain" aria-label={t('optionsSites')}>
        {denied.map((host) => (
          <li key={host}>
            <span>{host}</span>
            <button
              type="button"
              class="secondary"
              aria-label={t('optionsSiteRemove', [host])}
              onClick={() => {
                const next = { ...sites };
                delete next[host];
                onChange(next);
              }}
            >
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={add}>
        <input type="text" aria-label={t('optionsSiteAdd')} placeholder="news.example.com" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="secondary">
          {t('optionsSiteAdd')}
        </button>
      </form>
      {error && <p class="warning" role="alert">{error}</p>}
    </fieldset>
  );
}
