// How a document leaves the API: its type, a download name made of the client's name and the date, never cached
// (it holds health data), and its place in the OpenAPI document.
import type { FastifyReply } from 'fastify';

/** "María José Núñez" → "maria-jose-nunez": plain ASCII for the download name. */
export function slug(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain === '' ? 'client' : plain;
}

/** "maria-lopez-home-program-2026-11-23.pdf". */
export const fileName = (who: string, what: string, date: string, extension: 'pdf' | 'ics'): string =>
  `${slug(who)}-${what}-${date}.${extension}`;

export function sendFile(reply: FastifyReply, body: Buffer | string, type: string, name: string): FastifyReply {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/** Response schemas for the OpenAPI document only: a Buffer or string body is sent as is, never serialized. */
export const PDF_RESPONSE = {
  200: {
    description: 'The PDF, as a download',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  },
};
export const ICS_RESPONSE = {
  200: {
    description: 'An iCalendar feed (RFC 5545), as a download',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  },
};
export const PDF_TYPE = 'application/pdf';
export const ICS_TYPE = 'text/calendar; charset=utf-8';
