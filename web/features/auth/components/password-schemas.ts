import { z } from 'zod';
import { changePasswordBodySchema, newPasswordSchema } from '../../../../shared/features/auth/auth.contract.ts';

const mismatch = { message: 'The two passwords don’t match', path: ['confirmPassword'] };

/** The new password typed twice; only the first copy goes to the server. */
export const resetPasswordFormSchema = z
  .object({ password: newPasswordSchema, confirmPassword: z.string() })
  .refine((values) => values.password === values.confirmPassword, mismatch);

export const changePasswordFormSchema = changePasswordBodySchema
  .extend({ confirmPassword: z.string() })
  .refine((values) => values.newPassword === values.confirmPassword, mismatch);
