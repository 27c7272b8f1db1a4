import { useEffect, useState } from 'preact/hooks';
import { translate as t } from '../../common/i18n';
import type { EntityLabel } from '../../common/messages';
import { send } from '../../common/send';

export function MutedEntities({ muted, onChange }: { muted: string[]; onChange: (muted: string[]) => void }) {
  const [labels, setLabels] = useState<Map<string, EntityLabel>>(new Map());
  useEffect(() => {
    void send('ui-bg:get-labels', { ids: muted }).then((list) => setLabels(new Map(list.map((l) => [l.id, l]))));
  }, [muted.join('\n')]);
  return (
    <fieldset>
      <legend>{t('optionsMuted')}</legend>
      {muted.length === 0 ? (
        <p class="muted">{t('optionsMutedNone')}</p>
      ) : (
        <ul class="plain">
          {muted.map((id) => (
            <li key={id}>
              <span>{labels.get(id)?.name ?? id}</span>
              <button type="button" class="secondary" onClick={() => onChange(muted.filter((m) => m !== id))}>
                {t('optionsUnmute')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
