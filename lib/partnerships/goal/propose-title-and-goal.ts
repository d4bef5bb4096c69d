import type { CauseCode, MatchProfile, ResourceCode } from "@/lib/match";
import { CAUSE_LABELS, RESOURCE_LABELS } from "@/lib/match/labels";

export const TITLE_MAX = 200;

type Party = { name: string; profile: MatchProfile | null };

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} e ${items.at(-1)}`);

/**
 * The title and common goal a new partnership opens with, proposed from the two
 * questionnaires (never from the first interest message, which is a greeting): the causes
 * both care about, what the company offers of what the nonprofit needs, and the other way
 * round. In Italian, the language the partners write the agreement in; both partners and
 * staff then rewrite it (update-title-and-goal.ts) until the agreement is accepted.
 * Pure: the same two profiles give the same words.
 */
export function proposeTitleAndGoal(company: Party, nonprofit: Party): { title: string; commonGoal: string } {
  const sharedCauses = intersect<CauseCode>(company.profile?.causes, nonprofit.profile?.causes);
  const causes = (sharedCauses.length > 0 ? sharedCauses : (nonprofit.profile?.causes ?? [])).slice(0, 2).map((code) => CAUSE_LABELS[code].it);
  const given = intersect<ResourceCode>(company.profile?.offers, nonprofit.profile?.needs).slice(0, 3).map((code) => RESOURCE_LABELS[code].it);
  const returned = intersect<ResourceCode>(nonprofit.profile?.offers, company.profile?.needs).slice(0, 2).map((code) => RESOURCE_LABELS[code].it);

  const title = (causes[0] ? `${company.name} e ${nonprofit.name} per ${causes[0]}` : `${company.name} e ${nonprofit.name}`).slice(0, TITLE_MAX);
  const sentences: string[] = [];
  if (causes.length > 0) sentences.push(`Lavorare insieme per ${list(causes)} nel territorio di Pavia.`);
  if (given.length > 0) sentences.push(`${company.name} mette a disposizione ${list(given)} per le attività di ${nonprofit.name}.`);
  if (returned.length > 0) sentences.push(`${nonprofit.name} offre in cambio ${list(returned)}.`);
  // Always a prompt to make it measurable: the proposal is a starting point, not the goal.
  sentences.push("Da precisare insieme: quali risultati misurabili, per quante persone, entro quando.");
  return { title, commonGoal: sentences.join(" ") };
}

function intersect<T extends string>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  if (!a || !b) return [];
  const other = new Set(b);
  return a.filter((item) => other.has(item));
}
