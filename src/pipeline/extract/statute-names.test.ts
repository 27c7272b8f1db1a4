import { describe, expect, it } from 'vitest';
import { articleEntities, typeOf, namesIn as names } from './candidate-type.test-helper';

describe('statutes with a place in brackets', () => {
  it('keeps the bracketed place inside the statute\'s name', () => {
    expect(names('Hotels collect it under the Visitor Levy (Scotland) Act, which passed.')).toContain('Visitor Levy (Scotland) Act');
    expect(typeOf('The Human Rights (Northern Ireland) Bill was tabled.', 'Human Rights (Northern Ireland) Bill')).toBe('other');
  });

  it('leaves an acronym in brackets and a place with no statute\'s word after', () => {
    // Look-alikes: "(VL)" spells a short form; "(Scotland)" then a plain word ends the name.
    expect(names('The Visitor Levy (VL) Act passed.')).not.toContain('Visitor Levy (VL) Act');
    expect(names('The Visitor Levy (Scotland) was debated.')).not.toContain('Visitor Levy (Scotland)');
  });
});

describe('statutes with their kind in brackets', () => {
  it('keeps "(Supplementary)" or "(Regulation)" inside a bill\'s name', () => {
    expect(names('MPs debated the Finance (Supplementary) Bill, 2026 on Tuesday.')).toEqual(['Finance (Supplementary) Bill, 2026']);
    expect(typeOf('The Broadcasting Services (Regulation) Bill was tabled.', 'Broadcasting Services (Regulation) Bill')).toBe('other');
    // Look-alike: a bracketed word that is no statute's kind, or no statute's word after it.
    expect(names('The Broadcasting Services (Nairobi Branch) Bill was tabled.')).not.toContain('Broadcasting Services (Nairobi Branch) Bill');
    expect(names('Kestrel Mining (Supplementary) said output rose.')).not.toContain('Kestrel Mining (Supplementary)');
  });
});

describe('statutes with their number in brackets', () => {
  it('keeps "(No. 2)" inside a law\'s name, after its place too', () => {
    expect(names('MSPs backed the Budget (Scotland) (No. 6) Bill at stage one.')).toContain('Budget (Scotland) (No. 6) Bill');
    expect(typeOf('The Finance (No. 2) Act came into force.', 'Finance (No. 2) Act')).toBe('other');
    // Look-alike: a number with no statute's word after it, and a place followed by an acronym.
    expect(names('The Kestrel Fund (No. 2) said it would sell.')).not.toContain('Kestrel Fund (No. 2)');
    expect(names('The Budget (Scotland) (BS) Bill passed.')).not.toContain('Budget (Scotland) (BS) Bill');
  });
});

describe('amending laws with their subject in brackets', () => {
  it('keeps the bracketed subject after "Amendment" inside the law\'s name', () => {
    expect(names('The court upheld the Online Safety Amendment (Social Media Minimum Age) Act 2024 on Tuesday.')).toContain(
      'Online Safety Amendment (Social Media Minimum Age) Act 2024',
    );
    // Look-alikes: an acronym alone in the brackets, and a subject with no statute's word after it.
    expect(names('The Online Safety Amendment (OSA) Act passed.')).not.toContain('Online Safety Amendment (OSA) Act');
    expect(names('The Online Safety Amendment (Social Media) was debated.')).not.toContain('Online Safety Amendment (Social Media)');
  });
});

describe('Scottish laws with a subject and a place in brackets', () => {
  it('keeps a bracketed subject before the place\'s bracket inside the law\'s name', () => {
    expect(names('Ministers must meet the Climate Change (Emissions Reduction Targets) (Scotland) Act 2019 goals.')).toContain(
      'Climate Change (Emissions Reduction Targets) (Scotland) Act 2019',
    );
    // Look-alikes: no statute's word after the subject, and none after the place.
    expect(names('The Climate Change (Emissions Reduction Targets) board met.')).not.toContain('Climate Change (Emissions Reduction Targets)');
    expect(names('The Peat Levy (Land Use) (Scotland) was debated.')).not.toContain('Peat Levy (Land Use) (Scotland)');
  });
});

