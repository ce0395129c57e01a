// Care routes: intake and screening, assessments, plans and their versions, goals, referrals, discharge, education.
import type { FastifyPluginCallback } from 'fastify';

export const careRoutes: FastifyPluginCallback = (_app, _options, done) => {
  // Each resource registers itself here.
  done();
};
