import { describe, expect, it } from 'vitest';
import { namesIn as names, typeOf } from './candidate-type.test-helper';

describe("a scheme's name framed by its noun", () => {
  it('joins capitalised words through small words between "the" or a possessive and a scheme\'s noun', () => {
    expect(names('Teachers are trained under the Chess for Every School programme.')).toEqual(['Teachers', 'Chess for Every School']);
    expect(names("He said FIDE's Chess for Education programme had trained 300 teachers.")).toEqual(['FIDE', 'Chess for Education']);
    expect(names("It was rebuilt under UNESCO's Revive the Spirit of Mosul initiative.")).toEqual(['UNESCO', 'Revive the Spirit of Mosul']);
    expect(names('Vaccination goes on alongside the Bantay ASF sa Barangay programme.')).toEqual(['Vaccination', 'Bantay ASF sa Barangay']);
    expect(names('Buyers used the Help to Buy scheme.')).toEqual(['Buyers', 'Help to Buy']);
  });

  it('types the scheme by its noun, not by its words', () => {
    expect(typeOf("It is part of the state's Decade of Centenaries programme.", 'Decade of Centenaries')).toBe('other');
    expect(typeOf('Teachers are trained under the Chess for Every School programme.', 'Chess for Every School')).toBe('other');
  });

  it('leaves names apart without the frame, and a body named before its programme a body', () => {
    // Look-alikes: no scheme's noun after; "and" joins two names.
    expect(names('Teachers from Chess for Every School came.')).not.toContain('Chess for Every School');
    expect(names('They funded the Kenya and Uganda project.')).toEqual(['Kenya', 'Uganda']);
    expect(typeOf('It is the Ministry of Health programme.', 'Ministry of Health')).toBe('organization');
  });
});
