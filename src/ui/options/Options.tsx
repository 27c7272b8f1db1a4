import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES } from '../../core/dataset/schema';
import { HOVER_DELAY_RANGE, MARK_STYLES, type Settings } from '../../core/settings/settings';
import { typeLabelKey } from '../../common/format';
import { translate as t } from '../../common/i18n';
import { loadSettings, saveSettings, type LoadedSettings } from '../../common/settings-store';
import { MutedEntities } from './MutedEntities';
import { SiteList } from './SiteList';

function Radio<V extends string>(props: { name: string; value: V; current: V; label: string; onPick: (v: V) => void }) {
  return (
    <label class="choice">
      <input type="radio" name={props.name} checked={props.value === props.current} onChange={() => props.onPick(props.value)} />
      {props.label}
    </label>
  );
}

export function Options() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => void loadSettings().then(setLoaded), []);
  if (!loaded) return <main aria-busy="true" />;
  const { settings } = loaded;

  const update = (change: Partial<Settings>) =>
    void saveSettings(change)
      .then((next) => {
        setLoaded(next);
        setStatus(t('optionsSaved'));
      })
      .catch(() => setStatus(t('optionsSaveFailed')));

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {loaded.problems.length > 0 && (
        <p class="warning" role="alert" data-testid="settings-problems">
          {t('optionsProblems', [loaded.problems.map((field) => t(`settingName_${field}`)).join(', ')])}
        </p>
      )}
      {loaded.area === 'local' && <p class="muted">{t('optionsLocalOnly')}</p>}

      <fieldset>
        <legend>{t('optionsGeneral')}</legend>
        <label class="choice">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} />
          {t('optionsEnabled')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsTypes')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label class="choice" key={type}>
            <input
              type="checkbox"
              checked={settings.types.includes(type)}
              onChange={(e) =>
                update({ types: e.currentTarget.checked ? [...settings.types, type] : settings.types.filter((x) => x !== type) })
              }
            />
            {t(typeLabelKey(type))}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsMarks')}</legend>
        <label class="row">
          {t('optionsMarkStyle')}
          <select value={settings.markStyle} onChange={(e) => update({ markStyle: e.currentTarget.value as Settings['markStyle'] })}>
            {MARK_STYLES.map((style) => (
              <option key={style} value={style}>
                {t(`markStyle_${style}`)}
              </option>
            ))}
          </select>
        </label>
        <div role="radiogroup" aria-label={t('settingName_mentions')} class="group">
          <Radio name="mentions" value="all" current={settings.mentions} label={t('optionsMentionsAll')} onPick={(v) => update({ mentions: v })} />
          <Radio name="mentions" value="first" current={settings.mentions} label={t('optionsMentionsFirst')} onPick={(v) => update({ mentions: v })} />
        </div>
        <div role="radiogroup" aria-label={t('settingName_scope')} class="group">
          <Radio name="scope" value="article" current={settings.scope} label={t('optionsScopeArticle')} onPick={(v) => update({ scope: v })} />
          <Radio name="scope" value="page" current={settings.scope} label={t('optionsScopePage')} onPick={(v) => update({ scope: v })} />
        </div>
        <label class="row">
          {t('optionsHoverDelay')}
          <input
            type="number"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (Number.isInteger(value) && value >= HOVER_DELAY_RANGE.min && value <= HOVER_DELAY_RANGE.max) update({ hoverDelayMs: value });
              else setStatus(t('optionsHoverDelayInvalid', [String(HOVER_DELAY_RANGE.min), String(HOVER_DELAY_RANGE.max)]));
            }}
          />
        </label>
      </fieldset>

      <SiteList sites={settings.sites} onChange={(sites) => update({ sites })} />
      <MutedEntities muted={settings.muted} onChange={(muted) => update({ muted })} />
      <p role="status" class="muted">
        {status}
      </p>
    </main>
  );
}
