import { describe, expect, it } from 'vitest';
import { describedEntities as entities } from './candidate-type.test-helper';

// What the wider lexicons (extra-*.ts) changed in how names join (the session of round 51).
describe('known names from the wider lists', () => {
  it('joins a known acronym in a headline to the expansion the article prints with it', () => {
    const found = entities('Operators clash with ICASA over fees', ['The Independent Communications Authority of South Africa (ICASA) published draft rules.', 'MTN told ICASA the rules would hurt.']);
    expect(found.filter((e) => e.includes('ICASA'))).toHaveLength(1);
    // Look-alike: an acronym the lexicon knows by another expansion is the article's own thing.
    const collider = entities('Physicists vote on a new collider', ['Members backed the Future Circular Collider (FCC) on Friday.', 'The FCC would cost billions.']);
    expect(collider.find((e) => e.startsWith('Future Circular Collider'))).toMatch(/\/other \[.*FCC/u);
  });

  it('joins a known acronym to its expansion printed with the same words in another order', () => {
    const found = entities('Dairy farmers and the trade review', ['The Canada-United States-Mexico Agreement (CUSMA) is under review.', 'Officials said the USMCA would survive.']);
    expect(found.filter((e) => e.includes('Agreement'))).toHaveLength(1);
  });

  it('does not take a body\'s first word for the body ("Arctic" is not the "Arctic Council")', () => {
    const found = entities('A handover in the north', ['Norway handed the chair of the Arctic Council to Denmark.', 'The Arctic must remain a region of low tension.']);
    expect(found.some((e) => e.startsWith('Arctic/') || e.startsWith('Arctic '))).toBe(true);
    expect(found.find((e) => e.startsWith('Arctic Council'))).toBe('Arctic Council/organization [Arctic Council]');
  });

  it('keeps a lower-case word after a place out of a body the lexicon spells with a capital ("the Paris club")', () => {
    const found = entities('A night in Europe', ['Arsenal beat the Paris club 2-1 on Wednesday.']);
    expect(found.some((e) => e.startsWith('Paris Club'))).toBe(false);
  });

  it('joins a known person\'s one name to the full name the article prints ("Lula")', () => {
    const found = entities('Brazil votes', ['President Luiz Inácio Lula da Silva signed the bill.', 'Lula said it was fair.']);
    expect(found.filter((e) => e.includes('Lula'))).toHaveLength(1);
    expect(found.find((e) => e.includes('Lula'))).toMatch(/\/person /u);
  });

  it('joins a known company to its name with another legal form or a company word', () => {
    const found = entities('A Gulf deal', ['Abu Dhabi National Oil Co. (ADNOC) bought the stake.', 'ADNOC said the deal would close soon.', 'Mubadala Investment Co. joined; Mubadala said so.']);
    expect(found.filter((e) => e.includes('ADNOC'))).toHaveLength(1);
    expect(found.filter((e) => e.includes('Mubadala'))).toHaveLength(1);
  });
});

describe("armed groups' and regimes' English names", () => {
  it('knows a group by its translated name and a regime by its own name, apart from its movement', () => {
    const found = entities('Sahel roads cut', ['The road was cut by the Group for the Support of Islam and Muslims near Kestrelton.', 'The Taliban, who call their state the Islamic Emirate of Afghanistan, signed.']);
    expect(found.filter((e) => e.includes('Group for the Support of Islam and Muslims'))).toHaveLength(1);
    expect(found.some((e) => e.startsWith('Islamic Emirate of Afghanistan/organization'))).toBe(true);
    expect(found.some((e) => e.startsWith('Taliban/organization'))).toBe(true);
  });
});
