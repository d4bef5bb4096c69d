import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { paviaTaxCode } from "@/prisma/seed/pavia-tax-code";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { openPartnershipTab, sendMessage } from "./support/collab-steps";
import { mailsTo, waitForLink } from "./support/mailbox";
import { logIn } from "./support/session";

// Ticino Digitale (demo): Laura Colombo is its owner, Davide Galli a plain member. Laura
// invites a colleague, who accepts from the e-mail and works on the organisation's
// partnership; a member cannot invite, even by posting the action; a removed colleague is
// refused on the very next request.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const OWNER = DEMO_ACCOUNTS.company;
const MEMBER = { email: "davide.galli@example.it", password: "Demo-Partner-2026!" };
const PARTNERSHIP = "Coding club per ragazze e ragazzi";
const MEMBERS_PAGE = "/workspace/organization/members";
const run = randomUUID().slice(0, 8);
const colleague = { name: `Irene Sala ${run}`, email: `irene.sala-${run}@example.it`, password: "lanterna gialla sul naviglio pavese" };

async function signedIn(browser: Browser, credentials: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await logIn(page, credentials);
  await expect(page).toHaveURL("/workspace");
  return page;
}

const main = (page: Page) => page.locator("main");

test("an owner invites a colleague, who joins from the e-mail, works on the partnership, and is refused once removed", async ({ browser }) => {
  // The owner invites from the members page, reached from the navigation.
  const owner = await signedIn(browser, OWNER);
  await owner.getByRole("navigation").getByRole("link", { name: "Persone" }).click();
  await expect(owner).toHaveURL(MEMBERS_PAGE);
  await expect(owner.getByRole("heading", { level: 1, name: "Persone dell'organizzazione" })).toBeVisible();
  await expect(main(owner).getByTestId("member-row").filter({ hasText: "Davide Galli" })).toContainText("Membro");
  await expectNoSeriousA11yViolations(owner);

  const inviteForm = main(owner).locator("form", { has: owner.getByLabel("E-mail del collega") });
  await inviteForm.getByLabel("E-mail del collega").fill(colleague.email.toUpperCase());
  await inviteForm.getByLabel("Ruolo").selectOption("MEMBER");
  // The invite request is kept: later a plain member replays it against the server.
  const inviteRequest = owner.waitForRequest((request) => request.method() === "POST" && request.url().endsWith(MEMBERS_PAGE) && !!request.headers()["next-action"]);
  await inviteForm.getByRole("button", { name: "Invia l'invito" }).click();
  const captured: Request = await inviteRequest;
  await expect(inviteForm.getByRole("status")).toContainText("Invito inviato.");
  await expect(main(owner).getByTestId("pending-invitation").filter({ hasText: colleague.email })).toContainText("Scade il");

  // The colleague follows the link of the e-mail (bound to their address), sets a password and logs in.
  const link = await waitForLink(colleague.email, "/invitations/");
  expect(mailsTo(colleague.email).at(-1)?.subject).toBe("Laura Colombo ti invita su Insieme per Ticino Digitale S.r.l.");
  const invited = await (await browser.newContext({ locale: "it-IT" })).newPage();
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByRole("heading", { level: 1, name: "Invito a Insieme" })).toBeVisible();
  await expect(main(invited)).toContainText("per Ticino Digitale S.r.l., come Membro");
  await expect(main(invited)).toContainText(`L'invito vale per l'indirizzo ${colleague.email}`);
  await expectNoSeriousA11yViolations(invited);
  await main(invited).getByLabel("Nome e cognome").fill(colleague.name);
  await main(invited).getByLabel("Password").fill(colleague.password);
  await main(invited).getByLabel(/Ho letto l'informativa sulla privacy/).check();
  await main(invited).getByRole("button", { name: "Crea l'account e accetta" }).click();
  await expect(invited.getByRole("heading", { level: 2, name: "Benvenuto!" })).toBeVisible();

  // The link works once.
  await invited.goto(new URL(link).pathname);
  await expect(main(invited).getByRole("alert")).toHaveText("Questo invito è già stato usato.");

  await logIn(invited, colleague);
  await expect(invited).toHaveURL("/workspace");
  await main(invited).getByRole("link", { name: PARTNERSHIP }).first().click();
  await expect(invited.getByRole("heading", { level: 1, name: PARTNERSHIP })).toBeVisible();
  const partnershipPath = new URL(invited.url()).pathname;
  await openPartnershipTab(invited, "Messaggi");
  await sendMessage(invited, `Buongiorno, sono ${colleague.name}: da oggi seguo anch'io il coding club.`);

  // The owner sees the new member; the invitation is no longer pending.
  await owner.reload();
  await expect(main(owner).getByTestId("member-row").filter({ hasText: colleague.name })).toContainText("Membro");
  await expect(main(owner).getByTestId("pending-invitation").filter({ hasText: colleague.email })).toHaveCount(0);

  // The owner marks the colleague as a legal representative (only they accept agreements).
  await main(owner).getByRole("button", { name: `Indica come rappresentante legale: ${colleague.name}` }).click();
  await expect(main(owner).getByTestId("member-row").filter({ hasText: colleague.name })).toContainText("Sì");

  // A member who is not an owner sees no invite form, and the server refuses the action itself.
  const member = await signedIn(browser, MEMBER);
  await member.goto(MEMBERS_PAGE);
  await expect(main(member)).toContainText("Solo i titolari invitano e gestiscono le persone.");
  await expect(main(member).getByLabel("E-mail del collega")).toHaveCount(0);
  const intruder = `intruso-${run}@example.it`;
  const body = (captured.postDataBuffer() ?? Buffer.alloc(0)).toString("latin1").replaceAll(colleague.email, intruder);
  const headers = Object.fromEntries(Object.entries(captured.headers()).filter(([name]) => !["cookie", "content-length"].includes(name)));
  const replay = await member.request.fetch(MEMBERS_PAGE, { method: "POST", headers, data: Buffer.from(body, "latin1") });
  const answer = await replay.text();
  expect(answer).toContain('"message":"ownersOnly"');
  expect(answer).toContain('"httpStatus":403');
  await owner.reload();
  await expect(main(owner).getByTestId("pending-invitation").filter({ hasText: intruder })).toHaveCount(0);
  expect(mailsTo(intruder)).toHaveLength(0);

  // The owner removes the colleague: their very next request is refused.
  await main(owner).getByLabel(`Rimuovi: ${colleague.name}`, { exact: true }).click();
  await expect(main(owner)).toContainText(`Rimuovere ${colleague.name} dall'organizzazione?`);
  await main(owner).getByRole("button", { name: `Conferma: Rimuovi: ${colleague.name}` }).click();
  await expect(main(owner).getByTestId("member-row").filter({ hasText: colleague.name })).toHaveCount(0);
  const refused = await invited.goto(partnershipPath);
  expect(refused?.status()).toBe(403);
  const workspace = await invited.goto("/workspace");
  expect(workspace?.status()).toBe(403);
});

