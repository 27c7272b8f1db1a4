import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

describe('a committee named by the fields it oversees', () => {
  it('goes on past the commas and "and" of its fields to "Committee", and ends there', () => {
    expect(names("The Welsh Senedd's Housing, Local Government and Heritage Committee will meet.")).toContain('Housing, Local Government and Heritage Committee');
    expect(names('The Tourism, Sport and Youth Committee of the Kestrel Assembly said so.')).toEqual(['Tourism, Sport and Youth Committee', 'Kestrel Assembly']);
    // Look-alike: a list of places or firms before a committee is a list, not one name.
    expect(names('Health, Education and Zorvath Bank Committee staff met.')).not.toContain('Health, Education and Zorvath Bank Committee');
  });
});

describe('a body, a law or a prize named "for", "on" or "of" two causes', () => {
  it('joins "and" after a body "on" its fields', () => {
    expect(names('The Hutchins Center on Fiscal and Monetary Policy said so.')).toContain('Hutchins Center on Fiscal and Monetary Policy');
    expect(names('He sits on the Committee on National Security and Defence.')).toContain('Committee on National Security and Defence');
    // Look-alike: a known name after "and" stays apart.
    expect(names('The Committee on Foreign Affairs and Amnesty International met.')).not.toContain('Committee on Foreign Affairs and Amnesty');
  });

  it('takes up to three words on either side of "and", and a "the" after the small word', () => {
    expect(names('The Center for Volcanology and Geological Hazard Mitigation raised the alert.')).toContain('Center for Volcanology and Geological Hazard Mitigation');
    expect(names('The National Institute for Disaster Risk Management and Reduction said so.')).toContain('National Institute for Disaster Risk Management and Reduction');
    expect(names('The Agency for the Development and Promotion of Kestrel Falls met.')).toContain('Agency for the Development and Promotion of Kestrel Falls');
    // Look-alikes: a known name after "and" is another body, however the words before it run.
    expect(names('The Canada Council for the Arts and Arts Nova Scotia gave grants.')).toEqual(expect.arrayContaining(['Canada Council for the Arts', 'Arts Nova Scotia']));
    // A head named for a field first, then "on" two causes.
    expect(names('The Centre for Research on Energy and Clean Air (CREA) said so.')).toContain('Centre for Research on Energy and Clean Air');
    // A law "on the" prevention "of" two things.
    expect(names('It was fined under the Law on the Prevention of Money Laundering and Terrorist Financing.')).toEqual(['Law on the Prevention of Money Laundering and Terrorist Financing']);
    // A head "for" research "in" two fields.
    expect(names('It was led by the Centre for Research in Marine Sciences and Limnology (CIMAR).')).toContain('Centre for Research in Marine Sciences and Limnology');
    expect(names('The Australian Centre for Excellence in Antarctic Science said so.')).toContain('Australian Centre for Excellence in Antarctic Science');
    // Look-alike: research "in" a place, no body before it.
    expect(names('Funding for Research in Kenya rose.')).not.toContain('Research in Kenya');
    expect(names('The Kestrel Centre for Research in Washington said so.')).toContain('Kestrel Centre for Research');
    // Three words after "and" are common words only.
    expect(names('The Centre for Ocean Studies and Zorvath Kestrel Labs met.')).not.toContain('Centre for Ocean Studies and Zorvath Kestrel Labs');
  });

  it('joins "or" between two causes', () => {
    expect(names('Germany signed the European Charter for Regional or Minority Languages.')).toContain('European Charter for Regional or Minority Languages');
    // Look-alike: "or" between two names each whole.
    expect(names('Ask the Bank of England or Barclays.')).not.toContain('Bank of England or Barclays');
  });

  it('takes a body\'s word or initials as the first cause, and a field\'s body word ("Technologies") as the last', () => {
    expect(names('She chairs the Committee on Administration and Internal Security.')).toContain('Committee on Administration and Internal Security');
    expect(names('He chairs the Portfolio Committee on Communications and Digital Technologies.')).toContain('Portfolio Committee on Communications and Digital Technologies');
    expect(names('Staff at the Center for AI Standards and Innovation left.')).toContain('Center for AI Standards and Innovation');
    // Look-alike: a public body's word after "and" opens a second body.
    expect(names('The Committee on Defence and National Police met.')).not.toContain('Committee on Defence and National Police');
  });

  it('joins "and" after a body "of" two fields, but not "of" a place or a person', () => {
    expect(names('The American Society of Tropical Medicine and Hygiene met.')).toContain('American Society of Tropical Medicine and Hygiene');
    expect(names('The Committee of Emergency Situations and Civil Defence said so.')).toContain('Committee of Emergency Situations and Civil Defence');
    // Look-alikes: a place, and a person, after "of" or "and".
    expect(names('The University of Nevada and Toledo Labs met.')).not.toContain('University of Nevada and Toledo Labs');
    expect(names('The Society of Engineers and Whitney Vale met.')).not.toContain('Society of Engineers and Whitney Vale');
  });
});

describe('a body "of" a list of fields', () => {
  it('takes fields of two words, "the" before a field, and "of the" before the first', () => {
    expect(names('The Ministry of Public Health, Hygiene and Social Welfare said so.')).toContain('Ministry of Public Health, Hygiene and Social Welfare');
    expect(names('The Ministry of Lands, Public Works, Housing and Urban Development said so.')).toContain('Ministry of Lands, Public Works, Housing and Urban Development');
    expect(names('The Department of Climate Change, Energy, the Environment and Water said so.')).toContain('Department of Climate Change, Energy, the Environment and Water');
    expect(names('The Ontario Ministry of the Environment, Conservation and Parks said so.')).toContain('Ontario Ministry of the Environment, Conservation and Parks');
    // A commission's "on" takes a list as well.
    expect(names("Kestrel's National Commission on Research, Science and Technology said so.")).toContain('National Commission on Research, Science and Technology');
  });

  it('leaves a list of bodies apart', () => {
    // Look-alikes: a known name of two words, and initials, among the list.
    expect(names('The Ministry of Finance, Bank Indonesia and Kestrel Works met.')).not.toContain('Ministry of Finance, Bank Indonesia and Kestrel Works');
    expect(names('The Ministry of Public Health, Kestrel Vale and WHO met.')).not.toContain('Ministry of Public Health, Kestrel Vale and WHO');
  });
});

describe('a ministry of two portfolios', () => {
  it('keeps a portfolio a lexicon knows as a party\'s name ("Labour") as its second field', () => {
    expect(names('The Ministry of Social Security and Labour said it would publish a review.')).toEqual(['Ministry of Social Security and Labour']);
    // Look-alike: the party's whole name after "and" is the party.
    expect(names('The Ministry of Agriculture and Labour Party officials met.')).toEqual(['Ministry of Agriculture', 'Labour Party']);
  });
});

describe('a body of fields that opens with a party\'s word', () => {
  it('takes "Labour" as a field in a list or before "and"', () => {
    expect(names('It was signed at the Ministry of Labour, Employment and Social Security in Kathmandu.')).toEqual(['Ministry of Labour, Employment and Social Security', 'Kathmandu']);
    expect(names('According to the union, the Labour and Social Security Inspectorate has few inspectors.')).toEqual(['Labour and Social Security Inspectorate']);
    // Look-alike: before another party's name, "Labour" is the party.
    expect(names('Labour and Green Party members voted.')).toEqual(['Labour', 'Green Party']);
  });
});
