import type { BoardFilters } from "./board-filters";
import { foldText } from "./board-card-query";
import type { BoardProposal } from "./list-board-proposals";
import { proposalNonprofit } from "./list-board-proposals";

// Partnerships are filtered in the database (board-card-query.ts); the proposals are few
// (pending interests), read whole and filtered here by the same rules.

/**
 * What a filter needs besides the proposal: who is looking ("mine") and, when a cause is
 * chosen, the nonprofits working for it (read from their profiles by the caller).
 */
export type FilterContext = { viewerId: string; nonprofitsOfCause: ReadonlySet<string> | null };

function matchesText(names: string[], q: string): boolean {
  if (!q) return true;
  const wanted = foldText(q);
  return names.some((name) => foldText(name).includes(wanted));
}

function matchesOwner(ownerId: string | null, owner: string, viewerId: string): boolean {
  if (!owner) return true;
  if (owner === "unassigned") return ownerId === null;
  if (owner === "mine") return ownerId === viewerId;
  return ownerId === owner;
}

const sameComune = (a: string, b: string) => foldText(a) === foldText(b);

/**
 * Proposals have no staff owner: the owner filter matches the staff member who introduced
 * them ("unassigned": proposals between organisations, with no introduction). They carry
 * no flags, so "flagged only" hides them all.
 */
export function matchesProposal(proposal: BoardProposal, filters: BoardFilters, context: FilterContext): boolean {
  if (!matchesOwner(proposal.introducedBy?.id ?? null, filters.owner, context.viewerId)) return false;
  if (context.nonprofitsOfCause && !context.nonprofitsOfCause.has(proposalNonprofit(proposal).id)) return false;
  if (filters.comune && !sameComune(proposal.from.comune, filters.comune) && !sameComune(proposal.to.comune, filters.comune)) return false;
  if (filters.flagged) return false;
  return matchesText([proposal.from.name, proposal.to.name], filters.q);
}
