/** What every action answers a user who signed in with a temporary password and has not chosen their own yet. */
export const PASSWORD_CHANGE_DUE = "Choose a new password first: your administrator set a temporary one.";
