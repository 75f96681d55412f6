/**
 * A conservative static check for regular expressions that can backtrack catastrophically.
 * Rule paths are short; rather than try to prove a pattern safe, we reject the shapes that
 * cause exponential or polynomial blow-up:
 *   - a quantified group that itself contains a quantifier: (a+)+, (\w*)*, (a|b+){2,}
 *   - back-references (\1), which defeat any bound
 *   - two unbounded quantifiers on neighbouring atoms: .*.*, \w+\w*, [a-z]+[0-9]*
 * Inputs are also bounded in length before matching (see compile.ts), so what passes here
 * stays cheap. Returns null when the source is acceptable, or a short reason.
 */
export function checkRegexSafety(source: string): string | null {
  if (/\\[1-9]/.test(source)) return 'back-references are not allowed';

  // For each open group: does it contain a quantifier? And, per nesting level, was the
  // previous atom unboundedly quantified?
  const groupHasQuantifier: boolean[] = [];
  const previousAtomUnbounded: boolean[] = [false];
  let atomBeforeWasUnbounded = false;

  const startAtom = () => {
    const level = previousAtomUnbounded.length - 1;
    atomBeforeWasUnbounded = previousAtomUnbounded[level] ?? false;
    previousAtomUnbounded[level] = false;
  };

  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      startAtom();
      i++;
      continue;
    }
    if (c === '[') {
      startAtom();
      i++;
      while (i < source.length && source[i] !== ']') {
        if (source[i] === '\\') i++;
        i++;
      }
      continue;
    }
    if (c === '(') {
      startAtom();
      groupHasQuantifier.push(false);
      previousAtomUnbounded.push(false);
      // Skip group modifiers such as ?: ?= ?! ?<name>
      if (source[i + 1] === '?') {
        i++;
        if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') {
          const close = source.indexOf('>', i);
          if (close > i) i = close;
        } else {
          i++;
        }
      }
      continue;
    }
    if (c === ')') {
      const inner = groupHasQuantifier.pop() ?? false;
      previousAtomUnbounded.pop();
      if (previousAtomUnbounded.length === 0) previousAtomUnbounded.push(false);
      // The group is the atom that a following quantifier applies to.
      const level = previousAtomUnbounded.length - 1;
      atomBeforeWasUnbounded = previousAtomUnbounded[level] ?? false;
      previousAtomUnbounded[level] = false;
      const next = source.slice(i + 1);
      if (inner && /^(\*|\+|\{\d+,\d*\})/.test(next)) return 'nested quantifiers';
      if (inner && groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
      continue;
    }
    if (c === '|') {
      previousAtomUnbounded[previousAtomUnbounded.length - 1] = false;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      let unbounded = c === '*' || c === '+';
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!m) {
          startAtom(); // a literal "{"
          continue;
        }
        unbounded = m[2] !== undefined && m[3] === '';
        i += m[0].length - 1;
      }
      if (groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
      if (unbounded) {
        if (atomBeforeWasUnbounded) return 'adjacent unbounded quantifiers';
        previousAtomUnbounded[previousAtomUnbounded.length - 1] = true;
      }
      if (source[i + 1] === '?') i++; // lazy marker belongs to the quantifier
      continue;
    }
    if (c === '^' || c === '$') {
      previousAtomUnbounded[previousAtomUnbounded.length - 1] = false;
      continue;
    }
    startAtom();
  }
  return null;
}
