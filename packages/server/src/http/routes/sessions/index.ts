// Session routes: visits, home-log entries, progression, appointments and check-ins, staff accounts, the audit log.
import type { FastifyPluginCallback } from 'fastify';
import { appointmentRoutes } from './appointments.ts';
import { auditRoutes } from './audit-log.ts';
import { homeLogRoutes } from './home-log.ts';
import { prescriptionRoutes } from './prescription.ts';
import { progressRoutes } from './progress.ts';
import { userRoutes } from './users.ts';
import { visitRoutes } from './visits.ts';

export const sessionRoutes: FastifyPluginCallback = (app, _options, done) => {
  void app.register(homeLogRoutes);
  void app.register(visitRoutes);
  void app.register(progressRoutes);
  void app.register(prescriptionRoutes);
  void app.register(appointmentRoutes);
  void app.register(userRoutes);
  void app.register(auditRoutes);
  done();
};
