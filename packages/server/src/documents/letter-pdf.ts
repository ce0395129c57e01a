// Letters to another professional: a referral (reason, findings, red flags, the question asked) or a discharge
// summary (what was done, how the client responded, outcomes and the maintenance plan).
import type { ReferralUrgency } from '@tandem/engine';
import { finish, footers, INK, MARGIN, newPdf, type Pdf } from './pdf.ts';

export interface LetterDocument {
  kind: 'referral' | 'discharge';
  clinic: string;
  clinician: string;
  date: string;
  /** The recipient, e.g. "Dr A. Patel, general practitioner". */
  to: string;
  client: { name: string; dateOfBirth: string | null };
  /** Referral urgency, its level and in words ("Urgent: please see within days"); null for a discharge summary. */
  urgency: { level: ReferralUrgency; text: string } | null;
  reason: string;
  /** The clinician's own summary (a discharge summary's), shown after the reason. */
  summary?: string | null;
  findings: readonly string[];
  redFlags: readonly string[];
  treatment: readonly string[];
  response: readonly string[];
  outcomes: readonly string[];
  plan: readonly string[];
  /** What the clinician asks of the recipient. */
  question: string | null;
}

function part(doc: Pdf, title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  const width = doc.page.width - 2 * MARGIN;
  if (doc.page.height - MARGIN - doc.y < 70) doc.addPage();
  doc.moveDown(0.5).font('bold').fontSize(11).fillColor(INK.text).text(title, MARGIN, doc.y, { width });
  doc.font('regular').fontSize(10);
  for (const line of lines)
    doc.text(lines.length > 1 ? `•  ${line}` : line, MARGIN, doc.y + 1, { width, paragraphGap: 2 });
}

export async function letterPdf(d: LetterDocument): Promise<Buffer> {
  const title = d.kind === 'referral' ? 'Referral' : 'Discharge summary';
  const doc = newPdf(`${title}: ${d.client.name}`, d.clinic);
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(14).fillColor(INK.accent).text(d.clinic);
  doc.font('regular').fontSize(10).fillColor(INK.muted).text(d.date, { width, align: 'right' });
  doc.moveDown(0.5).fillColor(INK.text).text(`To: ${d.to}`);
  doc.moveDown(0.5).font('bold').fontSize(16).text(title);
  doc
    .font('regular')
    .fontSize(10)
    .text(`Re: ${d.client.name}${d.client.dateOfBirth ? `, born ${d.client.dateOfBirth}` : ''}`);
  if (d.urgency) {
    // Red for what cannot wait; a routine referral is information, not an alarm.
    const [fill, ink] = d.urgency.level === 'routine' ? [INK.fill, INK.text] : ['#fdecea', '#9b2c2c'];
    doc.moveDown(0.4).rect(MARGIN, doc.y, width, 22).fill(fill);
    doc
      .font('bold')
      .fillColor(ink)
      .text(d.urgency.text, MARGIN + 8, doc.y + 6, { width: width - 16 });
    doc.moveDown(0.4);
  }
  part(doc, d.kind === 'referral' ? 'Reason for referral' : 'Reason for care', [d.reason]);
  if (d.summary) part(doc, 'Summary', [d.summary]);
  part(doc, 'Red flags', d.redFlags);
  part(doc, 'Findings', d.findings);
  part(doc, 'What was done', d.treatment);
  part(doc, 'How the client responded', d.response);
  part(doc, 'Outcomes', d.outcomes);
  part(doc, d.kind === 'referral' ? 'Plan meanwhile' : 'Maintenance plan', d.plan);
  if (d.question) part(doc, 'Our question', [d.question]);
  // The sign-off stays in one piece: a name alone at the top of a page reads as a stray.
  if (doc.page.height - MARGIN - doc.y < 90) doc.addPage();
  doc.moveDown(1.5).font('regular').fontSize(10).fillColor(INK.text).text('With kind regards,', MARGIN);
  doc.moveDown(1.2).text(d.clinician).fillColor(INK.muted).text(d.clinic);
  footers(doc, `${title.toLowerCase()} · ${d.client.name} · ${d.date}`);
  return finish(doc);
}
