// Session routes: visits, home-log entries, progression, appointments and check-ins, staff accounts, the audit log.
import type { FastifyPluginCallback } from 'fastify';

export const sessionRoutes: FastifyPluginCallback = (_app, _options, done) => {
  // Each resource registers itself here.
  done();
};
