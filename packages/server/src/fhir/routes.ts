// The FHIR R4 API under /fhir/R4: metadata (public), reads by type and id, Patient/$everything, and the import
// transaction. Same sign-in, access rules and audit as /api/v1; every reply, errors included, is application/fhir+json.
import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../http/errors.ts';
import { capabilityStatement } from './capability.ts';
import { RESOURCE_TYPES } from './episode-record.ts';
import { fhirBase, patientEverything } from './everything.ts';
import { FHIR_ID } from './ids.ts';
import { importBundle } from './import-bundle.ts';
import { FHIR_JSON, fhirErrorHandler } from './outcome.ts';
import { readResource } from './read.ts';
import { signIn } from '../http/sign-in.ts';

export const FHIR_PREFIX = '/fhir/R4';
const METADATA = `${FHIR_PREFIX}/metadata`;

const ZIdParams = z.strictObject({
  id: z.string().regex(FHIR_ID, { error: 'not a FHIR id (1–64 letters, digits, - and .)' }),
});
type IdParams = z.infer<typeof ZIdParams>;

const fhir = <T>(reply: FastifyReply, body: T): T => {
  void reply.type(FHIR_JSON);
  return body;
};

export const fhirRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.setErrorHandler(fhirErrorHandler);
  app.setNotFoundHandler((request, reply) => {
    fhirErrorHandler(
      new ApiError('not_found', `no FHIR interaction ${request.method} ${request.url.split('?')[0] ?? ''}`),
      request,
      reply,
    );
  });
  // FHIR clients send application/fhir+json; parse it as JSON.
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url !== METADATA) await signIn(request);
  });

  app.get(
    '/metadata',
    { schema: { tags: ['fhir'], summary: 'CapabilityStatement (no sign-in needed)' } },
    (request, reply) => fhir(reply, capabilityStatement(fhirBase(request), app.now().toISOString())),
  );

  app.get(
    '/Patient/:id/$everything',
    {
      schema: {
        tags: ['fhir'],
        summary: 'Every resource of a patient the caller may see (searchset Bundle)',
        params: ZIdParams,
      },
    },
    async (request, reply) => fhir(reply, await patientEverything(request, (request.params as IdParams).id)),
  );

  for (const type of RESOURCE_TYPES) {
    app.get(
      `/${type}/:id`,
      { schema: { tags: ['fhir'], summary: `Read a ${type}`, params: ZIdParams } },
      async (request, reply) => fhir(reply, await readResource(request, type, (request.params as IdParams).id)),
    );
  }

  app.post(
    '',
    { schema: { tags: ['fhir'], summary: 'Import a Patient with their scores (transaction Bundle; staff only)' } },
    async (request, reply) => fhir(reply, await importBundle(request, request.body)),
  );
  done();
};
