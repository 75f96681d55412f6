import { describe, expect, it } from 'vitest';
import { checkRegexSafety } from '../../src/detection/regex-safety';

describe('checkRegexSafety', () => {
  it.each([
    '^/widget/',
    '^/widget/[a-z0-9]+$',
    '\\.js$',
    '^/(?:v1|v2)/loader',
    '^/static/js/main\\.[0-9a-f]{8}\\.js',
    '^/[a-z]+/[0-9]+',
    '^/embed(?:/|$)',
    'chat\\{x\\}',
    '^/a?b+c',
  ])('accepts %s', (source) => {
    expect(checkRegexSafety(source)).toBeNull();
  });

  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['^/(\\w*)*x', 'nested quantifiers'],
    ['((ab)*c)+', 'nested quantifiers'],
    ['(a|b+){2,}', 'nested quantifiers'],
    ['^.*.*=', 'adjacent unbounded quantifiers'],
    ['\\w+\\w*x', 'adjacent unbounded quantifiers'],
    ['[a-z]+[0-9]*', 'adjacent unbounded quantifiers'],
    ['(a)\\1', 'back-references are not allowed'],
  ])('rejects %s (%s)', (source, reason) => {
    expect(checkRegexSafety(source)).toBe(reason);
  });
});
