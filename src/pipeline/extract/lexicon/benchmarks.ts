/**
 * Market indices and price benchmarks: named in business news, often by one word with only a
 * lower-case noun around them ("the Nikkei share average"), and neither places nor organisations.
 */
export const KNOWN_BENCHMARKS: { name: string; aliases: string[] }[] = [
  { name: 'Nikkei', aliases: ['Nikkei 225'] },
  { name: 'Dow Jones Industrial Average', aliases: ['Dow Jones', 'Dow'] },
  { name: 'S&P 500', aliases: [] },
  { name: 'Nasdaq Composite', aliases: [] },
  { name: 'FTSE 100', aliases: ['FTSE'] },
  { name: 'DAX', aliases: [] },
  { name: 'CAC 40', aliases: [] },
  { name: 'Hang Seng', aliases: [] },
  { name: 'Kospi', aliases: ['KOSPI'] },
  { name: 'Sensex', aliases: ['BSE Sensex', 'S&P BSE Sensex'] },
  { name: 'Nifty 50', aliases: ['Nifty', 'NSE Nifty'] },
  { name: 'Bovespa', aliases: [] },
  { name: 'Merval', aliases: [] },
  { name: 'Brent', aliases: ['Brent crude'] },
  { name: 'West Texas Intermediate', aliases: ['WTI'] },
];
