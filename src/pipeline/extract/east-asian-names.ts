import { CHINESE_KOREAN_FAMILY_NAMES } from './lexicon/given-names';

/**
 * "Park Seon-hee", "Moon Jae-in": a Korean name prints the family name first and a given name of
 * two romanised syllables joined by a hyphen, the second in lower case. That given name is no
 * English word, so it vouches for the short word before it ("Park", "Moon", "Song") as a family
 * name, even where that word opens the sentence and reads as a common noun.
 */
const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,3}$/u;
const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
// English compounds of the same shape ("Follow-up", "Post-war", "Self-made") are no given names.
const ENGLISH_HALVES = /^(?:up|down|in|on|off|out|over|war|made|run|led|term|time|year|day|way|based|free|like|wide|side|style)$/u;

export function isFamilyFirstName(words: readonly string[]): boolean {
  if (words.length !== 2 || !FAMILY_NAME.test(words[0]!) || !SYLLABLE_GIVEN_NAME.test(words[1]!)) return false;
  return !ENGLISH_HALVES.test(words[1]!.split('-')[1]!);
}

/**
 * Family names printed first and used alone for the person ("Xi", "Li", "Ko", "Tan"): the list
 * that also says "person", and more spellings (Wade-Giles, Cantonese, Hokkien, Korean) that are
 * English words too, so are trusted only before a romanised given name ("Lee Hsien Loong", "Tan
 * Mei Ling", "Moon Jae-in"). Vietnamese names are left out: news calls "Pham Minh Chinh" "Chinh".
 */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  ...CHINESE_KOREAN_FAMILY_NAMES,
  ...`Sun He Fu Jia Du Pan Dai Xia Zhong Fan Fang Shi Liao Zou Xiong Jin Hao Kong Bai Cui Mao Qiu Gu Shao
  Meng Long Wan Duan Qian Yin Yi Wen Mo Hsu Hsieh Chang Chiang Chou Chu Kuo Hung Chan Wong Leung Cheung Lau
  Tsang Chow Ho Lam Yeung Tse Lo Kwok Ng Goh Teo Ong Chua Koh Low Yeo Seah Toh Foo Chew Chong Tay Quek Sim Aw Dy
  Poh Tan Lee Seo Yoo Hong Moon Bae Baek Heo Nam Roh Kwak Cha Joo Ryu Oh`
    .split(/\s+/)
    .filter(Boolean),
]);

/**
 * A romanised given name of one or two syllables ("Qiang", "Jinping", "Hsien", "Loong", "Jong",
 * "Un"): consonants, vowels, and at most a nasal or stop after them, per syllable. English
 * surnames of that length rarely fit ("Wood", "Child", "Jones", "Kardashian" do not).
 */
const SYLLABLE = '(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?)';
const ROMANISED_GIVEN_NAME = new RegExp(`^${SYLLABLE}{1,2}$`);

const isRomanisedGivenName = (word: string) => /^\p{Lu}/u.test(word) && ROMANISED_GIVEN_NAME.test(word.toLowerCase());

/**
 * Whether a person's name prints the family name first: the Korean shape above, or a frequent
 * family name followed by one or two romanised given-name words ("Xi Jinping", "Li Qiang",
 * "Tan Mei Ling", "Kim Jong Un"). Then the first word is the one that names them alone.
 */
export function isFamilyNameFirst(words: readonly string[]): boolean {
  if (isFamilyFirstName(words)) return true;
  if (words.length < 2 || words.length > 3 || !EAST_ASIAN_FAMILY_NAMES.has(words[0]!)) return false;
  return words.slice(1).every((w) => isRomanisedGivenName(w) || SYLLABLE_GIVEN_NAME.test(w));
}

/**
 * Common Japanese family names (general knowledge), not those that are also companies' or places'
 * names on their own ("Toyota", "Honda", "Kawasaki", "Yamaha"). News prints Japanese names in
 * either order ("Yoshida Hiroshi", "Hiroshi Yoshida").
 */
const JAPANESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  `Sato Satō Suzuki Takahashi Tanaka Watanabe Ito Itō Yamamoto Nakamura Kobayashi Kato Katō Yoshida Yamada Sasaki
  Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda
  Fujita Ogawa Goto Gotō Okada Hasegawa Murakami Kondo Kondō Ishii Saito Saitō Sakamoto Endo Endō Aoki Fujii
  Nishimura Fukuda Miura Fujiwara Okamoto Matsuda Nakagawa Harada Tamura Takeuchi Kaneko Wada Nakayama Ishida
  Ueda Morita Shibata Sakai Kudo Kudō Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Andō Taniguchi Maruyama Imai
  Takada Fujimoto Takeda Murata Sugiyama Masuda Sugawara Hirano Otsuka Ōtsuka Kubo Matsui Iwasaki Sakurai
  Kinoshita Noguchi Matsuo Kikuchi Sano Onishi Ōnishi Sugimoto Arai Kitagawa Kawase Kishida Ishiba Takaichi
  Koizumi Motegi Kono Kōno Hosokawa Kurosawa Miyazawa Nakasone Hatoyama Fukuyama Kawaguchi Nishida Oda Uemura`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Yoshida Hiroshi", "Fumio Kishida": a name of two words, one of them a common Japanese family name. */
export function isJapaneseName(words: readonly string[]): boolean {
  return words.length === 2 && words.some((w) => JAPANESE_FAMILY_NAMES.has(w)) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/** The most common Vietnamese family names, printed without their diacritics as wires do. */
const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  'Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Trinh Luong Doan'.split(' '),
);

const ONE_SYLLABLE = new RegExp(`^${SYLLABLE}$`);

/**
 * "Le Thi Thu Thuy", "Nguyen Duc Minh": a Vietnamese family name, then two or three one-syllable
 * given and middle names. Not "Le Monde Diplomatique" (no one-syllable words after).
 */
export function isVietnameseName(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > 4 || !VIETNAMESE_FAMILY_NAMES.has(words[0]!)) return false;
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && ONE_SYLLABLE.test(w.toLowerCase()));
}

/**
 * "Ding Junhui", "Park Seon-hee": a family name from the main list (no English word such as
 * "Low" or "Long") before a romanised given name. Trusted even where the name opens a sentence.
 */
export function isPlainFamilyNameFirst(words: readonly string[]): boolean {
  return isFamilyFirstName(words) || (CHINESE_KOREAN_FAMILY_NAMES.has(words[0] ?? '') && isFamilyNameFirst(words));
}
