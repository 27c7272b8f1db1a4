/**
 * Names of things that are neither places, organisations nor people (from general knowledge):
 * climate patterns, widely named software products and devices, and crypto tokens. A person's or a body's reading is the
 * usual wrong guess for them ("El Niño" looks like a man's name, "ChatGPT" like a company's).
 */
export const KNOWN_OTHER_NAMES: { name: string; aliases: string[] }[] = [
  // Climate patterns
  { name: 'El Niño', aliases: ['El Nino'] },
  { name: 'La Niña', aliases: ['La Nina'] },
  // AI chatbots and assistants, named as products
  { name: 'ChatGPT', aliases: [] },
  { name: 'Gemini', aliases: ['Google Gemini'] },
  { name: 'Copilot', aliases: ['Microsoft Copilot'] },
  { name: 'Siri', aliases: [] },
  { name: 'Apple Intelligence', aliases: [] },
  { name: 'Meta AI', aliases: [] },
  // Devices, systems and services named daily in tech news, none of them a company's own name.
  // Not "Windows" (a plural noun opening a sentence) nor platforms, which platforms.ts holds as
  // bodies ("Instagram", "WhatsApp", "Starlink") as the company lists hold "TikTok" and "YouTube".
  { name: 'iPhone', aliases: [] },
  { name: 'iPad', aliases: [] },
  { name: 'MacBook', aliases: [] },
  { name: 'iOS', aliases: [] },
  { name: 'Android', aliases: [] },
  { name: 'App Store', aliases: [] },
  { name: 'Google Play', aliases: ['Play Store', 'Google Play Store'] },
  { name: 'Chrome', aliases: ['Google Chrome'] },
  { name: 'Gmail', aliases: [] },
  { name: 'Google Maps', aliases: [] },
  { name: 'Google Search', aliases: [] },
  { name: 'Google Docs', aliases: [] },
  { name: 'Google Drive', aliases: [] },
  { name: 'Google Workspace', aliases: [] },
  { name: 'AI Overviews', aliases: [] },
  { name: 'AI Mode', aliases: [] },
  { name: 'Vertex AI', aliases: [] },
  { name: 'Microsoft Office', aliases: [] },
  { name: 'Microsoft Teams', aliases: [] },
  { name: 'Azure', aliases: ['Microsoft Azure'] },
  { name: 'PlayStation', aliases: [] },
  { name: 'Xbox', aliases: [] },
  { name: 'Kindle', aliases: [] },
  // Diseases with a proper name (the lists type them "other"); not those named as their place is.
  { name: 'Ebola', aliases: ['Ebola virus disease'] },
  // Crypto assets and stablecoins, named as tokens (their issuers are companies: Circle, Tether).
  { name: 'Bitcoin', aliases: [] },
  { name: 'Ethereum', aliases: ['Ether'] },
  { name: 'USDC', aliases: [] },
  { name: 'USDT', aliases: [] },
  { name: 'EURC', aliases: [] },
];
