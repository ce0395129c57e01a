// Today's date on the server's clock, for the routes to hand to services (which read no clock).
import type { FastifyInstance } from 'fastify';

export const today = (app: FastifyInstance): string => app.now().toISOString().slice(0, 10);
