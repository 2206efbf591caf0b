import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { companyInputSchema, companySchema } from '../../../shared/features/company/company.contract.ts';
import { companyPolicy } from '../../../shared/features/company/company.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as company from './company.service.ts';

export function registerCompanyRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Settings'];
  const path = '/api/office/settings/company';
  const response = { 200: companySchema, ...errorResponses };

  app.get(path, { config: { policy: companyPolicy.manage }, schema: { tags, summary: 'The company’s name, time zone, default language and address', response } }, async (request) =>
    company.getCompany(ctx, staffActor(request).tenantId),
  );

  app.put(path, { config: { policy: companyPolicy.manage }, schema: { tags, summary: 'Change the company’s name, time zone, default language and address', body: companyInputSchema, response } }, async (request) =>
    company.saveCompany(ctx, staffActor(request), request.body),
  );
}
