// The clinic's outcome figures for its owner: episodes, meaningful change on each episode's primary measure, visits,
// home-program adherence, and the change per instrument. The engine aggregates; this route gathers the facts.
import { clinicOutcomes } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import { audit, requireRole } from '../../access.ts';
import { today } from '../sessions/common.ts';
import { ZAsOfQuery, ZClinicOutcomes } from './schemas.ts';

export const outcomeRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/clinic/outcomes', {
    schema: {
      tags: ['overview'],
      description: 'Outcome figures across the clinic\'s episodes started by asOf (default today). Definitions in docs/rules.md (outcome.*). Owner only.',
      querystring: ZAsOfQuery, response: { 200: ZClinicOutcomes },
    },
  }, async (request) => {
    audit(request, { action: 'read', recordType: 'clinic_outcomes', recordId: null, clientId: null });
    const actor = requireRole(request, 'owner');
    const asOf = (request.query as z.infer<typeof ZAsOfQuery>).asOf ?? today(app);
    return { asOf, ...clinicOutcomes(await app.repo.overview.outcomes(actor.clinicId, asOf)) };
  });
  done();
};
