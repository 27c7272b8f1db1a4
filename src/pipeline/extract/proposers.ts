/** A name the matcher found in a sentence. */
export interface NamedSpan {
  /** UTF-16 offsets into the sentence. */
  start: number;
  end: number;
  /** Which entity it names. */
  target: number;
  /** An initiative or event: something proposed, never a proposer. */
  initiative: boolean;
}

/** "X proposed by A and B": the initiative's target and its proposers' targets, in sentence order. */
export interface Proposal {
  initiative: number;
  proposers: number[];
}

// Names become placeholders ("\uE000 3 \uE001" for the fourth span), so the patterns below
// see only resolved entities: a proposer the matcher does not know never matches.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const NAME = `${OPEN}(\\d+)${CLOSE}`;
const ANY_NAME = `${OPEN}\\d+${CLOSE}`;
/** "the Caribbean Community (CARICOM)": an article, a name and its acronym in brackets. */
const ITEM = `(?:the\\s+)?${ANY_NAME}(?:\\s*\\(${ANY_NAME}\\))?`;
const LIST = `${ITEM}(?:\\s*,\\s*(?:and\\s+)?${ITEM}|\\s+and\\s+${ITEM})*`;
const VERB = '(?:proposed|launched|put\\s+forward|presented|unveiled|initiated|sponsored)';
const NOT_NEGATION = '(?!(?:not|never|no)\\b)';
const LOWER_WORD = `${NOT_NEGATION}\\p{Ll}[\\p{Ll}-]*`;
const PLAIN_WORD = `(?!by\\b)${NOT_NEGATION}[^\\s${OPEN}${CLOSE},.;:!?"“”()]+`;
const ADVERBS = '(?:\\s+(?:first|originally|previously|jointly|initially|already|also|recently|formally|had|has|have))*';
/** "on Wednesday", "last year", "in Montevideo" between the proposers and the verb. */
const WHEN = `(?:\\s+(?:on|in|last|this)\\s+(?:[\\p{L}\\d]+|${ANY_NAME}))?`;
/** A proposer list must not follow these: "a plan backed by Russia launched X" is not Russia's. */
const NOT_AFTER = '(?<!\\b(?:by|to|with|against|than|from)\\s(?:the\\s)?)';

interface Pattern {
  regex: RegExp;
  /** Capture groups holding the initiative's name and the proposer list. */
  initiative: number;
  proposers: number;
  /** The list ends the pattern: check that the name does not run on ("Mexico's president"). */
  listLast: boolean;
}

const PATTERNS: Pattern[] = [
  // "the X dialogues proposed previously by A and B", "X, which was put forward by A"
  {
    regex: new RegExp(`${NAME}(?:\\s*,)?(?:\\s+${LOWER_WORD}){0,3}\\s+${VERB}(?:\\s+${PLAIN_WORD}){0,3}\\s+by\\s+(${LIST})`, 'gu'),
    initiative: 1,
    proposers: 2,
    listLast: true,
  },
  // "A and B (first) proposed the X", "A launched a new X"
  {
    regex: new RegExp(`${NOT_AFTER}(${LIST})${WHEN}${ADVERBS}\\s+${VERB}\\s+(?:(?:the|a|an|their|its|his|her)\\s+)?(?:${LOWER_WORD}\\s+)?${NAME}`, 'gu'),
    initiative: 2,
    proposers: 1,
    listLast: false,
  },
  // "X, an initiative of A and B", "X, a joint proposal by A"
  {
    regex: new RegExp(`${NAME}\\s*,\\s*(?:an?|the)\\s+(?:${LOWER_WORD}\\s+)?(?:initiative|proposal|plan|brainchild)\\s+(?:of|by|from)\\s+(${LIST})`, 'gu'),
    initiative: 1,
    proposers: 2,
    listLast: true,
  },
  // "the A-backed X"
  {
    regex: new RegExp(`(${ANY_NAME})-(?:backed|sponsored|proposed)\\s+(?:${LOWER_WORD}\\s+)?${NAME}`, 'gu'),
    initiative: 2,
    proposers: 1,
    listLast: false,
  },
];

/** A name that runs on past the list: a possessive or a further capitalised word. */
const RUNS_ON = /^(?:['’]s\b|\s+\p{Lu})/u;

function placeholders(sentence: string, spans: NamedSpan[]): string {
  let text = '';
  let at = 0;
  spans.forEach((span, i) => {
    text += `${sentence.slice(at, span.start).replace(/[\uE000\uE001]/g, ' ')}${OPEN}${i}${CLOSE}`;
    at = span.end;
  });
  return text + sentence.slice(at).replace(/[\uE000\uE001]/g, ' ');
}

const indices = (list: string) => [...list.matchAll(new RegExp(NAME, 'g'))].map((m) => Number(m[1]));

/**
 * Who proposed, launched or backed an initiative named in the sentence, when the sentence says
 * so with a named, known proposer. Spans must not overlap.
 */
export function findProposals(sentence: string, spans: NamedSpan[]): Proposal[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const text = placeholders(sentence, sorted);
  const found = new Map<number, number[]>();
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const list = match[pattern.proposers]!;
      if (pattern.listLast && RUNS_ON.test(text.slice(match.index + match[0].length))) continue;
      const initiative = sorted[Number(match[pattern.initiative])]!;
      if (!initiative.initiative) continue;
      const proposers = indices(list)
        .map((i) => sorted[i]!)
        .filter((s) => !s.initiative && s.target !== initiative.target)
        .map((s) => s.target);
      const known = found.get(initiative.target) ?? [];
      found.set(initiative.target, [...new Set([...known, ...proposers])]);
    }
  }
  return [...found].filter(([, proposers]) => proposers.length > 0).map(([initiative, proposers]) => ({ initiative, proposers }));
}
