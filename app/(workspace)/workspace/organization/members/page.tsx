import type { Metadata } from "next";
import { InviteForm } from "@/components/members/invite-form";
import { MemberRowActions } from "@/components/members/member-row-actions";
import { PendingInvitationList } from "@/components/members/pending-invitation-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listMembers } from "@/lib/organizations/members/list-members";
import {
  changeMemberRoleAction,
  inviteMemberAction,
  leaveOrganizationAction,
  removeMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
  setMemberRepresentativeAction,
  transferOwnershipAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.members.title };
}

type MembersPageProps = { searchParams: Promise<{ invite?: string | string[] }> };

// Any member sees who is in the organisation; owners also manage them. The page only hides
// buttons: every action is refused to non-owners in lib.
export default async function MembersPage({ searchParams }: MembersPageProps) {
  const partner = await requirePartner();
  const [{ t, locale }, overview, params] = await Promise.all([getRequestMessages(), listMembers(db, partner), searchParams]);
  const m = t.members;
  const catalogues = [m.errors, t.forms];
  const suggested = typeof params.invite === "string" ? params.invite.slice(0, 254) : "";
  return (
    <>
      <PageHeader title={m.title} lead={format(m.lead, { organization: partner.organization.name })} />
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-4 text-2xl font-bold">{m.membersHeading}</h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">{m.name}</th>
                <th scope="col" className="py-2 pr-4">{m.role}</th>
                <th scope="col" className="py-2 pr-4">{m.representative}</th>
                <th scope="col" className="py-2">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {overview.members.map((member) => (
                <tr key={member.userId} className="border-b border-line align-top" data-testid="member-row">
                  <td className="py-3 pr-4">
                    <span className="font-semibold">{member.name}</span> {member.isSelf ? <span className="text-muted">{m.you}</span> : null}
                    <span className="block text-sm text-muted">{member.email}</span>
                  </td>
                  <td className="py-3 pr-4">
                    <Badge tone={member.role === "OWNER" ? "primary" : "neutral"}>{m.roles[member.role]}</Badge>
                  </td>
                  <td className="py-3 pr-4">{member.isLegalRepresentative ? m.yes : m.no}</td>
                  <td className="py-3">
                    <MemberRowActions
                      member={member}
                      viewerIsOwner={overview.viewerIsOwner}
                      t={m}
                      catalogues={catalogues}
                      actions={{
                        changeRole: changeMemberRoleAction,
                        remove: removeMemberAction,
                        leave: leaveOrganizationAction,
                        transfer: transferOwnershipAction,
                        representative: setMemberRepresentativeAction,
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {overview.viewerIsOwner ? null : <p className="mt-4 text-muted">{m.membersOnlyNote}</p>}
      </section>

      {overview.viewerIsOwner ? (
        <>
          <section aria-labelledby="pending-heading" className="mt-10">
            <h2 id="pending-heading" className="mb-4 text-2xl font-bold">{m.pendingHeading}</h2>
            <PendingInvitationList invitations={overview.invitations} t={m} forms={t.forms} locale={locale} resend={resendInvitationAction} revoke={revokeInvitationAction} />
          </section>
          <section aria-labelledby="invite-heading" className="mt-10">
            <h2 id="invite-heading" className="text-2xl font-bold">{m.inviteHeading}</h2>
            <p className="mb-4 mt-2 text-muted">{m.inviteLead}</p>
            <InviteForm t={m} forms={t.forms} action={inviteMemberAction} kind="organization" locale={locale} email={suggested} />
          </section>
        </>
      ) : null}
    </>
  );
}
