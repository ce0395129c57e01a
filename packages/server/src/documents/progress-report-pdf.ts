// The progress report: goals with baseline, latest and target, charts of pain and questionnaire scores with their
// MCID, visits and adherence, the key decisions of the episode, and the clinician's summary.
import type { GoalProgress } from '@tandem/engine';
import { drawChart, type ChartSeries } from './chart.ts';
import { measureValue } from './measure-label.ts';
import { finish, footers, INK, MARGIN, newPdf, type Pdf } from './pdf.ts';

/** What the goals table shows of each goal (the engine's GoalProgress has it all). */
export type ReportGoal = Pick<
  GoalProgress,
  'measure' | 'description' | 'baseline' | 'target' | 'date' | 'latest' | 'latestDate' | 'percent' | 'decision'
>;

export interface ProgressReportDocument {
  clinic: string;
  client: string;
  clinician: string | null;
  date: string;
  episodeStart: string;
  phase: string;
  summary: string;
  /** Where the summary was written ("Visit note of 2026-11-16 (Maya Chen)"). */
  summarySource?: string | null;
  goals: readonly ReportGoal[];
  series: readonly ChartSeries[];
  visits: number;
  adherence: { done: number; prescribed: number; ratio: number | null } | null;
  /** Key episode decisions (setback, plateau, phase ready…), each with its date and reason. */
  events: readonly { date: string; decision: string; rationale: string }[];
}

/** The blank line and the clinician's name that close the report. */
const SIGN_OFF_HEIGHT = 36;

const STATUS: Record<GoalProgress['decision'], string> = {
  met: 'met',
  on_track: 'on track',
  behind: 'behind',
  overdue: 'overdue',
  no_data: 'no score yet',
};

function section(doc: Pdf, title: string, needed = 60): void {
  if (doc.page.height - MARGIN - doc.y < needed) doc.addPage();
  doc.moveDown(0.6).font('bold').fontSize(13).fillColor(INK.accent).text(title, MARGIN);
  doc.moveDown(0.2).font('regular').fontSize(10).fillColor(INK.text);
}

function goalsTable(doc: Pdf, goals: readonly ReportGoal[]): void {
  // Widths add up to the text width of A4 (499 pt); baseline and target may be words ("possible but painful").
  const cols = [
    { t: 'Goal', w: 142 },
    { t: 'Baseline', w: 72 },
    { t: 'Latest', w: 84 },
    { t: 'Target', w: 84 },
    { t: 'Progress', w: 60 },
    { t: 'Status', w: 57 },
  ];
  let y = doc.y + 4;
  const row = (cells: string[], bold: boolean, shade: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const h = Math.max(16, ...cells.map((c, i) => doc.heightOfString(c, { width: (cols[i]?.w ?? 50) - 6 }) + 6));
    if (y + h > doc.page.height - MARGIN) {
      doc.addPage();
      y = doc.y;
    }
    if (shade)
      doc
        .rect(
          MARGIN,
          y,
          cols.reduce((a, c) => a + c.w, 0),
          h,
        )
        .fill(INK.fill);
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.fillColor(INK.text).text(c, x + 3, y + 4, { width: (cols[i]?.w ?? 50) - 6 });
      x += cols[i]?.w ?? 50;
    });
    y += h;
  };
  row(
    cols.map((c) => c.t),
    true,
    true,
  );
  goals.forEach((g, i) => {
    const value = (v: number) => measureValue(g.measure, v);
    row(
      [
        g.description ?? g.measure,
        value(g.baseline),
        g.latest === null ? '—' : `${value(g.latest)}${g.latestDate ? ` (${g.latestDate})` : ''}`,
        `${value(g.target)} by ${g.date}`,
        g.percent === null ? '—' : `${Math.round(g.percent)} %`,
        STATUS[g.decision],
      ],
      false,
      i % 2 === 1,
    );
  });
  doc.y = y + 4;
  doc.x = MARGIN;
}

export async function progressReportPdf(d: ProgressReportDocument): Promise<Buffer> {
  const doc = newPdf(`Progress report: ${d.client}`, d.clinic);
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(20).fillColor(INK.text).text('Progress report');
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(INK.muted)
    .text(`${d.client} · ${d.date} · ${d.clinic}${d.clinician ? ` · ${d.clinician}` : ''}`);
  doc.fontSize(10).text(`Episode since ${d.episodeStart}; now in: ${d.phase}.`);
  section(doc, 'Summary');
  doc.text(d.summary, { width });
  if (d.summarySource)
    doc
      .font('oblique')
      .fontSize(8.5)
      .fillColor(INK.muted)
      .text(d.summarySource, { width })
      .font('regular')
      .fontSize(10)
      .fillColor(INK.text);
  section(doc, 'Goals');
  if (d.goals.length === 0) doc.text('No goals recorded.');
  else goalsTable(doc, d.goals);
  if (d.series.length > 0) {
    section(doc, 'Measures over time', 180);
    const chartW = (width - 16) / 2;
    const chartH = 160;
    d.series.forEach((s, i) => {
      if (i % 2 === 0 && doc.page.height - MARGIN - doc.y < chartH + 10) doc.addPage();
      const top = doc.y;
      drawChart(doc, s, MARGIN + (i % 2) * (chartW + 16), top, chartW, chartH);
      doc.y = i % 2 === 0 && i < d.series.length - 1 ? top : top + chartH + 16;
    });
    doc.x = MARGIN;
  }
  section(doc, 'Visits and home program');
  const adherence =
    d.adherence?.ratio == null
      ? 'not enough logged yet'
      : `${d.adherence.done} of ${d.adherence.prescribed} prescribed sessions done in the last two weeks (${Math.round(d.adherence.ratio * 100)} %)`;
  doc.text(`${d.visits} visit${d.visits === 1 ? '' : 's'} so far. Home program: ${adherence}.`, { width });
  if (d.events.length > 0) {
    section(doc, 'Key decisions');
    d.events.forEach((e, i) => {
      const line = `${e.date}  ${e.decision.replaceAll('_', ' ')}: ${e.rationale}`;
      doc.font('regular').fontSize(9.5);
      // The last decision keeps the sign-off company, so a page never holds the signature alone.
      const needed = doc.heightOfString(line, { width }) + (i === d.events.length - 1 ? SIGN_OFF_HEIGHT : 0);
      if (doc.page.height - MARGIN - doc.y < needed) doc.addPage();
      doc.fillColor(INK.text).text(line, MARGIN, doc.y, { width, paragraphGap: 3 });
    });
  }
  if (doc.page.height - MARGIN - doc.y < SIGN_OFF_HEIGHT) doc.addPage();
  doc
    .moveDown(1.5)
    .font('regular')
    .fontSize(10)
    .fillColor(INK.text)
    .text(d.clinician ? `${d.clinician}, ${d.clinic}` : d.clinic, MARGIN);
  footers(doc, `${d.client} · progress report · ${d.date}`);
  return finish(doc);
}
