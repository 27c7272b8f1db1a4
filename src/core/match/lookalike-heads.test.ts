import { describe, expect, it } from 'vitest';
import { LookalikeHeads } from './lookalike-heads';

const heads = new LookalikeHeads({ before: ['Lake', 'University of'], after: ['Center', 'Sea', 'State University', 'mule'] });
/** Whether a head surrounds the first `name` in `text`. */
const headed = (text: string, name: string) => heads.surround(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('LookalikeHeads', () => {
  it('finds a head written right after the name, as a whole word', () => {
    expect(headed('at the Carnegie Moscow Center on Monday', 'Moscow')).toBe(true);
    expect(headed('in the East China Sea.', 'China')).toBe(true);
    expect(headed('a Moscow mule', 'Moscow')).toBe(true);
    expect(headed('Moscow\u00a0Center', 'Moscow')).toBe(true);
  });

  it('finds a head written right before the name', () => {
    expect(headed('around the shrinking Lake Chad and', 'Chad')).toBe(true);
    expect(headed('at the University of Washington', 'Washington')).toBe(true);
    expect(headed('Lake\u00a0Chad', 'Chad')).toBe(true);
  });

  it('takes a given name before an ambiguous alias only', () => {
    const named = new LookalikeHeads({ before: [], after: [], beforeAmbiguous: ['Ricardo', 'Ivanka'] });
    const text = 'former president Ricardo Maduro; IVANKA TRUMP; Ricardo, Maduro';
    expect(named.surround(text, 25, 31, true)).toBe(true);
    expect(named.surround(text, 25, 31, false)).toBe(false);
    expect(named.surround(text, 40, 45, true)).toBe(true);
    expect(named.surround(text, 56, 62, true)).toBe(false);
  });

  it("takes a given name or an honorific before a place's alias, but no honorific before a person's", () => {
    const named = new LookalikeHeads({ before: [], after: [], beforeAmbiguous: ['Jim'], beforePlace: ['Mr.', 'Rep.'] });
    const text = 'Rep. Jim Jordan of Ohio; Mr. Jordan; MR. JORDAN; Mr. Trump';
    const span = (n: number, word: string) => [text.indexOf(word, n), text.indexOf(word, n) + word.length] as const;
    expect(named.surround(text, ...span(0, 'Jordan'), false, true)).toBe(true);
    expect(named.surround(text, ...span(0, 'Jordan'), false, false)).toBe(false);
    expect(named.surround(text, ...span(20, 'Jordan'), false, true)).toBe(true);
    expect(named.surround(text, ...span(30, 'JORDAN'), false, true)).toBe(true);
    expect(named.surround(text, ...span(0, 'Trump'), true, false)).toBe(false);
    expect(named.surround('Ohio and Jordan', 9, 15, false, true)).toBe(false);
  });

  it("takes a place's name that is also a given name, then a surname, for a person's name", () => {
    const named = new LookalikeHeads({ before: [], after: [], givenNamePlaces: ['Chad', 'Israel', 'Georgia'] });
    const first = (text: string, word: string) => named.surround(text, text.indexOf(word), text.indexOf(word) + word.length, false, true);
    expect(first('Mr. Krebs reported to Chad Wolf, the acting secretary.', 'Chad')).toBe(true);
    expect(first("Israel Katz's office said", 'Israel')).toBe(true);
    expect(first('said Israel Katz', 'Israel')).toBe(true);
    // Look-alikes: a headline in title case, a day after a place, a plural, a longer name, a place not listed.
    expect(first('Israel Strikes Back at Hezbollah', 'Israel')).toBe(false);
    expect(first('troops in Chad Tuesday, officials said', 'Chad')).toBe(false);
    expect(first('Georgia Republicans met', 'Georgia')).toBe(false);
    expect(first('the Israel Defense Forces said', 'Israel')).toBe(false);
    expect(first('Mali Kone said', 'Mali')).toBe(false);
    expect(first('Georgia Gov. Brian Kemp certified it', 'Georgia')).toBe(false);
    expect(named.surround('Chad Wolf said', 0, 4, false, false)).toBe(false);
  });

  it('reads a head of several words whole', () => {
    expect(headed('at Moscow State University', 'Moscow')).toBe(true);
    expect(headed('Moscow State Duma', 'Moscow')).toBe(false);
    expect(headed('the State University of Washington', 'Washington')).toBe(true);
    expect(headed('a history of Washington', 'Washington')).toBe(false);
  });

  it('takes a head in capitals, as headlines print it, but no other case', () => {
    expect(headed('CARNEGIE MOSCOW CENTER', 'MOSCOW')).toBe(true);
    expect(headed('LAKE CHAD', 'CHAD')).toBe(true);
    expect(headed('Moscow center-left parties', 'Moscow')).toBe(false);
    expect(headed('a MOSCOW MULE', 'MOSCOW')).toBe(true);
    expect(headed('Moscow Mule', 'Moscow')).toBe(false);
    expect(headed('by the lake Chad said', 'Chad')).toBe(false);
  });

  it('does not take a word that only begins or ends with a head, or one that is not next', () => {
    expect(headed('Moscow Centers', 'Moscow')).toBe(false);
    expect(headed('Moscow Seasonal', 'Moscow')).toBe(false);
    expect(headed('Moscow, Center', 'Moscow')).toBe(false);
    expect(headed('Moscow  Center', 'Moscow')).toBe(false);
    expect(headed('Moscow said', 'Moscow')).toBe(false);
    expect(headed('Moscow', 'Moscow')).toBe(false);
    expect(headed('Blake Chad', 'Chad')).toBe(false);
    expect(headed('Lake, Chad', 'Chad')).toBe(false);
  });

  it('finds nothing with no heads, or only empty ones', () => {
    expect(new LookalikeHeads().surround('Lake Moscow Center', 5, 11)).toBe(false);
    expect(new LookalikeHeads({ before: [''], after: ['', ' '] }).surround(', Moscow , said', 2, 8)).toBe(false);
  });
});
