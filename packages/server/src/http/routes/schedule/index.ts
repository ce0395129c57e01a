// Schedule routes: appointments and follow-up check-ins.
import type { ZodRoutes } from '../../zod.ts';
import { appointmentRoutes } from './appointments.ts';

export const scheduleRoutes: ZodRoutes = (app, _options, done) => {
  void app.register(appointmentRoutes);
  done();
};
