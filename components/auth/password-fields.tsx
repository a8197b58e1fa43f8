import { TextField } from "@/components/forms/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

/** A new password and its confirmation, as every form that sets one asks for them. */
export function NewPasswordFields({ errorsFor, autoFocus }: { errorsFor: (name: string) => string[] | undefined; autoFocus?: boolean }) {
  return (
    <>
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus={autoFocus}
        description={`At least ${PASSWORD_MIN_LENGTH} characters. A few words of your own make a good one.`}
        errors={errorsFor("password")}
      />
      <TextField name="confirm" label="New password again" type="password" autoComplete="new-password" errors={errorsFor("confirm")} />
    </>
  );
}
