// Document routes: printable PDFs of an episode and iCalendar feeds of appointments.
import type { ZodRoutes } from '../../zod.ts';
import { calendarRoutes } from './calendar.ts';
import { documentRoutes } from './documents.ts';

export const documentsRoutes: ZodRoutes = (app, _options, done) => {
  void app.register(documentRoutes);
  void app.register(calendarRoutes);
  done();
};
