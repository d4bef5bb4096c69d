import type { Messages } from "./it";
import { signupSection } from "./sections/signup";
import { questionnaireSection } from "./sections/questionnaire";
import { reviewSection } from "./sections/review";
import { suggestionsSection } from "./sections/suggestions";
import { directorySection } from "./sections/directory";
import { notificationsSection } from "./sections/notifications";
import { outboxSection } from "./sections/outbox";
import { securitySection } from "./sections/security";
import { exchangeSection } from "./sections/exchange";
import { boardSection } from "./sections/board";
import { partnershipSection } from "./sections/partnership";
import { checklistSection } from "./sections/checklist";
import { negotiationSection } from "./sections/negotiation";
import { messagesSection } from "./sections/messages";
import { agreementSection } from "./sections/agreement";
import { reportSection } from "./sections/report";
import { programmeReportSection } from "./sections/programme-report";
import { programmeSection } from "./sections/programme";
import { communicationSection } from "./sections/communication";
import { monitoringSection } from "./sections/monitoring";
import { closingSection } from "./sections/closing";
import { titleGoalSection } from "./sections/title-goal";
import { dashboardSection } from "./sections/dashboard";
import { partnershipNoticesSection } from "./sections/partnership-notices";
import { formsSection } from "./sections/forms";
import { auditActionsSection } from "./sections/audit-actions";
import { membersSection } from "./sections/members";
import { privacyRetentionSection } from "./sections/privacy-retention";
import { accountSection } from "./sections/account";
import { notificationPreferencesSection } from "./sections/notification-preferences";
import { documentsSection } from "./sections/documents";
import { calendarSection } from "./sections/calendar";
import { endRequestSection } from "./sections/end-request";


