import { z } from 'zod';
import { changePasswordBodySchema, newPasswordSchema } from '../../../../shared/features/auth/auth.contract.ts';

/** Where a second copy that differs from the first is reported, in the reader's words (`auth:password.mismatch`). */
const mismatch = (message: string) => ({ message, path: ['confirmPassword'] });

/** The new password typed twice; only the first copy goes to the server. */
export function resetPasswordFormSchema(mismatchMessage: string) {
  return z
    .object({ password: newPasswordSchema, confirmPassword: z.string() })
    .refine((values) => values.password === values.confirmPassword, mismatch(mismatchMessage));
}

export function changePasswordFormSchema(mismatchMessage: string) {
  return changePasswordBodySchema
    .extend({ confirmPassword: z.string() })
    .refine((values) => values.newPassword === values.confirmPassword, mismatch(mismatchMessage));
}
