// Every API route, registered under /api/v1.
import type { FastifyPluginCallback } from 'fastify';
import { authRoutes } from './auth.ts';
import { clientRoutes } from './clients.ts';
import { careRoutes } from './care/index.ts';
import { documentsRoutes } from './documents/index.ts';
import { episodeRoutes } from './episodes.ts';
import { overviewRoutes } from './overview/index.ts';
import { scheduleRoutes } from './schedule/index.ts';
import { staffRoutes } from './staff/index.ts';
import { treatmentRoutes } from './treatment/index.ts';

export const routes: FastifyPluginCallback = (app, _options, done) => {
  void app.register(authRoutes);
  void app.register(clientRoutes);
  void app.register(episodeRoutes);
  void app.register(careRoutes);
  void app.register(treatmentRoutes);
  void app.register(scheduleRoutes);
  void app.register(staffRoutes);
  void app.register(overviewRoutes);
  void app.register(documentsRoutes);
  done();
};
