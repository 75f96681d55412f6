// Modules written at build time by scripts/lib/generated.ts from src/rules/*.json.
declare module 'candor:generated/content-index.json' {
  const index: import('../detection/compile').CompiledIndex;
  export default index;
}
declare module 'candor:generated/sentinel-index.json' {
  const index: import('../detection/compile').SentinelIndex;
  export default index;
}
declare module 'candor:generated/rules.json' {
  const rules: Array<import('../detection/rule').RuleFacts>;
  export default rules;
}
declare module 'candor:generated/meta.json' {
  const meta: { extensionVersion: string; rulesVersion: string; ruleCount: number };
  export default meta;
}

// CRXJS: importing a content script with ?script gives its output path, for executeScript.
declare module '*?script' {
  const path: string;
  export default path;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module 'candor:generated/context-lexicon.json' {
  const lexicon: import('../detection/context-terms').Lexicon;
  export default lexicon;
}
