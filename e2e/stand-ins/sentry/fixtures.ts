// Hand-written data: the two fixture users, the demo token, and bodies for the endpoints that
// Sentry's public description leaves out or documents without an example. They are written to
// look like Sentry's real responses (field names and types as Sentry serializes them).

export type User = { id: string; name: string; email: string; memberOfAllOrgs: boolean };

/** Jane belongs to every organization in the examples; Sam to none (for permission tests). */
export const USERS: readonly User[] = [
  { id: "1", name: "Jane Doe", email: "jane@example.com", memberOfAllOrgs: true },
  { id: "2", name: "Sam Other", email: "sam@example.com", memberOfAllOrgs: false },
];

export const JANE = USERS[0];

/**
 * Fixed user auth token acting as Jane. Shaped like a real one (`sntryu_` + 64 hex digits) so a
 * client validating the format accepts it; documented so scripts and tests can use it directly.
 */
export const DEMO_TOKEN = "sntryu_de00000000000000000000000000000000000000000000000000000000000000";

export const DEFAULT_CLIENT_ID = "sentry-chat-local";
export const DEFAULT_CLIENT_SECRET = "sentry-chat-local-secret";
export const CLIENT_NAME = "Sentry Chat";

export function findUser(id: string): User | undefined {
  return USERS.find((u) => u.id === id);
}

const JOINED = "2018-11-06T21:19:55.047Z";
const LAST_SEEN = "2024-06-01T09:30:00.000Z";

/** `GET /api/0/auth/` — Sentry's UserSerializer output for the current user. */
export function authUserBody(user: User): Record<string, unknown> {
  return {
    id: user.id,
    name: user.name,
    username: user.email,
    email: user.email,
    // A letter avatar has no image URL; never an external host, so nothing leaves loopback.
    avatarUrl: null,
    isActive: true,
    hasPasswordAuth: true,
    isManaged: false,
    dateJoined: JOINED,
    lastLogin: LAST_SEEN,
    has2fa: false,
    lastActive: LAST_SEEN,
    isSuperuser: false,
    isStaff: false,
    experiments: {},
    emails: [{ id: `${user.id}00`, email: user.email, is_verified: true }],
    avatar: { avatarType: "letter_avatar", avatarUuid: null },
  };
}

/** The user object embedded in activity items (notes) and actors. */
export function activityUser(user: User): Record<string, unknown> {
  return { ...authUserBody(user), isSuspended: false };
}

/** `assignedTo` actor shape of an issue. */
export function userActor(user: User): Record<string, unknown> {
  return { type: "user", id: user.id, name: user.name, email: user.email };
}

const MONITOR_PROJECT = {
  id: "3",
  slug: "prime-mover",
  name: "Prime Mover",
  platform: "python",
  dateCreated: "2018-11-06T21:19:58.536Z",
  isBookmarked: false,
  isMember: true,
  features: ["releases"],
  firstEvent: null,
  firstTransactionEvent: true,
  access: ["project:read", "event:read"],
  hasAccess: true,
  hasMonitors: true,
  isInternal: false,
  isPublic: false,
  avatar: { avatarType: "letter_avatar", avatarUuid: null },
  color: "#3f70bf",
  status: "active",
};

