// Printable documents of an episode, built from stored records (services/print-*.ts): the home program (the client may
// print their own), the progress report, a referral letter and the discharge summary (staff). Each download is
// audited as an export.
import { z } from 'zod';
import { printDischargeSummary } from '../../../services/documents/print-discharge-summary.ts';
import { printHomeProgram } from '../../../services/documents/print-home-program.ts';
import { printProgressReport } from '../../../services/documents/print-progress-report.ts';
import { printReferralLetter } from '../../../services/documents/print-referral-letter.ts';
import { episodeFor, requireStaff } from '../../access.ts';
import { ZId, ZIdParams } from '../../schemas.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { fileName, PDF_RESPONSE, PDF_TYPE, sendFile } from './send.ts';

const ZLetterParams = z.strictObject({ id: ZId, referralId: ZId });
const ZDischargeQuery = z.strictObject({
  /** The recipient; the client's general practitioner when left out. */
  to: z.string().trim().min(1, { error: 'say who the summary is for' }).max(300).optional(),
});

export const documentRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/episodes/:id/documents/home-program.pdf',
    {
      schema: {
        tags: ['documents'],
        summary: "The client's printable home program",
        params: ZIdParams,
        response: PDF_RESPONSE,
      },
    },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'export', 'home_program');
      const on = today(app);
      return sendFile(
        reply,
        await printHomeProgram(app.repo, episode, client, on),
        PDF_TYPE,
        fileName(client.name, 'home-program', on, 'pdf'),
      );
    },
  );

  app.get(
    '/episodes/:id/documents/progress-report.pdf',
    {
      schema: {
        tags: ['documents'],
        summary: "Progress report: goals, charts, visits, adherence and the clinician's latest summary",
        params: ZIdParams,
        response: PDF_RESPONSE,
      },
    },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'export', 'progress_report');
      requireStaff(request);
      const on = today(app);
      return sendFile(
        reply,
        await printProgressReport(app.repo, episode, client, on),
        PDF_TYPE,
        fileName(client.name, 'progress-report', on, 'pdf'),
      );
    },
  );

  app.get(
    '/episodes/:id/referrals/:referralId/letter.pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'The letter for a referral',
        params: ZLetterParams,
        response: PDF_RESPONSE,
      },
    },
    async (request, reply) => {
      const { id, referralId } = request.params;
      const { episode, client } = await episodeFor(request, id, 'export', 'referral_letter', referralId);
      const actor = requireStaff(request);
      const on = today(app);
      const pdf = await printReferralLetter(app.repo, { episode, client, referralId, signedBy: actor.user.name, on });
      return sendFile(reply, pdf, PDF_TYPE, fileName(client.name, 'referral', on, 'pdf'));
    },
  );

  app.get(
    '/episodes/:id/documents/discharge-summary.pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'Discharge summary of a discharged episode',
        params: ZIdParams,
        querystring: ZDischargeQuery,
        response: PDF_RESPONSE,
      },
    },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'export', 'discharge_summary');
      const actor = requireStaff(request);
      const on = today(app);
      const pdf = await printDischargeSummary(app.repo, {
        episode,
        client,
        signedBy: actor.user.name,
        to: request.query.to,
        on,
      });
      return sendFile(reply, pdf, PDF_TYPE, fileName(client.name, 'discharge-summary', on, 'pdf'));
    },
  );
  done();
};
