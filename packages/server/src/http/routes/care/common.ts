// What the care routes share: today's date by the app's clock, for services that take it as an argument.
import type { FastifyInstance } from 'fastify';

export const today = (app: FastifyInstance): string => app.now().toISOString().slice(0, 10);
