/**
 * A disclosure checklist for one audited page: for each law in our reference notes, what it
 * asks, what Candor looked at, and whether the disclosure was observed. Evidence, not legal
 * advice: Candor cannot tell whether a law applies to a site, and some duties (a reminder
 * every three hours, an answer when asked "are you an AI?") need a person to interact.
 * Pure; used by the extension's audit page and the command-line audit.
 */
import type { Category, Kind } from '../detection/rule';
import type { PageContext } from '../detection/context';
import { reasonSentence, type DisclosureDetail } from '../detection/verdict';

export type CheckStatus = 'observed' | 'not-observed' | 'manual';

export interface ChecklistDetection {
  rule: string;
  name: string;
  kind: Kind;
  category: Category;
  disclosed: 'yes' | 'no' | 'unknown';
  disclosure: Array<{ text: string; where: string }>;
  /** what the page is about (absent in records made before Candor read it) */
  context?: PageContext;
  /** where the chat presented itself as a therapist or licensed clinician */
  claims?: Array<{ claim: string; text: string; where: string }>;
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
  /**
   * categories the law is written for (others get "needs a manual check" for applicability);
   * `mental-health` laws are listed only for chats where mental health is at stake (a
   * mental-health page or app, or a chat presenting itself as a therapist)
   */
  appliesTo: Category[] | 'any-ai-chat' | 'mental-health';
  /** what Candor looks at: the chat saying it is an AI, or the chat NOT presenting itself as a therapist */
  check?: 'disclosure' | 'no-therapist-claim';
  /** the day the law applies from (YYYY-MM-DD): before it, the law is not listed */
  inForceFrom?: string;
  /** duties that Candor cannot observe from one page load */
  manualDuties: string[];
}

