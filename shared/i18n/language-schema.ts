import { z } from 'zod';
import { languages } from './languages.ts';

// Apart from languages.ts, so the web app can know its languages without loading zod first.
export const languageSchema = z.enum(languages).describe('A language Porter speaks: en, es or da');