/** `GET /organizations/{org}/monitors/` — documented by schema only (MonitorSerializer). */
export function monitorsBody(): Record<string, unknown>[] {
  const environment = (status: string, last: string, next: string) => ({
    name: "production",
    status,
    isMuted: false,
    dateCreated: "2023-01-10T12:00:00Z",
    lastCheckIn: last,
    nextCheckIn: next,
    nextCheckInLatest: next,
    activeIncident: null,
  });
  return [
    {
      alertRule: { targets: [{ targetIdentifier: 1, targetType: "Member" }], environment: "production" },
      id: "a3f9b1c2-7d4e-4f5a-9b6c-1d2e3f4a5b6c",
      name: "Nightly Billing Job",
      slug: "nightly-billing-job",
      status: "active",
      isMuted: false,
      isUpserting: false,
      config: {
        schedule_type: "crontab",
        schedule: "0 2 * * *",
        checkin_margin: 5,
        max_runtime: 30,
        timezone: "UTC",
        failure_issue_threshold: 1,
        recovery_threshold: 1,
        alert_rule_id: 1,
      },
      dateCreated: "2023-01-10T12:00:00Z",
      project: MONITOR_PROJECT,
      environments: [environment("ok", "2024-06-01T02:00:41Z", "2024-06-02T02:00:00Z")],
      owner: { type: "user", id: JANE.id, name: JANE.name, email: JANE.email },
    },
    {
      alertRule: null,
      id: "b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
      name: "Cache Warmer",
      slug: "cache-warmer",
      status: "active",
      isMuted: false,
      isUpserting: false,
      config: {
        schedule_type: "interval",
        schedule: [15, "minute"],
        checkin_margin: 2,
        max_runtime: 10,
        timezone: "UTC",
        failure_issue_threshold: 3,
        recovery_threshold: 1,
        alert_rule_id: null,
      },
      dateCreated: "2023-03-02T08:15:00Z",
      project: MONITOR_PROJECT,
      environments: [environment("error", "2024-06-01T09:15:03Z", "2024-06-01T09:30:00Z")],
      owner: { type: "team", id: "100253", name: "Powerful Abolitionist" },
    },
  ];
}

/**
 * `GET /organizations/{org}/monitors/{monitor}/checkins/` — schema only (MonitorCheckInSerializer):
 * the latest check-ins of a hand-written monitor, newest first, matching its environment status.
 */
export function checkinsBody(monitorSlug: string): Record<string, unknown>[] | null {
  const monitor = monitorsBody().find((m) => m.slug === monitorSlug || m.id === monitorSlug);
  if (!monitor) return null;
  const config = monitor.config;
  const checkin = (id: string, status: string, clock: string, durationMs: number | null) => ({
    id,
    environment: "production",
    status,
    duration: durationMs,
    dateCreated: clock,
    dateAdded: clock,
    dateUpdated: clock,
    dateInProgress: durationMs === null ? null : clock,
    dateClock: clock,
    expectedTime: clock,
    monitorConfig: config,
    groups: [],
  });
  return monitor.slug === "cache-warmer"
    ? [
        checkin("c3a1e6f0-0003-4c1d-9a1e-000000000003", "error", "2024-06-01T09:15:03Z", 8_200),
        checkin("c3a1e6f0-0002-4c1d-9a1e-000000000002", "missed", "2024-06-01T09:00:00Z", null),
        checkin("c3a1e6f0-0001-4c1d-9a1e-000000000001", "ok", "2024-06-01T08:45:02Z", 6_900),
      ]
    : [
        checkin("b2f0d5e9-0002-4b0c-8f0d-000000000002", "ok", "2024-06-01T02:00:41Z", 41_000),
        checkin("b2f0d5e9-0001-4b0c-8f0d-000000000001", "ok", "2024-05-31T02:00:38Z", 38_000),
      ];
}

/** `GET /organizations/{org}/releases/{version}/deploys/` — schema only (DeploySerializer). */
export function deploysBody(version: string): Record<string, unknown>[] {
  return [
    {
      id: "1001",
      environment: "production",
      dateStarted: "2024-05-30T14:00:00Z",
      dateFinished: "2024-05-30T14:05:12Z",
      name: `Deploy ${version} to production`,
      url: null,
    },
    {
      id: "1000",
      environment: "staging",
      dateStarted: "2024-05-30T12:00:00Z",
      dateFinished: "2024-05-30T12:03:40Z",
      name: `Deploy ${version} to staging`,
      url: null,
    },
  ];
}

/** Endpoints the public description lacks; matched like OpenAPI templates (see api.ts). */
export const HAND_ROUTES: readonly { method: string; template: string; operationId: string }[] = [
  { method: "GET", template: "/api/0/auth/", operationId: "standin:getAuth" },
  { method: "GET", template: "/api/0/users/me/regions/", operationId: "standin:listUserRegions" },
  {
    method: "GET",
    template: "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/comments/",
    operationId: "standin:listIssueNotes",
  },
  {
    method: "POST",
    template: "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/comments/",
    operationId: "standin:createIssueNote",
  },
  {
    method: "GET",
    template: "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/activity/",
    operationId: "standin:listIssueActivity",
  },
];
