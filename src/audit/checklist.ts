/**
 * A disclosure checklist for one audited page: for each law in our reference notes, what it
 * asks, what Candor looked at, and whether the disclosure was observed. Evidence, not legal
 * advice: Candor cannot tell whether a law applies to a site, and some duties (a reminder
 * every three hours, an answer when asked "are you an AI?") need a person to interact.
 * Pure; used by the extension's audit page and the command-line audit.
 */
import type { Category, Kind } from '../detection/rule';
import { reasonSentence, type DisclosureDetail } from '../detection/verdict';

export type CheckStatus = 'observed' | 'not-observed' | 'manual';

export interface ChecklistDetection {
  rule: string;
  name: string;
  kind: Kind;
  category: Category;
  disclosed: 'yes' | 'no' | 'unknown';
  disclosure: Array<{ text: string; where: string }>;
  /** what was read, where, and why (absent in records made before it existed) */
  disclosureDetail?: DisclosureDetail;
}

export interface CheckItem {
  law: string;
  citation: string;
  sources: string[];
  requirement: string;
  /** for which detected chat */
  rule: string;
  status: CheckStatus;
  /** what Candor looked at, and what it found there */
  lookedAt: string;
}

export const NOT_LEGAL_ADVICE =
  'This checklist records what Candor observed on the page. It is evidence, not legal advice: whether a law applies to this site, and whether it is met, is for a qualified person to decide.';

interface Law {
  law: string;
  citation: string;
  sources: string[];
  requirement: string;
  /** categories the law is written for; others get "needs a manual check" for applicability */
  appliesTo: Category[] | 'any-ai-chat';
  /** duties that Candor cannot observe from one page load */
  manualDuties: string[];
}

export const LAWS: Law[] = [
  {
    law: 'EU AI Act, Article 50(1)',
    citation: 'Regulation (EU) 2024/1689, Art. 50(1) (applies from 2 August 2026)',
    sources: [
      'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
      'https://raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/main/eu/regulatory/skills/ai-act-compliance-abk1969/references/08-transparency-art50.md',
    ],
    requirement: 'People are told they are interacting with an AI system, clearly, at the latest at the first interaction, unless it is obvious.',
    appliesTo: 'any-ai-chat',
    manualDuties: [],
  },
  {
    law: 'Utah Code 13-72a-203 (HB 452, mental-health chatbots)',
    citation: 'Utah Code Ann. § 13-72a-203',
    sources: ['https://lexace.ai/us/statute/utah/13-72a-203', 'https://self-law.org/code/ut/title-13/chapter-72a/13-72a-203'],
    requirement:
      'A mental-health chatbot discloses clearly that it is AI and not a human: before the user can use it, at the start of an interaction after 7 days without use, and whenever asked.',
    appliesTo: ['mental-health'],
    manualDuties: ['the disclosure after 7 days without use', 'the answer when the user asks whether AI is used (ask the chat)'],
  },
  {
    law: 'California SB 243 (companion chatbots)',
    citation: 'Cal. Bus. & Prof. Code §§ 22602, 22604',
    sources: ['https://self-law.org/code/ca/business-and-professions-code/22602', 'https://self-law.org/code/ca/business-and-professions-code/22604'],
    requirement:
      'A clear and conspicuous notice that the companion chatbot is artificially generated and not human, where a reasonable person could be misled; for a known minor, a break reminder at least every 3 hours; a published crisis-referral protocol.',
    appliesTo: ['ai-companion'],
    manualDuties: ['the 3-hour reminder for minors', 'the crisis-referral protocol published on the operator’s website'],
  },
  {
    law: 'New York General Business Law Art. 47 (AI companions)',
    citation: 'N.Y. Gen. Bus. Law §§ 1701, 1702',
    sources: ['https://www.nysenate.gov/legislation/laws/GBS/1702', 'https://nope.net/ny-article-47'],
    requirement:
      'A clear and conspicuous notice that the user is not talking to a human, at the start of an interaction and at least every 3 hours; a protocol that refers users expressing suicidal ideation or self-harm to crisis services.',
    appliesTo: ['ai-companion'],
    manualDuties: ['the notice every 3 hours of continuing use', 'the crisis referral (e.g. 988) when risk is expressed'],
  },
  {
    law: 'Maine LD 1727 (10 M.R.S. § 1500-DD)',
    citation: 'P.L. 2025, c. 294; 10 M.R.S. § 1500-DD',
    sources: ['https://www.billtrack50.com/billdetail/1886386', 'https://www.verrill-law.com/news/maine-law-now-requires-limited-disclosures-of-artificial-intelligence-technology/'],
    requirement:
      'A business using an AI chatbot with consumers tells them clearly and conspicuously that they are not dealing with a human, where a reasonable consumer could be misled.',
    appliesTo: 'any-ai-chat',
    manualDuties: [],
  },
];

function lookedAtText(d: ChecklistDetection): string {
  if (d.disclosed === 'yes') {
    const first = d.disclosure[0];
    if (first) return `The chat's own text (${first.where}) says: “${first.text}”.`;
  }
  // The verdict's own reason when it agrees with the verdict (it always does in new records).
  if (d.disclosureDetail && d.disclosureDetail.verdict === d.disclosed) return reasonSentence(d.disclosureDetail);
  if (d.disclosed === 'no') return "Candor read the chat's own words on this page and none of them says it is an AI.";
  return "Candor could not read anything the chat said (for example, it is in a frame from another site, or it was closed), so it could not tell: this needs a manual check.";
}

/** The checklist for every detected chat that may be answered by AI. */
export function buildChecklist(detections: readonly ChecklistDetection[]): CheckItem[] {
  const items: CheckItem[] = [];
  for (const d of detections) {
    if (d.kind === 'human') continue; // no AI to disclose
    for (const law of LAWS) {
      const inScope = law.appliesTo === 'any-ai-chat' || law.appliesTo.includes(d.category);
      // "unknown" is never "not observed": Candor did not see the chat say anything either way.
      let status: CheckStatus = d.disclosed === 'yes' ? 'observed' : d.disclosed === 'no' ? 'not-observed' : 'manual';
      const notes = [lookedAtText(d)];
      if (d.kind === 'hybrid') notes.push('This platform can be answered by AI or by people; whether AI answers on this site needs a manual check.');
      if (!inScope) {
        notes.push(`Whether this law applies needs a manual check: it is written for ${(law.appliesTo as Category[]).join(', ')} services, and Candor lists ${d.name} as ${d.category}.`);
        if (status === 'not-observed') status = 'manual';
      }
      for (const duty of law.manualDuties) notes.push(`Needs a manual check: ${duty}.`);
      items.push({
        law: law.law,
        citation: law.citation,
        sources: law.sources,
        requirement: law.requirement,
        rule: d.rule,
        status,
        lookedAt: notes.join(' '),
      });
    }
  }
  return items;
}