export const EVIDENCE_NOTE = 'Evidence, not legal advice.';

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
    // (also in scope wherever mental health is at stake, below)
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
  // ── Laws about AI and mental-health care (reference: mental-health-laws-and-apps.md, part A) ──
  {
    law: 'Nevada AB 406 (2025), AI in mental and behavioral health care',
    citation: 'Nevada AB 406 (2025), secs. 7–8 (effective 1 July 2025)',
    sources: [
      'https://www.leg.state.nv.us/App/NELIS/REL/83rd2025/Bill/FillSelectedBillTab?billKey=12575&selectedTab=Overview',
      'https://www.regulon.ai/bills/NV-AB-406',
      'https://www.theleveragedyears.com/ai-regulation-news/nevada-ai-mental-behavioral-health-ban-ab-406-2025',
    ],
    requirement:
      'AI is not represented as a provider, therapist, clinical therapist, counselor or psychiatrist, and is not offered in Nevada as programmed to provide professional mental or behavioral health care.',
    appliesTo: 'mental-health',
    check: 'no-therapist-claim',
    manualDuties: ['whether the chat is offered to people in Nevada', 'whether the AI is offered as providing professional mental or behavioral health care (read the operator’s own description)'],
  },
  {
    law: 'California AB 489 (2025), licensed titles used by AI',
    citation: 'Cal. Bus. & Prof. Code §§ 4999.8–4999.9 (Stats. 2025, ch. 615)',
    sources: ['https://negotiatethefuture.org/policy-tracker/CA/2025/AB489', 'https://www.veeto.app/bill/1964676', 'https://agora.eto.tech/instrument/5022'],
    requirement:
      'No term, letter or phrase in the AI’s advertising or functionality indicates or implies that the care or advice comes from a person holding a health-care licence. Each use is a separate violation.',
    appliesTo: 'mental-health',
    check: 'no-therapist-claim',
    manualDuties: ['the operator’s advertising of the chat, outside this page'],
  },
  {
    law: 'Illinois Wellness and Oversight for Psychological Resources Act (HB 1806)',
    citation: '225 ILCS 155/15, 155/20 (Public Act 104-0054, effective 1 August 2025)',
    sources: ['https://ilga.gov/legislation/PublicActs/View/104-0054', 'https://self-law.org/code/il/chapter-225/act-155/20', 'https://open.pluralpolicy.com/il/bills/104th/HB1806'],
    requirement:
      'Therapy or psychotherapy is not provided, advertised or offered through AI to people in Illinois unless a licensed professional conducts it; AI does not communicate therapeutically with clients.',
    appliesTo: 'mental-health',
    check: 'no-therapist-claim',
    manualDuties: ['whether the chat is offered to people in Illinois', 'whether the AI converses with people therapeutically (interact with it)'],
  },
  {
    law: 'Utah SB 226 (2025), generative AI in regulated occupations',
    citation: 'Utah Code § 13-77-103 (effective 7 May 2025)',
    sources: ['https://lexace.ai/us/statute/utah/13-77-103', 'https://plainstamp.pages.dev/rules/us-ut-sb149-genai-regulated-occupation/'],
    requirement:
      'Where a regulated occupation (mental-health care included) uses generative AI in a high-risk interaction, it discloses this prominently — in writing before a written chat begins.',
    appliesTo: 'mental-health',
    manualDuties: ['whether the site belongs to a regulated occupation, and whether the interaction is high-risk (sensitive data and personal advice)'],
  },
  {
    law: 'Washington HB 2225 (2026), AI companion chatbots',
    citation: 'Washington HB 2225 (2026), effective 1 January 2027',
    sources: [
      'https://www.regulon.ai/bills/WA-HB-2225',
      'https://www.troutmanprivacy.com/2026/03/washington-legislature-passes-consumer-facing-interactive-ai-bill-with-private-right-of-action',
    ],
    requirement:
      'A notice that the chatbot is not human at the start of every session and at least every 3 hours (hourly for known minors); the chatbot does not claim to be human; a published crisis protocol.',
    appliesTo: ['ai-companion'],
    inForceFrom: '2027-01-01',
    manualDuties: ['the notice every 3 hours (hourly for known minors)', 'the crisis protocol and referral counts published by the operator'],
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

/** Is mental health at stake for this chat: a mental-health app, page, or a therapist claim? */
export function mentalHealthAtStake(d: ChecklistDetection): boolean {
  return d.category === 'mental-health' || d.category === 'ai-companion' || d.context === 'mental-health' || (d.claims?.length ?? 0) > 0;
}

function claimLookedAt(d: ChecklistDetection): { status: CheckStatus; notes: string[] } {
  const claim = d.claims?.[0];
  if (claim) {
    return {
      status: 'not-observed',
      notes: [`The chat presents itself as a therapist or licensed clinician (${claim.where}): “${claim.text}”.`],
    };
  }
  if (d.disclosed === 'unknown') {
    return { status: 'manual', notes: ["Candor could not read the chat's own text (for example, it is in a frame from another site), so it could not tell how the chat presents itself."] };
  }
  return {
    status: 'observed',
    notes: ["Candor read the chat's title, greeting and labels on this page and found no therapist or licensed title. Its later replies need a manual check (ask it whether it is a therapist)."],
  };
}

/**
 * The checklist for every detected chat that may be answered by AI. Laws with an effective date
 * in the future (on `now`) are left out until then.
 */
export function buildChecklist(detections: readonly ChecklistDetection[], now: Date = new Date()): CheckItem[] {
  const items: CheckItem[] = [];
  const today = now.toISOString().slice(0, 10);
  for (const d of detections) {
    if (d.kind === 'human') continue; // no AI to disclose
    const atStake = mentalHealthAtStake(d);
    for (const law of LAWS) {
      if (law.inForceFrom && today < law.inForceFrom) continue;
      if (law.appliesTo === 'mental-health' && !atStake) continue;
      const inScope =
        law.appliesTo === 'any-ai-chat' ||
        law.appliesTo === 'mental-health' ||
        law.appliesTo.includes(d.category) ||
        (law.appliesTo.includes('mental-health') && atStake);
      let status: CheckStatus;
      const notes: string[] = [];
      if (law.check === 'no-therapist-claim') {
        const looked = claimLookedAt(d);
        status = looked.status;
        notes.push(...looked.notes);
      } else {
        // "unknown" is never "not observed": Candor did not see the chat say anything either way.
        status = d.disclosed === 'yes' ? 'observed' : d.disclosed === 'no' ? 'not-observed' : 'manual';
        notes.push(lookedAtText(d));
      }
      if (d.kind === 'hybrid') notes.push('This platform can be answered by AI or by people; whether AI answers on this site needs a manual check.');
      if (!inScope) {
        notes.push(`Whether this law applies needs a manual check: it is written for ${(law.appliesTo as Category[]).join(', ')} services, and Candor lists ${d.name} as ${d.category}.`);
        if (status === 'not-observed') status = 'manual';
      }
      for (const duty of law.manualDuties) notes.push(`Needs a manual check: ${duty}.`);
      if (law.appliesTo === 'mental-health' || law.inForceFrom) notes.push(EVIDENCE_NOTE);
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
