import type { Metadata } from "next";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { UserDisabledButton, UserRoleForm } from "@/components/users/user-admin-forms";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listUsers } from "@/lib/users/list-users";
import { StaffInvitations } from "@/components/members/staff-invitations";
import { listStaffInvitations } from "@/lib/users/list-staff-invitations";
import { changeUserRoleAction, inviteStaffAction, resendStaffInvitationAction, revokeStaffInvitationAction, setUserDisabledAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.users.title };
}

type UsersPageProps = { searchParams: Promise<{ outcome?: string }> };

export default async function UsersPage({ searchParams }: UsersPageProps) {
  const admin = await requireAdmin();
  const [{ t, locale }, users, invitations, { outcome }] = await Promise.all([getRequestMessages(), listUsers(db, admin), listStaffInvitations(db, admin), searchParams]);
  const outcomeNotice = outcome === "saved" ? <Notice tone="success">{t.users.saved}</Notice> : null;
  const texts = { users: t.users, roles: t.roles, forms: t.forms };
  return (
    <>
      <PageHeader title={t.users.title} lead={t.users.lead} />
      {outcomeNotice ? <div className="mb-6">{outcomeNotice}</div> : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">{t.users.name}</th>
              <th scope="col" className="py-2 pr-4">{t.users.email}</th>
              <th scope="col" className="py-2 pr-4">{t.users.state}</th>
              <th scope="col" className="py-2 pr-4">{t.users.role}</th>
              <th scope="col" className="py-2">{t.users.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const isSelf = user.id === admin.id;
              return (
                <tr key={user.id} className="border-b border-line align-top">
                  <td className="py-3 pr-4">
                    <span className="font-semibold">{user.name}</span>
                    {user.organizationName ? <span className="block text-sm text-muted">{user.organizationName}</span> : null}
                  </td>
                  <td className="py-3 pr-4">{user.email}</td>
                  <td className="py-3 pr-4">
                    <Badge tone={user.disabled ? "danger" : "success"}>{user.disabled ? t.users.disabled : t.users.active}</Badge>
                  </td>
                  <td className="py-3 pr-4">
                    <UserRoleForm user={user} isSelf={isSelf} action={changeUserRoleAction} t={texts} />
                  </td>
                  <td className="py-3">
                    {isSelf ? null : <UserDisabledButton user={user} action={setUserDisabledAction} t={texts} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <StaffInvitations
        invitations={invitations}
        t={t.members}
        forms={t.forms}
        locale={locale}
        actions={{ invite: inviteStaffAction, resend: resendStaffInvitationAction, revoke: revokeStaffInvitationAction }}
      />
      <SignOutEverywhereForm t={t} />
    </>
  );
}
