import type { BoardPartnership } from "../list-board-partnerships";
import type { BoardFilters } from "./board-filters";
import type { BoardProposal } from "./list-board-proposals";
import { proposalNonprofit } from "./list-board-proposals";

/**
 * What a filter needs besides the card: who is looking ("mine") and, when a cause is
 * chosen, the nonprofits working for it (read from their profiles by the caller).
 */
export type FilterContext = { viewerId: string; nonprofitsOfCause: ReadonlySet<string> | null };

const folded = (value: string) => value.toLocaleLowerCase("it").normalize("NFD").replace(/\p{Diacritic}/gu, "");

function matchesText(names: string[], q: string): boolean {
  if (!q) return true;
  const wanted = folded(q);
  return names.some((name) => folded(name).includes(wanted));
}

function matchesOwner(ownerId: string | null, owner: string, viewerId: string): boolean {
  if (!owner) return true;
  if (owner === "unassigned") return ownerId === null;
  if (owner === "mine") return ownerId === viewerId;
  return ownerId === owner;
}

const sameComune = (a: string, b: string) => folded(a) === folded(b);

export function matchesPartnership(card: BoardPartnership, filters: BoardFilters, context: FilterContext): boolean {
  if (!matchesOwner(card.staffOwner?.id ?? null, filters.owner, context.viewerId)) return false;
  if (context.nonprofitsOfCause && !context.nonprofitsOfCause.has(card.nonprofit.id)) return false;
  if (filters.comune && !sameComune(card.company.comune, filters.comune) && !sameComune(card.nonprofit.comune, filters.comune)) return false;
  if (filters.flagged && !card.flags.overdue && !card.flags.inactive) return false;
  return matchesText([card.title, card.company.name, card.nonprofit.name], filters.q);
}

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
