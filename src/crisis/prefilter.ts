/**
 * A quick test that lets the matcher skip most cues on everyday text. For each compiled cue it
 * works out a few plain strings of which any match must contain at least one ("want", "wanna",
 * "kill m"…); a cue whose strings are all absent from the text cannot match and is not run.
 *
 * It reads only the small part of the regular-expression syntax the lexicons use: literal
 * characters, `\xHH` and `\.` escapes, `[...]` classes, `(?:...)` groups, alternation,
 * lookarounds, and the `?`, `*`, `+`, `{m,n}` quantifiers. Anything it does not follow gives "no
 * requirement" (the cue always runs), so it can make the matcher faster but never make it miss:
 * test/crisis/prefilter.test.ts checks that on every corpus phrase.
 */

/** Strings of which a match must contain one; `null` when nothing is known (always run). */
export type Requirement = string[] | null;

type Node =
  | { t: 'char'; c: string }
  | { t: 'other' } // a class, an assertion: consumes something unknown, or nothing
  | { t: 'group'; alts: Node[][]; look: boolean }
  | { t: 'repeat'; node: Node; min: number };

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  alternation(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      seq.push(this.quantified(this.atom()));
    }
    return seq;
  }

  atom(): Node {
    const c = this.s[this.i]!;
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.s.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.s.slice(this.i, this.i + 3))) {
        look = true;
        this.i += this.s[this.i + 1] === '<' ? 3 : 2;
      } else if (this.s[this.i] === '?') throw new Error(`unsupported group at ${this.i}`);
      const alts = this.alternation();
      if (this.s[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
      this.i++;
      return { t: 'group', alts, look };
    }
    if (c === '[') {
      const end = this.s.indexOf(']', this.i + 2);
      if (end < 0) throw new Error('unclosed class');
      this.i = end + 1;
      return { t: 'other' };
    }
    if (c === '\\') {
      const next = this.s[this.i + 1];
      if (next === 'x') {
        const ch = String.fromCharCode(parseInt(this.s.slice(this.i + 2, this.i + 4), 16));
        this.i += 4;
        return { t: 'char', c: ch };
      }
      this.i += 2;
      if (next && /[.\\/()[\]{}|?*+^$-]/.test(next)) return { t: 'char', c: next };
      return { t: 'other' };
    }
    this.i++;
    if (c === '^' || c === '$' || c === '.') return { t: 'other' };
    return { t: 'char', c };
  }

  quantified(node: Node): Node {
    const c = this.s[this.i];
    let min: number | null = null;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return node;
      this.i += m[0].length - 1;
      min = Number(m[1]);
    }
    if (min === null) return node;
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy
    return { t: 'repeat', node, min };
  }
}

/** How good a requirement is: longer strings and fewer of them reject more text. */
function score(req: string[]): number {
  return Math.min(...req.map((s) => s.length)) - req.length / 100;
}

function best(candidates: string[][]): Requirement {
  let top: string[] | null = null;
  for (const c of candidates) if (c.length > 0 && (!top || score(c) > score(top))) top = c;
  return top;
}

function ofSequence(seq: Node[]): Requirement {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.trim().length > 0) candidates.push([run]);
    run = '';
  };
  for (const node of seq) {
    if (node.t === 'char') {
      run += node.c;
      continue;
    }
    flush();
    const req = ofNode(node);
    if (req) candidates.push(req);
  }
  flush();
  return best(candidates);
}

function ofNode(node: Node): Requirement {
  switch (node.t) {
    case 'char':
      return node.c.trim() ? [node.c] : null;
    case 'other':
      return null;
    case 'repeat':
      return node.min >= 1 ? ofNode(node.node) : null;
    case 'group': {
      if (node.look) return null;
      const out = new Set<string>();
      for (const alt of node.alts) {
        const req = ofSequence(alt);
        if (!req) return null;
        for (const s of req) out.add(s);
      }
      return [...out];
    }
  }
}

/** The strings one of which every match of `source` contains, or null if none could be found. */
export function requiredStrings(source: string): Requirement {
  try {
    const p = new Parser(source);
    const alts = p.alternation();
    if (p.i !== source.length) return null;
    return ofNode({ t: 'group', alts, look: false });
  } catch {
    return null;
  }
}
