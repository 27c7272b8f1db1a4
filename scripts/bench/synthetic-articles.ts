import type { SourceArticle } from '../../src/pipeline/article';

/**
 * Generated news articles for the throughput bench: fixed templates filled from name pools by a
 * seeded generator, so every run measures the same text. Facts are invented; names recur across
 * articles, as they do in a day's news, so clustering and merging have work to do.
 */
const PEOPLE: [string, string][] = [
  ['Foreign Minister', 'Elena Morales'], ['President', 'Tomás Ibáñez'], ['Prime Minister', 'Kaito Mori'],
  ['Defence Minister', 'Oleksii Bondar'], ['Senator', 'Rachel Dunham'], ['Governor', 'Luis Ortega'],
  ['Trade Minister', 'Amara Diallo'], ['Secretary-General', 'Henrik Solberg'], ['Ambassador', 'Sofía Quintero'],
];
const PLACES = ['Caracas', 'Bogotá', 'Kyiv', 'Nairobi', 'Jakarta', 'Lima', 'Tbilisi', 'Dakar', 'Hanoi', 'Quito'];
const COUNTRIES = ['Venezuela', 'Colombia', 'Ukraine', 'Kenya', 'Indonesia', 'Peru', 'Georgia', 'Senegal', 'Vietnam', 'Ecuador'];
const BODIES: [string, string][] = [
  ['Regional Trade Council', 'RTC'], ['Andean Water Commission', 'AWC'], ['Coastal Security Agency', 'CSA'],
  ['National Electoral Board', 'NEB'], ['Pacific Fisheries Organization', 'PFO'],
];
const INITIATIVES = ['Green Corridor Initiative', 'Lima Accord', 'Port Recovery Plan', 'Border Dialogue Mechanism', 'Grain Transit Agreement'];

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function syntheticArticles(count: number, seed = 7): SourceArticle[] {
  const random = generator(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const [role, person] = pick(PEOPLE);
    const [, other] = pick(PEOPLE);
    const surname = person.split(' ').pop()!;
    const place = pick(PLACES);
    const country = pick(COUNTRIES);
    const [body, acronym] = pick(BODIES);
    const initiative = pick(INITIATIVES);
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      id: `synthetic-${String(i).padStart(4, '0')}`,
      title: `${country} Backs ${initiative} After Talks in ${place}`,
      outlet: 'Backstory Bench Wire',
      published: `2024-03-${day}`,
      paragraphs: [
        `${place.toUpperCase()}, ${country} — ${role} ${person} said on Monday that ${country} would join the ${initiative}, a plan the ${body} (${acronym}) has promoted for two years.`,
        `"We cannot wait for another season of losses," ${surname} told reporters after meeting ${other} at the headquarters of the ${acronym}.`,
        `Officials in ${pick(PLACES)} said the ${initiative} would be reviewed in June. ${other} added that ${pick(COUNTRIES)} and ${pick(COUNTRIES)} had asked to take part.`,
        `Despite the agreement, critics of the ${body} said the plan left out small producers. ${surname} rejected the criticism.`,
      ],
    };
  });
}