test("signing up with a registered tax code, one asks its owners to be invited; the owner invites from the e-mail", async ({ page, browser }) => {
  const asker = { name: `Marta Ponti ${run}`, email: `marta.ponti-${run}@example.it` };
  await page.goto("/signup?kind=company");
  const form = page.locator("main form").filter({ has: page.getByLabel("Nome dell'organizzazione") });
  await form.getByLabel("Nome dell'organizzazione").fill("Ticino Digitale");
  await form.getByLabel("Partita IVA o codice fiscale").fill(paviaTaxCode("0241537"));
  await form.getByRole("combobox", { name: "Comune della sede" }).fill("Pavia");
  await form.getByLabel("Nome e cognome").fill(asker.name);
  await form.getByLabel("E-mail").fill(asker.email);
  await form.getByLabel("Password").fill("una frase lunga per entrare");
  await form.getByLabel(/Ho letto l'informativa sulla privacy/).check();
  await form.getByRole("button", { name: "Iscriviti" }).click();
  await expect(form.getByText("è già iscritta", { exact: false })).toBeVisible();

  await page.getByRole("button", { name: "Chiedi ai titolari di invitarmi" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Richiesta inviata." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The owner (not the plain member) is told by e-mail, with a link to the members page ready to invite.
  await expect.poll(() => mailsTo(OWNER.email).map((mail) => mail.subject), { timeout: 30_000 }).toContain(`${asker.name} chiede di essere invitato`);
  expect(mailsTo(MEMBER.email).filter((mail) => mail.subject.includes(asker.name))).toHaveLength(0);
  const link = await waitForLink(OWNER.email, "/workspace/organization/members?invite=");
  const owner = await signedIn(browser, OWNER);
  await owner.goto(new URL(link).pathname + new URL(link).search);
  const inviteForm = main(owner).locator("form", { has: owner.getByLabel("E-mail del collega") });
  await expect(inviteForm.getByLabel("E-mail del collega")).toHaveValue(asker.email);
  await inviteForm.getByRole("button", { name: "Invia l'invito" }).click();
  await expect(inviteForm.getByRole("status")).toContainText("Invito inviato.");
  await waitForLink(asker.email, "/invitations/");
});
