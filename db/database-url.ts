/** The runtime role created by the migrations. */
export const APP_ROLE = "fiberbill_app";

/**
 * The runtime connection string: DATABASE_APP_URL when given, otherwise the
 * owner URL with the user swapped for the runtime role (fits local servers with
 * trust or peer auth; production sets DATABASE_APP_URL with the role's password).
 */
export function runtimeDatabaseUrl(ownerUrl: string, appUrl?: string): string {
  if (appUrl) return appUrl;
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = "";
  return url.toString();
}
