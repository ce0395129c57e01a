// The iCalendar feeds through HTTP for the demo clinic: one event per stored appointment with its id as UID, UTC
// times, follow-up check-ins after a discharge, cancellations, folding, and who may export whose calendar (audited).
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readIcs } from '../../../calendar/read-ics.ts';
import { FEED_HISTORY_DAYS } from '../../../services/documents/calendar-feed.ts';
import { slug } from './send.ts';
import { NOW, openDemoApp, TODAY, type DemoApp } from './test-kit.ts';

let t: DemoApp;
beforeAll(async () => {
  t = await openDemoApp();
});
afterAll(async () => {
  await t.close();
});

const SINCE = new Date(Date.parse(NOW) - FEED_HISTORY_DAYS * 86_400_000).toISOString();
const icsTime = (iso: string): string => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

function expectIcsDownload(res: LightMyRequestResponse, name: string): ReturnType<typeof readIcs> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  expect(res.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
  expect(res.headers['cache-control']).toBe('no-store');
  const ics = readIcs(res.body);
  expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(res.body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of ics.lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  expect(ics.calendar.PRODID).toBe('-//Tandem//Tandem appointments//EN');
  return ics;
}

const latestAudit = async (clinic: 'demo' | 'other') =>
  (await t.audit(clinic)).find((e) => e.recordType === 'calendar');

describe('GET /calendar/clinicians/:id.ics', () => {
  test("a clinician's own feed: every appointment of the last year and ahead, UID from its id, UTC times, the client named", async () => {
    const maya = t.staffId('physio');
    const ics = expectIcsDownload(
      await t.get('physio', `/api/v1/calendar/clinicians/${maya}.ics`),
      `maya-chen-appointments-${TODAY}.ics`,
    );
    const stored = await t.repo.appointments.list(t.demo.clinic.id, { clinicianId: maya, from: SINCE });
    expect(stored.length).toBeGreaterThan(10);
    expect(ics.events).toHaveLength(stored.length);
    expect(ics.calendar['X-WR-CALNAME']).toBe(`Maya Chen · ${t.demo.clinic.name}`);
    const names = new Map((await t.repo.clients.list(t.demo.clinic.id)).map((c) => [c.id, c.name]));
    stored.forEach((a, i) => {
      expect(ics.events[i]?.props).toMatchObject({
        UID: `appointment-${a.id}@tandem`,
        DTSTART: icsTime(a.startsAt),
        DTEND: icsTime(new Date(Date.parse(a.startsAt) + a.minutes * 60_000).toISOString()),
        STATUS: a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      });
      expect(ics.events[i]?.props.SUMMARY).toContain(names.get(a.clientId));
    });
    const video = ics.events.find((e) => e.props.SUMMARY?.startsWith('Video check-in'));
    expect(video?.props).toMatchObject({ LOCATION: 'Video call', URL: expect.stringMatching(/^https:\/\//) as string });
    expect(await latestAudit('demo')).toMatchObject({ action: 'export', recordId: maya, outcome: 'success' });
  });

  test("the owner may export anyone's; a colleague, a client and another clinic may not (each refusal audited)", async () => {
    const maya = t.staffId('physio');
    expect((await t.get('owner', `/api/v1/calendar/clinicians/${maya}.ics`)).statusCode).toBe(200);
    for (const [who, status] of [
      ['massage', 403],
      ['client', 403],
    ] as const) {
      expect((await t.get(who, `/api/v1/calendar/clinicians/${maya}.ics`)).statusCode, who).toBe(status);
      expect(await latestAudit('demo')).toMatchObject({ recordId: maya, outcome: 'denied' });
    }
    expect((await t.get('otherClinic', `/api/v1/calendar/clinicians/${maya}.ics`)).statusCode).toBe(404);
    expect(await latestAudit('other')).toMatchObject({ recordId: maya, outcome: 'denied' });
  });

  test("a client's id is not a clinician's calendar; a bad id names the field", async () => {
    const runner = t.client('knee-runner');
    const login = (await t.repo.clients.get(t.demo.clinic.id, runner.id))?.userId ?? '';
    expect((await t.get('owner', `/api/v1/calendar/clinicians/${login}.ics`)).statusCode).toBe(404);
    const bad = await t.get('owner', '/api/v1/calendar/clinicians/maya.ics');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/^params\.id: /);
  });
});

describe('GET /calendar/clients/:id.ics', () => {
  test("the client's own feed names their clinician and never the client; a cancellation shows as CANCELLED", async () => {
    const runner = t.client('knee-runner');
    const [next] = await t.repo.appointments.list(t.demo.clinic.id, { clientId: runner.id, from: NOW });
    if (!next) throw new Error('the runner has no upcoming appointment');
    await t.repo.appointments.setStatus(t.demo.clinic.id, next.id, 'cancelled');
    const res = await t.get('client', `/api/v1/calendar/clients/${runner.id}.ics`);
    const ics = expectIcsDownload(res, `${slug(runner.name)}-appointments-${TODAY}.ics`);
    expect(res.body).not.toContain(runner.name.split(' ')[0]);
    expect(ics.events).toHaveLength(
      (await t.repo.appointments.list(t.demo.clinic.id, { clientId: runner.id, from: SINCE })).length,
    );
    expect(ics.events.every((e) => e.props.SUMMARY?.includes('with Maya Chen'))).toBe(true);
    expect(ics.events.find((e) => e.props.UID === `appointment-${next.id}@tandem`)?.props).toMatchObject({
      STATUS: 'CANCELLED',
      SEQUENCE: '1',
      SUMMARY: 'Visit with Maya Chen (cancelled)',
    });
    expect(await latestAudit('demo')).toMatchObject({
      action: 'export',
      recordId: runner.id,
      clientId: runner.id,
      outcome: 'success',
    });
  });

  test('after discharge the booked check-ins are follow-up check-ins, by video when so booked', async () => {
    const shoulder = t.client('frozen-shoulder-irritable');
    const discharged = await t.post(`/api/v1/episodes/${shoulder.episodeId}/discharge`, {
      date: '2026-11-22',
      summary: 'Reaching overhead again.',
      kind: 'telehealth',
      videoLink: 'https://video.example.com/room/jean',
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    const { checkIns } = discharged.json<{ checkIns: { id: string; startsAt: string }[] }>();
    const ics = expectIcsDownload(
      await t.get('physio', `/api/v1/calendar/clients/${shoulder.id}.ics`),
      `${slug(shoulder.name)}-appointments-${TODAY}.ics`,
    );
    for (const c of checkIns) {
      expect(ics.events.find((e) => e.props.UID === `appointment-${c.id}@tandem`)?.props).toMatchObject({
        SUMMARY: 'Follow-up check-in (video) with Maya Chen',
        DTSTART: icsTime(c.startsAt),
        URL: 'https://video.example.com/room/jean',
        LOCATION: 'Video call',
      });
    }
    const before = ics.events.filter((e) => (e.props.DTSTART ?? '') < '20261122');
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((e) => !e.props.SUMMARY?.startsWith('Follow-up'))).toBe(true);
  });

  test("another client's feed is refused to a client but open to staff; another clinic is told it does not exist", async () => {
    const shoulder = t.client('frozen-shoulder-irritable');
    expect((await t.get('client', `/api/v1/calendar/clients/${shoulder.id}.ics`)).statusCode).toBe(403);
    expect(await latestAudit('demo')).toMatchObject({
      recordId: shoulder.id,
      clientId: shoulder.id,
      outcome: 'denied',
    });
    expect((await t.get('massage', `/api/v1/calendar/clients/${shoulder.id}.ics`)).statusCode).toBe(200);
    expect((await t.get('otherClinic', `/api/v1/calendar/clients/${shoulder.id}.ics`)).statusCode).toBe(404);
    expect(await latestAudit('other')).toMatchObject({ recordId: shoulder.id, outcome: 'denied' });
  });
});
