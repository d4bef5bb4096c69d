import { ActionButton, type FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { MemberRow } from "@/lib/organizations/members/list-members";
import { ConfirmAction } from "./confirm-action";

type Props = {
  member: MemberRow;
  viewerIsOwner: boolean;
  t: Messages["members"];
  catalogues: Array<Record<string, string>>;
  actions: Record<"changeRole" | "remove" | "leave" | "transfer" | "representative", FormServerAction>;
};

/**
 * The buttons of one member's row: owners manage everyone (themselves included); anyone
 * may leave. The last owner's own buttons are there too: the refusal says why.
 */
export function MemberRowActions({ member, viewerIsOwner, t, catalogues, actions }: Props) {
  const who = (label: string) => `${label}: ${member.name}`;
  const buttons = [];
  if (viewerIsOwner) {
    const representative = member.isLegalRepresentative ? t.removeRepresentative : t.makeRepresentative;
    buttons.push(
      <ActionButton key="representative" action={actions.representative} fields={{ userId: member.userId, isLegalRepresentative: member.isLegalRepresentative ? "false" : "true" }} label={representative} accessibleLabel={who(representative)} variant="quiet" catalogues={catalogues} />,
    );
    const role = member.role === "OWNER" ? t.makeMember : t.makeOwner;
    buttons.push(
      <ActionButton key="role" action={actions.changeRole} fields={{ userId: member.userId, role: member.role === "OWNER" ? "MEMBER" : "OWNER" }} label={role} accessibleLabel={who(role)} variant="quiet" catalogues={catalogues} />,
    );
    if (!member.isSelf) {
      buttons.push(
        <ConfirmAction key="transfer" action={actions.transfer} fields={{ userId: member.userId }} label={t.transfer} accessibleLabel={who(t.transfer)} question={format(t.confirmTransfer, { name: member.name })} confirmLabel={t.confirm} catalogues={catalogues} />,
        <ConfirmAction key="remove" action={actions.remove} fields={{ userId: member.userId }} label={t.remove} accessibleLabel={who(t.remove)} question={format(t.confirmRemove, { name: member.name })} confirmLabel={t.confirm} catalogues={catalogues} />,
      );
    }
  }
  if (member.isSelf) {
    buttons.push(<ConfirmAction key="leave" action={actions.leave} fields={{}} label={t.leave} question={t.confirmLeave} confirmLabel={t.confirm} catalogues={catalogues} />);
  }
  return <div className="flex flex-wrap gap-2">{buttons}</div>;
}
