import type { SectionProps } from "../section-props";

// Placeholder until this part of the partnership page is built.
export async function PendingCheckIn(props: SectionProps) {
  void props;
  return null;
}
