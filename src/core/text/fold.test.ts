import { describe, expect, it } from 'vitest';
import { AliasMatcher } from '../match/alias-matcher';
import { foldText } from './fold';

describe('foldText', () => {
  it('drops accents and case, one unit for one unit', () => {
    expect(foldText('Nicolás GUAIDÓ')).toBe('nicolas guaido');
  });

  it('folds letters without a decomposition to the plain letter writers put instead', () => {
    expect(foldText('Şanlıurfa')).toBe(foldText('SANLIURFA'));
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Ørsted')).toBe('orsted');
    expect(foldText('Đakovo')).toBe('dakovo');
  });

  it('lets the matcher find a name written without those letters', () => {
    const matcher = new AliasMatcher([{ text: 'Şanlıurfa', target: 0 }, { text: 'Ørsted', target: 1 }]);
    const text = 'ŞANLIURFA — Sanliurfa and Orsted';
    expect(matcher.scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['ŞANLIURFA', 'Sanliurfa', 'Orsted']);
  });
});
