import { ENTITY_TYPES, type EntityType } from '../../core/dataset/schema';
import type { EntityLabel } from '../../common/messages';

export interface PopupEntity extends EntityLabel {
  count: number;
}

/** Entities grouped by type in a fixed type order, most-mentioned first inside each group. */
export function groupByType(entities: PopupEntity[]): { type: EntityType; entities: PopupEntity[] }[] {
  return ENTITY_TYPES.map((type) => ({
    type,
    entities: entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((group) => group.entities.length > 0);
}
