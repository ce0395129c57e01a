// Care routes: intake and screening, assessments, plans and their versions, goals, referrals, discharge, education.
import type { FastifyPluginCallback } from 'fastify';
import { assessmentRoutes } from './assessments.ts';
import { dischargeRoutes } from './discharge.ts';
import { educationRoutes } from './education.ts';
import { goalRoutes } from './goals.ts';
import { intakeRoutes } from './intake.ts';
import { planRoutes } from './plans.ts';
import { referralRoutes } from './referrals.ts';

export const careRoutes: FastifyPluginCallback = (app, _options, done) => {
  void app.register(intakeRoutes);
  void app.register(assessmentRoutes);
  void app.register(planRoutes);
  void app.register(goalRoutes);
  void app.register(referralRoutes);
  void app.register(dischargeRoutes);
  void app.register(educationRoutes);
  done();
};
