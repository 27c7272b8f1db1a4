import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

describe("a plural's possessive inside a body's name", () => {
  it('keeps a union or association named after its members whole', () => {
    expect(names("Hege Lunde, deputy leader of the Norwegian Seafarers' Union, said cuts hurt.")).toEqual(['Hege Lunde', "Norwegian Seafarers' Union"]);
    expect(names("The Kenya Nurses' Association called a strike.")).toContain("Kenya Nurses' Association");
    // A fund named for its holders too.
    expect(names("They sold units in the Kestrel Shareholders' Fund.")).toEqual(["Kestrel Shareholders' Fund"]);
  });

  it("ends the name at a plural's possessive before any other word", () => {
    expect(names("The Democrats' Senate majority held, Anna Vik said.")).toEqual(['Democrats', 'Senate', 'Anna Vik']);
    expect(names("The Vikings' Union Street office closed.")).toContain('Vikings');
  });
});
