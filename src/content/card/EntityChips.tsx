import type { EntityRef } from '../../core/dataset/card';

/** Other entities as chips; choosing one opens its card in place (the session keeps a way back). */
export function EntityChips({ entities, onOpen }: { entities: EntityRef[]; onOpen: (entity: number) => void }) {
  return (
    <ul class="chips">
      {entities.map((e) => (
        <li key={e.id}>
          <button type="button" class="chip" data-entity={e.id} onClick={() => onOpen(e.entity)}>
            {e.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
