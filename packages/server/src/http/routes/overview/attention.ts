// The attention list for staff (services/overview/attention.ts): the clients of their clinic that need them now.
import { z } from 'zod';
import { ZAttentionItem, attention } from '../../../services/overview/attention.ts';
import { audit, requireStaff } from '../../access.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZAttentionQuery } from './schemas.ts';

export const attentionRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/attention',
    {
      schema: {
        tags: ['overview'],
        description:
          'Clients that need attention on asOf (default today): a setback, an urgent referral, a plateau, a re-assessment due, low adherence, ' +
          'a week without home logs, a phase or discharge ready. Most severe first, then the longest-standing; limit keeps the first n. Staff only.',
        querystring: ZAttentionQuery,
        response: { 200: z.array(ZAttentionItem) },
      },
    },
    async (request) => {
      audit(request, { action: 'list', recordType: 'attention', recordId: null, clientId: null });
      const actor = requireStaff(request);
      return attention(app.repo, actor.clinicId, request.query.asOf ?? today(app), request.query.limit);
    },
  );
  done();
};
