import type { SelectOption } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPerson } from "@/lib/partnerships/checklist/partnership-people";

/** The choices of an assignee select: nobody, then the people of each side and staff. */
export function personOptions(people: PartnershipPerson[], t: Messages["checklist"]): SelectOption[] {
  return [{ value: "", label: t.nobody }, ...people.map((person) => ({ value: person.id, label: `${person.name} (${t.affiliations[person.affiliation]})` }))];
}
