import { describe, expect, it } from 'vitest';
import { articleEntities, describedEntities as entities, namesIn as names } from './candidate-type.test-helper';

const named = (title: string, paragraphs: string[]) => articleEntities(paragraphs, title).map((e) => e.name);

describe('an honorific or a cleric’s title before a name (rounds 161 and 164)', () => {
  it('is dropped without its full stop as with it: "Mr Starmer" is Keir Starmer', () => {
    const found = entities('Starmer under pressure', ['Prime Minister Keir Starmer spoke on Monday.', '"I believe Mr Starmer has the best chance," Kemi Badenoch said.', 'Dr Jane Goodall and Mrs Justice May were there.']);
    expect(found).toContain('Keir Starmer/person [Keir Starmer|Starmer]');
    expect(found.filter((e) => e.includes('Starmer'))).toHaveLength(1);
    expect(found.some((e) => e.startsWith('Jane Goodall/person'))).toBe(true);
    expect(found.some((e) => /^(Mr|Mrs|Dr) /u.test(e))).toBe(false);
  });

  it('drops a priest’s or a Yoruba king’s title: "Father", "Oba"', () => {
    const found = named('A new bishop', ['Father Rommel Abellanosa, 52, will be ordained in January.', 'Oba Ghandi Afolabi Olaoye presided, and Oba Olaoye spoke.']);
    expect(found).toEqual(expect.arrayContaining(['Rommel Abellanosa', 'Ghandi Afolabi Olaoye']));
    expect(found.filter((n) => /Father|Oba/u.test(n))).toEqual([]);
  });

  it('keeps a given name that is a title elsewhere: "Pastor Alape" of the FARC', () => {
    expect(named('Peace talks', ['Former FARC commander Pastor Alape attended the meeting.'])).toContain('Pastor Alape');
  });
});

describe('a people or a faith’s members (rounds 161, 164 and 165)', () => {
  it('names no one, in the plural or as an adjective', () => {
    const found = named('Diocese grows', [
      'The Diocese of Maasin covers about 800,000 Catholics in Leyte.',
      'He led the town’s Muslims for 19 years, and Jews and Christians joined the prayers.',
      'Bosniak, Croat and Serb parties met, while Sorbian speakers in Franconian towns and Asturian villages watched.',
    ]);
    expect(found.filter((n) => /Catholic|Muslim|Jew|Christian|Bosniak|Croat|Serb|Sorbian|Franconian|Asturian/u.test(n))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Diocese of Maasin', 'Leyte']));
  });

  it('leaves the names such words open: "Muslim Brotherhood", "Republicans", "Olympics"', () => {
    const found = named('Politics and sport', ['The Muslim Brotherhood was banned.', 'Republicans in Congress objected before the Olympics in Los Angeles.']);
    expect(found).toEqual(expect.arrayContaining(['Muslim Brotherhood', 'Olympics']));
  });
});

describe('a people\'s or a faith\'s adjective before an acronym', () => {
  it('drops the adjective, which describes the body', () => {
    expect(names('The attack was blamed on the Kurdish PKK on Monday.')).toEqual(['PKK']);
    expect(names('The strike was called by the Christian ACV-CSC, the unions said.')).toEqual(['ACV-CSC']);
    expect(names('It was the German EPP lawmaker who steered it.')).toEqual(['EPP']);
    // Look-alikes: more words after the acronym make a longer name; a compass word opens a company's.
    expect(names('Permits went to Western LNG on Monday.')).toContain('Western LNG');
    expect(names('The Kurdish PKK Party met.')).toContain('Kurdish PKK Party');
  });
});
