import { foldChar, isCombiningMark, isWordChar } from '../text/fold';
import { caseMatches, caseRuleFor, type CaseRule } from './case-rule';

/** What an alias points to: an index into the caller's entity list, or BLOCKED for look-alikes. */
export const BLOCKED = -1;

export interface AliasEntry {
  text: string;
  target: number;
}

export interface AliasMatch {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  target: number;
  alias: string;
}

interface Terminal {
  alias: string;
  rule: CaseRule;
  target: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: Terminal[] | null;
}

const newNode = (): TrieNode => ({ next: new Map(), terminals: null });

/**
 * Finds aliases in text as whole words, leftmost-longest, accent-insensitive, with per-alias case
 * rules. Blocking phrases ("New Mexico") are ordinary entries whose match is swallowed, so the
 * longest-match rule alone keeps their shorter alias ("Mexico") from counting.
 */
export class AliasMatcher {
  private readonly root = newNode();

  constructor(entries: Iterable<AliasEntry>) {
    for (const entry of entries) this.add(entry);
  }

  private add({ text, target }: AliasEntry): void {
    let node = this.root;
    let previous = '';
    for (const ch of text.trim()) {
      const folded = foldChar(ch);
      if (folded === '' || (folded === ' ' && previous === ' ')) continue;
      let child = node.next.get(folded);
      if (!child) node.next.set(folded, (child = newNode()));
      node = child;
      previous = folded;
    }
    if (node === this.root) return;
    const terminal = { alias: text.trim(), rule: caseRuleFor(text), target };
    // Blockers go first so that a phrase both blocked and aliased stays blocked.
    if (!node.terminals) node.terminals = [terminal];
    else if (target === BLOCKED) node.terminals.unshift(terminal);
    else node.terminals.push(terminal);
  }

  scan(text: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isWordChar(text[i]) || isWordChar(text[i - 1]) || isCombiningMark(text[i - 1])) continue;
      const found = this.longestAt(text, i);
      if (!found) continue;
      if (found.target !== BLOCKED) matches.push(found);
      i = found.end - 1;
    }
    return matches;
  }

  private longestAt(text: string, start: number): AliasMatch | null {
    let node = this.root;
    let best: AliasMatch | null = null;
    let previous = '';
    for (let j = start; j < text.length; j++) {
      const folded = foldChar(text[j]!);
      if (folded === '' || (folded === ' ' && previous === ' ')) continue;
      const child = node.next.get(folded);
      if (!child) break;
      node = child;
      previous = folded;
      const after = text[j + 1];
      if (node.terminals && !isWordChar(after) && !isCombiningMark(after)) {
        const written = text.slice(start, j + 1);
        const terminal = node.terminals.find((t) => caseMatches(t.alias, t.rule, written));
        if (terminal) best = { start, end: j + 1, target: terminal.target, alias: terminal.alias };
      }
    }
    return best;
  }
}
