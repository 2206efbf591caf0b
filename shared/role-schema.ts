import { z } from 'zod';
import { staffRoles } from './roles.ts';

// Apart from roles.ts, which the web app's route tree reads before any schema loads.
export const staffRoleSchema = z.enum(staffRoles);
