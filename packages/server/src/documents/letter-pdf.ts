// Letters to another professional: a referral (reason, findings, red flags, the question asked) or a discharge
// summary (what was done, how the client responded, outcomes and the maintenance plan).
import { finish, footers, INK, MARGIN, newPdf, type Pdf } from './pdf.ts';

export interface LetterDocument {
  kind: 'referral' | 'discharge';
  clinic: string;
  clinician: string;
  date: string;
  /** The recipient, e.g. "Dr A. Patel, general practitioner". */
  to: string;
  client: { name: string; dateOfBirth: string | null };
  /** Referral urgency in words ("urgent: within 24 hours"); null for a discharge summary. */
  urgency: string | null;
  reason: string;
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
  for (const line of lines) doc.text(lines.length > 1 ? `•  ${line}` : line, MARGIN, doc.y + 1, { width, paragraphGap: 2 });
}

export async function letterPdf(d: LetterDocument): Promise<Buffer> {
  const title = d.kind === 'referral' ? 'Referral' : 'Discharge summary';
  const doc = newPdf(`${title}: ${d.client.name}`, d.clinic);
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(14).fillColor(INK.accent).text(d.clinic);
  doc.font('regular').fontSize(10).fillColor(INK.muted).text(d.date, { width, align: 'right' });
  doc.moveDown(0.5).fillColor(INK.text).text(`To: ${d.to}`);
  doc.moveDown(0.5).font('bold').fontSize(16).text(title);
  doc.font('regular').fontSize(10).text(`Re: ${d.client.name}${d.client.dateOfBirth ? `, born ${d.client.dateOfBirth}` : ''}`);
  if (d.urgency) {
    doc.moveDown(0.4).rect(MARGIN, doc.y, width, 22).fill('#fdecea');
    doc.font('bold').fillColor('#9b2c2c').text(`Urgency: ${d.urgency}`, MARGIN + 8, doc.y + 6, { width: width - 16 });
    doc.moveDown(0.4);
  }
  part(doc, d.kind === 'referral' ? 'Reason for referral' : 'Reason for care', [d.reason]);
  part(doc, 'Red flags', d.redFlags);
  part(doc, 'Findings', d.findings);
  part(doc, 'What was done', d.treatment);
  part(doc, 'How the client responded', d.response);
  part(doc, 'Outcomes', d.outcomes);
  part(doc, d.kind === 'referral' ? 'Plan meanwhile' : 'Maintenance plan', d.plan);
  if (d.question) part(doc, 'Our question', [d.question]);
  doc.moveDown(1.5).font('regular').fontSize(10).fillColor(INK.text).text('With kind regards,');
  doc.moveDown(1.2).text(d.clinician).fillColor(INK.muted).text(d.clinic);
  footers(doc, `${title.toLowerCase()} · ${d.client.name} · ${d.date}`);
  return finish(doc);
}
