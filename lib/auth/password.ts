import { hash, parseOptions, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

/**
 * Passwords are stored as argon2id (RFC 9106), 64 MiB, 3 passes, 1 lane:
 * RFC 9106's second recommended setting with one lane (a lane is a thread, and
 * a sign-in should not take every core), above OWASP's 19 MiB / 2 passes floor.
 * About 70 ms a hash on a small server. bcrypt, used before, reads only the
 * first 72 bytes of a password: two long passwords with the same start were
 * the same password. A bcrypt hash still verifies, and is replaced by an
 * argon2id hash of the password typed at the next successful sign-in.
 */
export const ARGON2_PARAMS = {
  // `Algorithm.Argon2id` is a const enum, which isolated modules cannot read: its value is 2.
  algorithm: 2,
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

function isBcrypt(stored: string): boolean {
  return /^\$2[aby]\$\d\d\$/.test(stored);
}

/** Whether a stored hash is argon2id with today's parameters (else it is replaced at the next sign-in). */
export function isCurrentHash(stored: string): boolean {
  if (!stored.startsWith("$argon2id$")) return false;
  try {
    const o = parseOptions(stored);
    return o.memoryCost === ARGON2_PARAMS.memoryCost && o.timeCost === ARGON2_PARAMS.timeCost && o.parallelism === ARGON2_PARAMS.parallelism;
  } catch {
    return false;
  }
}

/**
 * Checks a password against a stored argon2id or (older) bcrypt hash.
 * `rehash` says the hash should be replaced now that the password is known.
 */
export async function checkPassword(password: string, stored: string): Promise<{ valid: boolean; rehash: boolean }> {
  if (isBcrypt(stored)) {
    const valid = await bcrypt.compare(password, stored);
    return { valid, rehash: valid };
  }
  const valid = await verify(stored, password).catch(() => false);
  return { valid, rehash: valid && !isCurrentHash(stored) };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  return (await checkPassword(password, stored)).valid;
}

// Checked when the email is unknown, so a miss costs as long as a hit: an
// argon2id hash with today's parameters, made once per process.
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword("fiberbill-no-such-account");
  await verify(await dummy, password).catch(() => false);
}
