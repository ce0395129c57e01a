// The clinic's outcome figures for its owner (services/overview/clinic-outcomes.ts).
import { ZClinicOutcomes, clinicOutcomesOn } from '../../../services/overview/clinic-outcomes.ts';
import { audit, requireRole } from '../../access.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZAsOfQuery } from './schemas.ts';

export const outcomeRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/clinic/outcomes',
    {
      schema: {
        tags: ['overview'],
        description:
          "Outcome figures across the clinic's episodes started by asOf (default today). Definitions in docs/rules.md (outcome.*). Owner only.",
        querystring: ZAsOfQuery,
        response: { 200: ZClinicOutcomes },
      },
    },
    async (request) => {
      audit(request, { action: 'read', recordType: 'clinic_outcomes', recordId: null, clientId: null });
      const actor = requireRole(request, 'owner');
      return clinicOutcomesOn(app.repo, actor.clinicId, request.query.asOf ?? today(app));
    },
  );
  done();
};
