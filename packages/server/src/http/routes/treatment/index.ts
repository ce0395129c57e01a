// Treatment routes: visits, home-log entries, the home program and the progress it makes.
import type { ZodRoutes } from '../../zod.ts';
import { homeLogRoutes } from './home-log.ts';
import { prescriptionRoutes } from './prescription.ts';
import { progressRoutes } from './progress.ts';
import { visitRoutes } from './visits.ts';

export const treatmentRoutes: ZodRoutes = (app, _options, done) => {
  void app.register(homeLogRoutes);
  void app.register(visitRoutes);
  void app.register(progressRoutes);
  void app.register(prescriptionRoutes);
  done();
};
