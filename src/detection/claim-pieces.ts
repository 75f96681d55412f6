/**
 * Which of the chat's own words can present it as a clinician, for findTherapistClaim()
 * (claims.ts). The words are the labelled pieces chat-text.ts reads for the disclosure verdict —
 * one reading of the chat, not two — plus, for a whole-site app whose rule says where, the
 * character's name and description (a rule's `persona`). Those two are not the chat's
 * conversation, so they never reach the disclosure verdict.
 *
 * In a whole-site app the conversation is the person's own, and apps do not always mark which
 * messages the person wrote: there only the app's own labels (the message box's "Message
 * Psychologist…", badges, configured titles) and the persona count, never the conversation.
 */
import type { ChatTextPiece } from './chat-text';
import { findTherapistClaim, type ClaimFinding, type TextPiece } from './claims';

const MAX_TITLE = 80;
const MAX_DESCRIPTION = 600;

/** Where a rule says a whole-site app shows its character (compiled form of the rule's `persona`). */
export interface PersonaHints {
  /** the page title names the character ("Psychologist | character.ai") */
  t?: 1;
  /** selector of the character's name */
  n?: string;
  /** selector of the character's description */
  d?: string;
}

function push(out: TextPiece[], text: string | null | undefined, source: 'name' | 'description', where: string, max: number): void {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  if (value) out.push({ text: value.slice(0, max), where, source });
}

/**
 * The parts of a page title that are not the app's own name: "Psychologist | character.ai" →
 * ["Psychologist"]. `host` is the page's host ("character.ai"), `appName` the rule's name.
 */
export function personaFromTitle(title: string, host: string, appName = ''): string[] {
  const label = host.replace(/^www\./, '').split('.')[0]!.toLowerCase();
  const app = appName.toLowerCase();
  return title
    .split(/\s+[|–—·:]\s+|\s+-\s+/)
    .map((part) => part.trim())
    .filter((part) => part && part.length <= MAX_TITLE && !part.toLowerCase().includes(label) && !(app && part.toLowerCase().includes(app)))
    .slice(0, 2);
}

/**
 * Pieces that name a whole-site app's character: from the page title and from the elements the
 * rule points at — only where the rule says so (a general assistant's page title is the person's
 * own conversation, not a persona).
 */
export function gatherPersonaPieces(doc: Document, url: string, hints: PersonaHints | undefined): TextPiece[] {
  const out: TextPiece[] = [];
  if (!hints) return out;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  if (hints.t) for (const name of personaFromTitle(doc.title ?? '', host)) push(out, name, 'name', 'character name (page title)', MAX_TITLE);
  const textOf = (selector: string | undefined): string | null => {
    if (!selector) return null;
    try {
      return doc.querySelector(selector)?.textContent ?? null;
    } catch {
      return null; // a selector this browser does not support
    }
  };
  push(out, textOf(hints.n), 'name', 'character name', MAX_TITLE);
  push(out, textOf(hints.d), 'description', 'character description', MAX_DESCRIPTION);
  return out;
}

/** What a whole-site app shows of itself, not of the conversation (see above). */
function isAppLabel(piece: ChatTextPiece): boolean {
  return piece.configured === true || piece.source === 'composer' || piece.source === 'badge';
}

/**
 * Does the chat present itself as a therapist or a licensed clinician? `pieces` is what
 * readChatText() read of it (the page's look, or a vendor frame's), `persona` what
 * gatherPersonaPieces() found for a whole-site app.
 */
export function claimInChat(
  pieces: readonly ChatTextPiece[],
  options: { surface?: 'widget' | 'site'; persona?: readonly TextPiece[] } = {},
): ClaimFinding | null {
  const own = options.surface === 'site' ? pieces.filter(isAppLabel) : pieces;
  return findTherapistClaim([...(options.persona ?? []), ...own]);
}
