// The home program: what the client does at home on a date (services/treatment/prescription.ts), and a clinician's new program
// valid from a date (services/treatment/set-program.ts).
import { prescriptionOn } from '../../../services/treatment/prescription.ts';
import { setProgram } from '../../../services/treatment/set-program.ts';
import { ZProgram, ZProgramSet, ZSetProgram } from '../../../services/treatment/treatment-schemas.ts';
import { episodeFor, requireStaff } from '../../access.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZEpisodeParams, ZPrescriptionQuery } from './schemas.ts';

export const prescriptionRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/episodes/:id/prescription',
    {
      schema: {
        tags: ['home program'],
        params: ZEpisodeParams,
        querystring: ZPrescriptionQuery,
        response: { 200: ZProgram },
      },
    },
    async (request) => {
      const on = request.query.on ?? today(app);
      const { episode } = await episodeFor(request, request.params.id, 'read', 'prescription');
      return prescriptionOn(app.repo, episode, on);
    },
  );

  app.put(
    '/episodes/:id/prescription',
    {
      schema: { tags: ['home program'], params: ZEpisodeParams, body: ZSetProgram, response: { 200: ZProgramSet } },
    },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'update', 'prescription');
      requireStaff(request);
      return setProgram(app.repo, episode, request.body);
    },
  );
  done();
};
