/**
 * Names of things that are neither places, organisations nor people (from general knowledge):
 * climate patterns and widely named software products. A person's or a body's reading is the
 * usual wrong guess for them ("El Niño" looks like a man's name, "ChatGPT" like a company's).
 */
export const KNOWN_OTHER_NAMES: { name: string; aliases: string[] }[] = [
  // Climate patterns
  { name: 'El Niño', aliases: ['El Nino'] },
  { name: 'La Niña', aliases: ['La Nina'] },
  // AI chatbots and assistants, named as products
  { name: 'ChatGPT', aliases: [] },
];
