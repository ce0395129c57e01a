// The progress report and the letters, checked by their text.
import { readFileSync } from 'node:fs';
import { parseHistory, progress } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import { letterPdf, type LetterDocument } from './letter-pdf.ts';
import { pdfText } from './pdf-text.ts';
import { progressReportPdf } from './progress-report-pdf.ts';

const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('progress report PDF', () => {
  test('has goals with baseline, latest and target, a chart per measure with its MCID, visits, adherence and the summary', async () => {
    const history = parseHistory(
      JSON.parse(
        readFileSync(new URL('../../../../examples/histories/knee-runner-8-weeks.json', import.meta.url), 'utf8'),
      ),
    );
    if (!history.ok) throw new Error('example history');
    const report = progress(history.value);
    if (!report.ok) throw new Error('example replay');
    const lefs = history.value.measures
      .filter((m) => m.measure === 'lefs')
      .map((m) => ({ date: m.date, value: m.value }));
    const pdf = await progressReportPdf({
      clinic: 'Tandem Demo Clinic',
      client: 'Alex Runner',
      clinician: 'Sam Okafor',
      date: '2026-10-31',
      episodeStart: '2026-09-07',
      phase: 'Progressive loading and function',
      summary: 'Steady gains; one flare after an unplanned long run settled in four days.',
      goals: report.value.goals,
      series: [
        {
          title: 'Lower Extremity Functional Scale',
          unit: 'points 0–80',
          better: 'higher',
          mcid: 9,
          target: 65,
          min: 0,
          max: 80,
          points: lefs,
        },
      ],
      visits: 16,
      adherence: report.value.adherence,
      events: report.value.events.flatMap((e) =>
        e.scope === 'episode' && e.decision === 'setback'
          ? [{ date: e.date, decision: e.decision, rationale: e.rationale }]
          : [],
      ),
    });
    const text = flat(pdfText(pdf).pages);
    expect(text).toContain('Progress report');
    expect(text).toContain('Alex Runner · 2026-10-31 · Tandem Demo Clinic · Sam Okafor');
    const goals = pdfText(pdf).pages[0] ?? '';
    // The goal's description wraps in its column; the row's figures stay on its first line.
    expect(goals).toMatch(/Lower Extremity Functional\s+49\s+59 \(2026-10-19\)\s+65 by 2026-11-02\s+63 %\s+behind/);
    expect(goals).toMatch(/Knee pain on stairs from 6\/10\s+6\s+3 \(2026-10-19\)\s+2 by 2026-11-02\s+75 %\s+on track/);
    expect(text).toContain('within 9 of the first score (MCID)');
    expect(text).toContain('16 visits so far');
    expect(text).toMatch(/Home program: \d+ of \d+ prescribed sessions done in the last two weeks/);
    expect(text).toContain('2026-10-09 setback: Pain at rest has stayed at 4/10 or more');
    expect(text).toContain('Steady gains; one flare');
  });
});

describe('letters', () => {
  const referral: LetterDocument = {
    kind: 'referral',
    clinic: 'Tandem Demo Clinic',
    clinician: 'Sam Okafor, physiotherapist',
    date: '2026-11-23',
    to: 'Dr A. Patel, general practitioner',
    client: { name: 'Jordan Lee', dateOfBirth: '1971-04-02' },
    urgency: { level: 'urgent', text: 'Urgent: please see within 24 hours' },
    reason: 'Thoracic pain that wakes the client at night, with unexplained weight loss.',
    findings: ['Constant thoracic pain, 6/10'],
    redFlags: ['Night pain not eased by position', 'Unexplained weight loss'],
    treatment: [],
    response: [],
    outcomes: [],
    plan: ['No hands-on treatment until reviewed'],
    question: 'Could you assess for a serious cause?',
  };
  test('a referral names the recipient, the client, the urgency, the red flags and the question', async () => {
    const text = flat(pdfText(await letterPdf(referral)).pages);
    for (const s of [
      'To: Dr A. Patel, general practitioner',
      'Referral',
      'Re: Jordan Lee, born 1971-04-02',
      'Urgent: please see within 24 hours',
      'Red flags',
      '• Unexplained weight loss',
      'Our question Could you assess for a serious cause?',
      'Sam Okafor, physiotherapist',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('What was done');
  });
  test('a discharge summary says what was done, the response, outcomes and the maintenance plan', async () => {
    const text = flat(
      pdfText(
        await letterPdf({
          ...referral,
          kind: 'discharge',
          urgency: null,
          redFlags: [],
          question: null,
          reason: 'Knee pain on stairs and running.',
          treatment: ['8 visits: soft-tissue work to the quadriceps, then step-down and squat progressions'],
          response: ['Settled quickly after each session; one flare in week 5 that settled in four days'],
          outcomes: ['LEFS 49 → 64 (MCID 9)'],
          plan: ['Step-downs and squats twice a week', 'Check-ins on 2026-12-21, 2027-01-18 and 2027-02-15'],
        }),
      ).pages,
    );
    for (const s of [
      'Discharge summary',
      'What was done',
      'How the client responded',
      'Outcomes LEFS 49 → 64 (MCID 9)',
      'Maintenance plan',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('Urgent');
  });
});
