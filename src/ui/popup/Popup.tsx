import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { translate as t } from '../../common/i18n';
import { sendToTab } from '../../common/send';
import { saveSettings } from '../../common/settings-store';
import { typeLabelKey } from '../../common/format';
import { groupByType } from './group-entities';
import { loadPopupState, type PopupState } from './load-popup-state';

function Switch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="switch">
      <span>{label}</span>
      <input type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
    </label>
  );
}

export function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const reload = () => void loadPopupState().then(setState);
  useEffect(reload, []);

  if (state.kind === 'loading') return <main aria-busy="true" />;
  const { settings } = state.loaded;
  const pause = (
    <Switch
      label={t('popupPauseEverywhere')}
      checked={!settings.enabled}
      onChange={(paused) => void saveSettings({ enabled: !paused }).then(reload)}
    />
  );

  return (
    <main>
      <header>
        <img src="icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {state.kind === 'unavailable' ? (
        <>
          <p class="muted" data-testid="unavailable">{t('popupUnavailable')}</p>
          {state.limitedAccess && <p class="muted" data-testid="limited-access">{t('popupSiteAccessLimited')}</p>}
        </>
      ) : (
        <>
          <Switch
            label={t('popupOnThisSite', [state.host])}
            checked={settings.sites[state.host] !== 'deny'}
            onChange={(on) => {
              const sites = { ...settings.sites };
              if (on) delete sites[state.host];
              else sites[state.host] = 'deny';
              void saveSettings({ sites }).then(reload);
            }}
          />
          {state.stepBack === 'busy-page' && <p class="muted" data-testid="step-back">{t('popupStepBackBusyPage')}</p>}
          {state.stepBack === 'no-access' && <p class="muted" data-testid="step-back">{t('popupStepBackNoAccess')}</p>}
          {state.active && !state.stepBack && state.entities.length === 0 && <p class="muted">{t('popupNoEntities')}</p>}
          {!state.active && <p class="muted">{t('popupOff')}</p>}
          <div class="list">
          {groupByType(state.entities).map((group) => (
            <section key={group.type} aria-label={t(typeLabelKey(group.type))}>
              <h2>
                {t(typeLabelKey(group.type))} ({group.entities.length})
              </h2>
              <ul class="entities">
                {group.entities.map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      data-entity={e.id}
                      onClick={() => void sendToTab(state.tabId, 'popup-content:reveal', { entity: e.entity }).then(() => window.close())}
                    >
                      <span>{e.name}</span>
                      <span class="count" aria-label={t('popupMentionCount', [String(e.count)])}>
                        {e.count}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          </div>
        </>
      )}
      <footer>
        {pause}
        <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          {t('popupSettings')}
        </a>
      </footer>
    </main>
  );
}
