import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';
import { isShipName } from './works';

describe('prizes, ships and made things', () => {
  it('types a name before "for best" as a prize, even one ending in "Cup"', () => {
    expect(typeOf('The Silver Bear for best director went to Ana Ruiz.', 'Silver Bear')).toBe('other');
    expect(typeOf('She took the Coppa Verde for best actress.', 'Coppa Verde')).toBe('other');
    // Look-alike: a cup with no "for best" after it stays a tournament.
    expect(typeOf('Fans gathered for the Coppa Verde final.', 'Coppa Verde')).not.toBe('other');
  });

  it('types a ship by its prefix', () => {
    expect(isShipName(['FPSO', 'Kofi', 'Mensah'])).toBe(true);
    expect(isShipName(['MV', 'Dali'])).toBe(true);
    // A navy's own prefix: Trinidad and Tobago's coast guard, Argentina's navy.
    expect(typeOf('The coast guard commissioned the TTS Gasparee at Staubles Bay.', 'TTS Gasparee')).toBe('other');
    expect(isShipName(['ARA', 'San', 'Juan'])).toBe(true);
    // Look-alike: a body whose initials are no ship's prefix.
    expect(isShipName(['NATO', 'Summit'])).toBe(false);
    expect(typeOf('Engineers boarded the FPSO Kofi Mensah on Monday.', 'FPSO Kofi Mensah')).toBe('other');
  });

  it('types what a plant builds or a product noun is called as a product', () => {
    expect(typeOf('The plant builds the Tarlo Cabriolet for export.', 'Tarlo Cabriolet')).toBe('other');
    expect(typeOf('The lander carries a spectrometer called ORBITA to the surface.', 'ORBITA')).toBe('other');
    // Look-alikes: "built by" names the builder; "a town called" names a town.
    expect(typeOf('The plant was built by Karlsen in 1950.', 'Karlsen')).not.toBe('other');
    expect(typeOf('They reached a town called Ormsby at dawn.', 'Ormsby')).not.toBe('other');
  });
});

describe('ships named by a coast guard\'s or a shipping line\'s prefix', () => {
  it('are ships', () => {
    expect(isShipName(['KNS', 'Jasiri'])).toBe(true);
    expect(isShipName(['SLCGS', 'Suraksha'])).toBe(true);
    expect(isShipName(['MSC', 'Erongo'])).toBe(true);
    // Look-alike: the line's own units.
    expect(isShipName(['MSC', 'Cruises'])).toBe(false);
  });
});
