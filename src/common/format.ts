import type { EntityType } from '../core/dataset/schema';

const TYPE_KEYS: Record<EntityType, string> = {
  person: 'cardTypePerson',
  place: 'cardTypePlace',
  organization: 'cardTypeOrganization',
  event: 'cardTypeEvent',
  other: 'cardTypeOther',
};

export function typeLabelKey(type: EntityType): string {
  return TYPE_KEYS[type];
}

/** "2019-05-14" → "14 May 2019" in the reader's locale; the date is a calendar day, so UTC. */
export function formatDate(isoDate: string, locale?: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
