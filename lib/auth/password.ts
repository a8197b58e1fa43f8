import bcrypt from "bcryptjs";

/** bcrypt cost 12: about a quarter second per hash here, slow for a guesser, fine for a login. */
export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so a miss costs as long as a hit.
const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5ZzW6xbuS8h8eJ5cqQ6n6W5oQy7Y1mK";
export async function burnPasswordCheck(password: string): Promise<void> {
  await bcrypt.compare(password, DUMMY_HASH);
}
