import type { Metadata } from "next";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listUsers } from "@/lib/users/list-users";
import { changeUserRoleAction, setUserDisabledAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.users.title };
}

const ROLES = ["PARTNER", "STAFF", "ADMIN"] as const;

type UsersPageProps = { searchParams: Promise<{ outcome?: string }> };

export default async function UsersPage({ searchParams }: UsersPageProps) {
  const admin = await requireAdmin();
  const [{ t }, users, { outcome }] = await Promise.all([getRequestMessages(), listUsers(db, admin), searchParams]);
  const outcomeNotice =
    outcome === "saved" ? <Notice tone="success">{t.users.saved}</Notice>
    : outcome === "forbidden" ? <Notice tone="error">{t.users.cannotChangeSelf}</Notice>
    : outcome === "not-found" || outcome === "invalid" ? <Notice tone="error">{t.users.notFound}</Notice>
    : null;
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
                    <form action={changeUserRoleAction} className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="userId" value={user.id} />
                      <label className="sr-only" htmlFor={`role-${user.id}`}>{t.users.changeRole}: {user.name}</label>
                      <select id={`role-${user.id}`} name="role" defaultValue={user.role} disabled={isSelf} className="min-h-11 rounded-md border-2 border-muted bg-white px-2">
                        {ROLES.map((role) => <option key={role} value={role}>{t.roles[role]}</option>)}
                      </select>
                      {isSelf ? null : <button type="submit" className={buttonStyles.quiet}>{t.users.save}</button>}
                    </form>
                  </td>
                  <td className="py-3">
                    {isSelf ? null : (
                      <form action={setUserDisabledAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
                        <button type="submit" className={user.disabled ? buttonStyles.secondary : buttonStyles.danger} aria-label={`${user.disabled ? t.users.enable : t.users.disable}: ${user.name}`}>
                          {user.disabled ? t.users.enable : t.users.disable}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SignOutEverywhereForm t={t} />
    </>
  );
}
