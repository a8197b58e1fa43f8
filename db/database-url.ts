/** The runtime role created by the migrations: every request runs as it. */
export const APP_ROLE = "fiberbill_app";
/** The job role created by the migrations: the scheduler's and the workspace mail's cross-tenant look-ups. */
export const JOBS_ROLE = "fiberbill_jobs";

/**
 * The runtime connection string: DATABASE_APP_URL when given, otherwise the
 * owner URL with the user swapped for the runtime role (fits local servers with
 * trust or peer auth; production sets DATABASE_APP_URL with the role's password).
 */
export function runtimeDatabaseUrl(ownerUrl: string, appUrl?: string): string {
  return appUrl ?? withUser(ownerUrl, APP_ROLE);
}

/** The job role's connection string: DATABASE_JOBS_URL when given, otherwise the owner URL with the user swapped. */
export function jobsDatabaseUrl(ownerUrl: string, jobsUrl?: string): string {
  return jobsUrl ?? withUser(ownerUrl, JOBS_ROLE);
}

function withUser(ownerUrl: string, role: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = "";
  return url.toString();
}