describe('laws numbered in thousands', () => {
  it('keeps a Brazilian law\'s or decree\'s number, comma and all, in its name', () => {
    expect(names('The court upheld Law 14,790 on Thursday.')).toContain('Law 14,790');
    expect(names('The president signed Decree 11,526 in May.')).toContain('Decree 11,526');
    // Look-alike: a count after the comma is no part of a number.
    expect(names('Under the Law 5, 600 people were fined.')).not.toContain('Law 5, 600');
  });
});

describe('laws numbered with a dash or a dot', () => {
  it('keeps "Law 2016-41" or "Law 19.880" whole, as a text', () => {
    expect(names('The council repealed Law 2016-41 and upheld Law 19.880 on Friday.')).toEqual(['Law 2016-41', 'Law 19.880']);
    expect(typeOf('The council repealed Law 2016-41 on Friday.', 'Law 2016-41')).toBe('other');
  });
});

describe('laws with a subject of two words or more in brackets', () => {
  it('keeps the bracketed subject inside the law\'s name, after any name or a field pair', () => {
    expect(names('It was set by the Senedd Cymru (Members and Elections) Act 2024, which enlarged the chamber.')).toEqual(['Senedd Cymru (Members and Elections) Act 2024']);
    expect(names('MPs will debate the Mines and Minerals (Amendment) Bill next week.')).toEqual(['Mines and Minerals (Amendment) Bill']);
    // Look-alikes: one word alone in the brackets, and a name after the statute's word (a first name).
    expect(names('The Senedd Cymru (Members) Act passed.')).not.toContain('Senedd Cymru (Members) Act');
    expect(names('It was backed by the Senedd Cymru (Welsh Labour) Bill Evans said.')).not.toContain('Senedd Cymru (Welsh Labour) Bill');
  });
});

describe('an act named after its framework act and a colon', () => {
  it('keeps the framework act, the colon and the act as one name', () => {
    expect(names('Eskom breached the National Environmental Management: Air Quality Act, they said.')).toEqual(['Eskom', 'National Environmental Management: Air Quality Act']);
    // Look-alike: a colon after a person's name opens a quote, not an act.
    expect(names('Kestrel Minister Jane Roe: Energy matters most.')).not.toContain('Jane Roe: Energy');
    expect(names('Kestrel Orrin: Energy Act looms.')).toEqual(['Kestrel Orrin', 'Energy Act']);
  });

  it("reads an act's number in brackets after its name as that act, and after no act as a name of its own", () => {
    const [act, other] = [articleEntities(['They may appeal under the Electronic Communications Act, 2008 (Act 775) within 30 days.']), articleEntities(['The Kestrel Group (Act 5) said so.'])];
    expect(act.map((e) => e.aliases)).toEqual([expect.arrayContaining(['Electronic Communications Act, 2008', 'Act 775'])]);
    expect(other.map((e) => e.name).sort()).toEqual(['Act 5', 'Kestrel Group']);
  });
});

describe('an act whose name holds "in"', () => {
  it('joins the words on both sides of "in" where an act\'s word ends the name', () => {
    expect(names('That law, the Keeping Students in Class Act, was repealed within a week.')).toEqual(['Keeping Students in Class Act']);
    expect(typeOf('Newsom signed the Transparency in Frontier Artificial Intelligence Act last year.', 'Transparency in Frontier Artificial Intelligence Act')).toBe('other');
    // Look-alikes: no act's word after "in"; a capitalised word after the act's word (a headline's verb).
    expect(names('Teachers in Class Five were sent home.')).not.toContain('Teachers in Class Five');
    expect(names('Lawmakers in Congress Act On Budget')).not.toContain('Lawmakers in Congress Act On Budget');
  });
});
