// Overview routes: the clinic-wide screens (the attention list, the owner's outcome figures).
import type { ZodRoutes } from '../../zod.ts';
import { attentionRoutes } from './attention.ts';
import { outcomeRoutes } from './outcomes.ts';

export const overviewRoutes: ZodRoutes = (app, _options, done) => {
  void app.register(attentionRoutes);
  void app.register(outcomeRoutes);
  done();
};
