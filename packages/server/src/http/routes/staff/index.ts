// Staff routes: the clinic, its accounts and the audit log.
import type { ZodRoutes } from '../../zod.ts';
import { auditRoutes } from './audit-log.ts';
import { userRoutes } from './users.ts';

export const staffRoutes: ZodRoutes = (app, _options, done) => {
  void app.register(userRoutes);
  void app.register(auditRoutes);
  done();
};
