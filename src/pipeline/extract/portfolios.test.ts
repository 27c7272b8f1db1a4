import { describe, expect, it } from 'vitest';
import { candidatesIn, namesIn as names } from './candidate-type.test-helper';

describe("a minister's portfolio", () => {
  it('takes a field before "and" and a title for the title\'s, not a name ("Energy and Mineral Resources Minister")', () => {
    expect(names('Permits stop, Energy and Mineral Resources Minister Bahlil Lahadalia said.')).toEqual(['Bahlil Lahadalia']);
    expect(candidatesIn("Australia's Climate Change and Energy Minister Chris Bowen said so.").map((c) => [c.text, c.role])).toEqual([
      ['Australia', undefined],
      ['Chris Bowen', 'Climate Change and Energy Minister'],
    ]);
    // "Federal" and "Provincial" open a minister's title as a place word does.
    expect(names('Federal Energy and Natural Resources Minister Tim Hodgson said so.')).toEqual(['Tim Hodgson']);
    // Look-alike: a name before "and" a minister is the minister's counterpart.
    expect(names('Talks between Kestrel and Finance Minister Ana Ruiz ended.')).toEqual(['Kestrel', 'Ana Ruiz']);
  });

  it('names no one, in a list of fields or before the minister\'s own name', () => {
    expect(names("Turkey's Minister of Environment, Urbanisation and Climate Change, Murat Kurum, urged delegations on.")).toEqual(['Turkey', 'Murat Kurum']);
    expect(names("Chris Bowen, Australia's Minister for Climate Change and Energy, said so.")).toEqual(['Chris Bowen', 'Australia']);
    expect(names('Minister for Foreign Affairs Penny Wong said so.')).toEqual(['Penny Wong']);
    expect(names('Chancellor of the Duchy of Lancaster Darren Jones said so.')).toEqual(['Darren Jones']);
    expect(names('Cabinet Secretary for the National Treasury John Mbadi said so.')).toEqual(['John Mbadi']);
    expect(names('The Secretary of State for Health and Social Care Wes Streeting said so.')).toEqual(['Wes Streeting']);
    // Look-alike: a chancellor "of" a country is of a place, which stays a name.
    expect(names('Chancellor of Germany Friedrich Merz said so.')).toEqual(['Germany', 'Friedrich Merz']);
  });

  it("finds the minister's name after the portfolio when no list knows the given name", () => {
    expect(names('Minister of Industries, Mines and Energy Natangwe Ithete said so.')).toEqual(['Natangwe Ithete']);
    expect(names('Minister of Mines and Energy Natangwe Ithete said so.')).toEqual(['Natangwe Ithete']);
    expect(names('Minister of Mines Natangwe Ithete said so.')).toEqual(['Natangwe Ithete']);
    // A field of two words past the title's own ("Information Technology"), an Arabic name with
    // "bin" whose given name is also a word ("Said"), and the same in a list of fields.
    expect(names('Minister of Information Technology Khalid Saleh said so.')).toEqual(['Khalid Saleh']);
    expect(names('Minister of Information Technology Said bin Hamoud al-Maawali said so.')).toEqual(['Said bin Hamoud al-Maawali']);
    expect(names('Minister of Transport, Communications and Information Technology Said bin Hamoud al-Maawali said so.')).toEqual(['Said bin Hamoud al-Maawali']);
    // Look-alikes: a portfolio alone names no one and no body, even one ending in a company's
    // word; and a field's word ("Order") opens no name.
    expect(names('The Minister of Trade, Industry and Tourism said so.')).toEqual([]);
    expect(names('The Minister of Industries said so.')).toEqual([]);
    expect(names('He named Vice Minister of Public Order Jorge Salas.')).not.toContain('Order Jorge Salas');
  });

  it('finds the name after a field of one word no list has before a portfolio word, or a name word a list knows as a company', () => {
    expect(names('Minister for Sugar Industry Charan Jeath Singh said so.')).toEqual(['Charan Jeath Singh']);
    // "Biman" is an airline's short name too.
    expect(names('He met Minister for Finance Biman Prasad on Monday.')).toEqual(['Biman Prasad']);
    // Look-alike: a field of two words no list has is not taken as one.
    expect(names('Minister for Sugar Cane Industry Charan Singh said so.')).not.toContain('Charan Singh');
  });

  it("leaves a ministry's name whole, and names after a plain 'for'", () => {
    // Look-alikes: a body's name holds its fields; a person's "for" is no portfolio.
    expect(names('The Ministry of Environment, Urbanisation and Climate Change agreed.')).toEqual(['Ministry of Environment, Urbanisation and Climate Change']);
    expect(names('The minister voted for Penny Wong and Climate Action Network.')).toEqual(['Penny Wong', 'Climate Action Network']);
  });
});

describe('a roads portfolio', () => {
  it('is the title\'s, no place: "Roads and Urban Development Minister"', () => {
    expect(names('In Kestrelton, Roads and Urban Development Minister Amir Tavan spoke, as did Highways and Ports Minister Leda Ruiz.')).toEqual(['Kestrelton', 'Amir Tavan', 'Leda Ruiz']);
  });
});

describe("a country's adjective before a title's first field and its \"and\"", () => {
  it('opens the title, no name: "Turkish Transport and Infrastructure Minister"', () => {
    expect(names('In Kestrelton, Turkish Transport and Infrastructure Minister Amir Tavan spoke.')).toEqual(['Kestrelton', 'Amir Tavan']);
    // Look-alike: a company before "and" and a title stays a name.
    expect(names('Talks between Turkish Airlines and Finance Minister Leda Ruiz went on.')).toContain('Turkish Airlines');
  });
});
