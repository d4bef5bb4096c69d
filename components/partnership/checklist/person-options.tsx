import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPerson } from "@/lib/partnerships/checklist/partnership-people";

/** The <option>s of an assignee select: nobody, then the people of each side and staff. */
export function PersonOptions({ people, t }: { people: PartnershipPerson[]; t: Messages["checklist"] }) {
  return (
    <>
      <option value="">{t.nobody}</option>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name} ({t.affiliations[person.affiliation]})
        </option>
      ))}
    </>
  );
}