export const en: Messages = {
  meta: {
    title: "Insieme — Profit and non-profit together",
    description:
      "CSV Pavia's programme that brings companies and Third-sector organisations together in partnerships with a common goal.",
  },
  common: {
    appName: "Insieme",
    programme: "Profit and non-profit together",
    csv: "CSV Pavia",
    skipToContent: "Skip to content",
    language: "Language",
    switchTo: "Italiano",
    switchToLabel: "Passa all'italiano",
    login: "Log in",
    logout: "Log out",
    loading: "Loading…",
    backHome: "Back to the home page",
    retry: "Try again",
    mainNavigation: "Main navigation",
    demoBadge: "Demo",
    demoNotice: "This is a demonstration with sample data: do not enter real data.",
  },
  nav: {
    workspace: "Your workspace",
    profile: "Questionnaire",
    suggestions: "Suggested partners",
    interests: "Interests",
    notifications: "Notifications",
    partnerships: "Partnerships",
    organizations: "Organisations",
    introductions: "Introductions",
    profiles: "Profile import/export",
    outbox: "Outbox",
    users: "Users",
  },
  phases: {
    PLANNING: "Planning and preparation",
    NEGOTIATION: "Negotiation",
    AGREEMENT: "Formal agreement",
    MANAGEMENT: "Programme management",
    COMMUNICATION: "Programme communication",
    MONITORING: "Monitoring, measurement and evaluation",
    COMPLETED: "Completed",
    DISCONTINUED: "Discontinued",
  },
  stages: {
    preparatory: "Preparatory stage",
    executive: "Executive stage",
    control: "Control stage",
  },
  roles: { PARTNER: "Partner", STAFF: "CSV staff", ADMIN: "Administrator" },
  organizationKinds: { COMPANY: "Company", NONPROFIT: "Third-sector organisation" },
  organizationStatuses: {
    PENDING: "Waiting for approval",
    CHANGES_REQUESTED: "Changes requested",
    ACTIVE: "Active",
    REJECTED: "Not approved",
    SUSPENDED: "Suspended",
  },
  landing: {
    eyebrow: "A CSV Pavia programme",
    title: "Profit and non-profit together",
    lead:
      "A partnership between a company and a Third-sector organisation towards a common goal creates value that neither could reach alone. CSV Pavia helps you find each other and accompanies you through every phase.",
    primaryCta: "Go to your workspace",
    companyCta: "I am a company",
    nonprofitCta: "I am a Third-sector organisation",
    howTitle: "How it works",
    howSteps: {
      first: "You sign up and tell us who you are and what results you are after, with a guided questionnaire.",
      second: "CSV Pavia staff check every organisation: we only propose reliable partners.",
      third: "Insieme suggests the partners that fit best and tells you why. When you choose each other, the partnership starts.",
      fourth: "CSV accompanies you through every phase, from the agreement to measuring the results.",
    },
    privacy: "Privacy notice",
    showcaseTitle: "Partnerships that tell their story",
    showcaseLead: "Stories of companies and organisations that worked together, published with the consent of both.",
    showcaseEmpty: "The first stories are coming soon: we publish them when both partners agree.",
    phasesTitle: "Six phases, three stages",
    phasesLead:
      "Every partnership follows a clear path: the partners share a goal, measure its results and tell the world about it.",
    whyTitle: "Why it is worth it",
    whyCompanyTitle: "For companies",
    whyCompany:
      "Corporate social responsibility with measurable results, structured employee volunteering and impact data for sustainability reporting.",
    whyNonprofitTitle: "For Third-sector organisations",
    whyNonprofit:
      "Resources, skills and volunteers for your projects, with a partner who shares the goal and expert guidance along the way.",
    contactsTitle: "Contacts",
    contacts: "CSV Pavia — Volunteer Service Centre of the province of Pavia",
  },
  login: {
    title: "Log in to Insieme",
    lead: "Use the e-mail and password of your account.",
    email: "E-mail",
    password: "Password",
    submit: "Log in",
    submitting: "Logging in…",
    invalidCredentials: "Wrong e-mail or password.",
    tooManyAttempts: "Too many login attempts. Try again in a few minutes.",
    unexpectedError: "We could not log you in. Please try again.",
    sessionEnded: "Your session has ended. Log in again to continue.",
    emailNotVerified: "You have not confirmed your e-mail address yet: open the link we sent you.",
    resendVerification: "Send the confirmation link again",
    forgotPassword: "Forgot your password?",
    noAccount: "Is your organisation not on Insieme yet?",
    signUp: "Sign up",
  },
  validation: {
    emailRequired: "Enter your e-mail.",
    emailInvalid: "Enter a valid e-mail address.",
    passwordRequired: "Enter your password.",
    tooLong: "The text is too long.",
  },
  workspace: {
    title: "Your workspace",
    organization: "Your organisation",
    status: "Status",
    pendingNotice:
      "Your organisation is waiting for approval by CSV Pavia staff. We will let you know as soon as it is active.",
    partnershipsTitle: "Your partnerships",
    partnershipsEmpty:
      "You have no partnerships yet. When you and a partner have chosen each other, the partnership will appear here.",
    partner: "Partner",
    phase: "Phase",
    since: "Since",
    noOrganization: "Your account is not linked to any organisation. Write to CSV Pavia to be added.",
    contactsLink: "Organisation contacts",
    contactsTitle: "Organisation contacts",
    contactsLead: "We share them with a partner only once you have chosen each other; CSV Pavia staff always see them.",
    contactName: "Contact person",
    contactEmail: "Contact e-mail",
    contactPhone: "Phone (optional)",
    website: "Website (optional)",
    saveContacts: "Save contacts",
    savingContacts: "Saving…",
    contactsSaved: "Contacts saved.",
    contactErrors: {
      nameRequired: "Enter the contact person's name.",
      emailInvalid: "Enter a valid e-mail address.",
      phoneInvalid: "Write the number with digits, spaces and an optional leading +.",
      websiteInvalid: "Write the full address, e.g. https://www.example.org.",
      tooLong: "The text is too long.",
      saveFailed: "We could not save. Please try again.",
    },
  },
  staff: {
    title: "All partnerships",
    lead: "The partnerships under way, phase by phase.",
    users: "Users",
    partnerships: "Partnerships",
    perPhase: "Partnerships per phase",
    count: "Count",
    company: "Company",
    nonprofit: "Organisation",
    owner: "CSV contact",
    noOwner: "None",
    empty: "There are no partnerships yet.",
    phaseEmpty: "No partnership in this phase.",
  },
  users: {
    title: "Users and roles",
    lead: "Only administrators can change roles and disable accounts. Every change applies from the next request.",
    name: "Name",
    email: "E-mail",
    role: "Role",
    state: "State",
    active: "Active",
    disabled: "Disabled",
    actions: "Actions",
    disable: "Disable",
    enable: "Enable",
    changeRole: "Change role",
    save: "Save",
    signOutEverywhere: "Sign out everywhere",
    signOutEverywhereHelp: "Ends every open session of your account, on any device.",
    cannotChangeSelf: "You cannot disable your own account or change your own role.",
    notFound: "User not found.",
    saved: "Change saved.",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFound: "The page you are looking for does not exist or you may not see it.",
    forbiddenTitle: "Access not allowed",
    forbidden: "This page is reserved for another kind of user.",
    unauthorizedTitle: "Login required",
    unauthorized: "You need to log in to see this page.",
    genericTitle: "Something went wrong",
    generic: "An unexpected error occurred. Please try again shortly.",
  },
  forms: formsSection.en,
  auditActions: auditActionsSection.en,
  privacyRetention: privacyRetentionSection.en,
  account: accountSection.en,
  signup: signupSection.en,
  questionnaire: questionnaireSection.en,
  review: reviewSection.en,
  suggestions: suggestionsSection.en,
  directory: directorySection.en,
  notifications: notificationsSection.en,
  outbox: outboxSection.en,
  security: securitySection.en,
  exchange: exchangeSection.en,
  board: boardSection.en,
  partnership: partnershipSection.en,
  checklist: checklistSection.en,
  negotiation: negotiationSection.en,
  messages: messagesSection.en,
  agreement: agreementSection.en,
  report: reportSection.en,
  programmeReport: programmeReportSection.en,
  programme: programmeSection.en,
  communication: communicationSection.en,
  monitoring: monitoringSection.en,
  closing: closingSection.en,
  titleGoal: titleGoalSection.en,
  dashboard: dashboardSection.en,
  partnershipNotices: partnershipNoticesSection.en,
  members: membersSection.en,
  notificationPreferences: notificationPreferencesSection.en,
  documents: documentsSection.en,
  calendar: calendarSection.en,
  endRequest: endRequestSection.en,
};
