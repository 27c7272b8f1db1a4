import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';
import { isCompanyService } from './service-names';

describe('a company\'s services', () => {
  it('types a known company with a service\'s word after it as the other type', () => {
    expect(typeOf('Sellers paid more to appear on Naver Shopping, the regulator said.', 'Naver Shopping')).toBe('other');
    expect(typeOf('Buyers used Naver Pay and Apple Pay at checkout.', 'Naver Pay')).toBe('other');
    expect(isCompanyService(['Naver', 'Plus', 'Store'])).toBe(true);
  });

  it('leaves the company, an unknown first word and other company units alone', () => {
    expect(isCompanyService(['Naver'])).toBe(false);
    expect(isCompanyService(['Kenya', 'Pay'])).toBe(false);
    expect(isCompanyService(['Kakao', 'Mobility'])).toBe(false);
  });
});
