import { isPermission, type Permission } from "./catalog";

/** What the permission check needs to know about a user. */
export type Grantee = { isTenantOwner: boolean; active: boolean; rolePermissions: readonly string[] | null };

export function hasPermission(user: Grantee, permission: Permission): boolean {
  if (!user.active) return false;
  if (user.isTenantOwner) return true;
  return (user.rolePermissions ?? []).includes(permission);
}

/** The permissions a user effectively holds (unknown strings in a role are ignored). */
export function effectivePermissions(user: Grantee, all: readonly Permission[]): Permission[] {
  if (!user.active) return [];
  if (user.isTenantOwner) return [...all];
  return (user.rolePermissions ?? []).filter(isPermission);
}

export class PermissionDeniedError extends Error {
  constructor(readonly permission: Permission) {
    super(`Missing permission ${permission}`);
    this.name = "PermissionDeniedError";
  }
}

export function assertPermission(user: Grantee, permission: Permission): void {
  if (!hasPermission(user, permission)) throw new PermissionDeniedError(permission);
}
