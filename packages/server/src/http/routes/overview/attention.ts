// The attention list: staff see the clients of their clinic that need them now, each reason with the rule that raised
// it. Built from stored decisions and a few dates per episode (repository.overview), never by replaying histories.
import { attentionList } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { audit, requireStaff } from '../../access.ts';
import { today } from '../sessions/common.ts';
import { ZAttentionItem, ZAttentionQuery } from './schemas.ts';

export const attentionRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/attention', {
    schema: {
      tags: ['overview'],
      description: 'Clients that need attention on asOf (default today): a setback, an urgent referral, a plateau, a re-assessment due, low adherence, '
        + 'a week without home logs, a phase or discharge ready. Most severe first, then the longest-standing; limit keeps the first n. Staff only.',
      querystring: ZAttentionQuery, response: { 200: z.array(ZAttentionItem) },
    },
  }, async (request) => {
    audit(request, { action: 'list', recordType: 'attention', recordId: null, clientId: null });
    const actor = requireStaff(request);
    const query = request.query as z.infer<typeof ZAttentionQuery>;
    const asOf = query.asOf ?? today(app);
    const items = attentionList(await app.repo.overview.attention(actor.clinicId, asOf), asOf);
    return query.limit === undefined ? items : items.slice(0, query.limit);
  });
  done();
};
