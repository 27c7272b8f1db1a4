import type { EntityType } from '../../core/dataset/schema';

/** One naming of a would-be entity in one article, as the extraction rules saw it. */
export interface Observation {
  /** As printed ("Nicolas Maduro", "Maduro", "U.S."). */
  text: string;
  /** Canonical name when a lexicon knows it ("United States" for "U.S."). */
  knownName?: string;
  /** Extra known forms the lexicon lists ("USA", "United States of America"). */
  knownAliases?: string[];
  type: EntityType;
  /** How sure the type is (0 a default guess … 5 a lexicon entry). */
  strength: number;
  articleId: string;
  role?: string;
  /** Acronym given in parentheses after the name ("TIAR"). */
  acronym?: string;
  /**
   * Other forms the article gives for the same thing, to be clustered with it: "the Houthis, who
   * call their movement Ansar Allah"; "Houthis" beside a "Houthi delegation".
   */
  sameAs?: string[];
  /**
   * The head word of the body this name is another name for: "The commission, known by its
   * initials KPU" gives "Commission", linked to the article's one body ending in that word.
   */
  headOf?: string;
  /**
   * Introduced as the parent or sister of a company just named ("its parent, the Emirates Group"):
   * another company, so no short form links to it by a shared word (articleLinks).
   */
  relative?: true;
  /** Tells same-spelled places apart ("us-state" for Georgia the state). */
  qualifier?: string;
}
