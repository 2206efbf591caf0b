import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { languageSchema } from '../../i18n/language-schema.ts';
import { staffRoleSchema } from '../../role-schema.ts';
import { passwordMaxLength, passwordMinLength } from '../../passwords.ts';
import { addonsSchema } from '../addons/addons.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, errorKey('validation.emailTooLong'))
  .pipe(z.email(errorKey('validation.emailExample')));

export const newPasswordSchema = z
  .string()
  .min(passwordMinLength, errorKey('validation.tooShort'))
  .max(passwordMaxLength, errorKey('validation.tooLong'));

export const loginBodySchema = z.object({
  email: emailSchema.describe('The email address the account was created with'),
  password: z.string().min(1, errorKey('validation.enterPassword')).max(passwordMaxLength).describe('The account password'),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const forgotPasswordBodySchema = z.object({
  email: emailSchema.describe('Where to send the reset link, if an account has this address'),
});

export const resetPasswordBodySchema = z.object({
  token: z.string().min(20).max(200).describe('The token from the emailed link'),
  password: newPasswordSchema.describe('The new password'),
});

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, errorKey('validation.enterCurrentPassword')).max(passwordMaxLength).describe('The password in use now'),
  newPassword: newPasswordSchema.describe('The password to use from now on'),
});

export const companySummarySchema = z.object({
  id: z.string().describe('Company id'),
  slug: z.string().describe('Short name used in portal addresses'),
  name: z.string().describe('Company name'),
  displayName: z.string().describe('Name shown to customers in the portal'),
  timeZone: z.string().describe('The company’s own time zone (IANA), for office summaries'),
  defaultLanguage: languageSchema.describe('The language for people who have not chosen one and whose browser language Porter does not speak'),
  currency: z.string().describe('ISO 4217 code of every price; amounts are integer minor units of it'),
});
export type CompanySummary = z.infer<typeof companySummarySchema>;

export const staffMeSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string().describe('Full name'),
    email: z.string().describe('Sign-in email'),
    role: staffRoleSchema.describe('Office role'),
    language: languageSchema.nullable().describe('Their own choice; null: their browser’s language, else the company’s'),
  }),
  company: companySummarySchema,
  addons: addonsSchema.describe('The company’s add-on modules: the office shows what they gate only while they are on'),
});
export type StaffMe = z.infer<typeof staffMeSchema>;

export const languageChoiceSchema = z.object({
  language: languageSchema.nullable().describe('The language to use; null goes back to the browser’s language, else the company’s'),
});
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;

export const messageResponseSchema = z.object({
  message: z.string().describe('What happened, in words to show the person'),
});
