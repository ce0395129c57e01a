// The printable home program: the safety topics first (pregnancy, falls: when to stop and seek care), each exercise
// drawn with its dose, cues and safety notes, advice, the flare-up plan, and a weekly log sheet to fill in by hand.
import {
  EDUCATION_BY_ID,
  EXERCISES_BY_ID,
  illustrationShapes,
  rangeLabel,
  resistanceLabel,
  type Prescription,
} from '@tandem/engine';
import { drawIllustration, finish, footers, INK, MARGIN, newPdf, type Pdf } from './pdf.ts';

export interface HomeProgramDocument {
  clinic: string;
  client: string;
  clinician: string | null;
  /** ISO date the program was printed for. */
  date: string;
  program: readonly Prescription[];
  /** Education topics to include as advice (self-massage, desk set-up, pacing…); the flare-up plan is always added. */
  education: readonly string[];
  /** Something the client must know about this printing (a lighter deload week), shown above the exercises. */
  note?: string | null;
}

const FLARE_PLAN = 'flare_up_plan';
/** Topics a screening precaution brings in: printed before the exercises, so the warning signs are read first. */
const SAFETY_TRIGGERS: ReadonlySet<string> = new Set(['pregnancy', 'fall_risk']);
const isSafetyTopic = (id: string) => EDUCATION_BY_ID.get(id)?.triggers.some((t) => SAFETY_TRIGGERS.has(t)) ?? false;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const exerciseOf = (id: string) => {
  const exercise = EXERCISES_BY_ID.get(id);
  if (!exercise) throw new Error(`unknown exercise ${id}`);
  return exercise;
};

/** "3 sets × 12 reps each side · 8 kg · most of the range · 3 days a week". */
export function doseLine(p: Prescription): string {
  const size =
    p.reps !== undefined
      ? `${p.reps} reps`
      : p.holdSeconds !== undefined
        ? `${p.holdSeconds} s hold`
        : `${p.minutes ?? 0} min`;
  const parts = [`${p.sets} ${p.sets === 1 ? 'set' : 'sets'} × ${size}${p.perSide ? ' each side' : ''}`];
  if (p.resistance.kind !== 'bodyweight') parts.push(resistanceLabel(p.resistance));
  if (p.range !== undefined) parts.push(rangeLabel(p.range));
  parts.push(`${p.daysPerWeek} ${p.daysPerWeek === 1 ? 'day' : 'days'} a week`);
  return parts.join(' · ');
}

function heading(doc: Pdf, text: string): void {
  doc.moveDown(0.6).font('bold').fontSize(14).fillColor(INK.accent).text(text, MARGIN);
  doc.moveDown(0.2).font('regular').fontSize(10).fillColor(INK.text);
}

function bullets(doc: Pdf, items: readonly string[], x: number, width: number): void {
  for (const item of items)
    doc
      .font('regular')
      .fontSize(9.5)
      .fillColor(INK.text)
      .text(`•  ${item}`, x, doc.y, { width, indent: 0, paragraphGap: 2 });
}

/** A shaded box with one message in it, across the page. */
function callout(doc: Pdf, text: string): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(10);
  const height = doc.heightOfString(text, { width: width - 16 }) + 12;
  const top = doc.y + 8;
  doc.rect(MARGIN, top, width, height).fill(INK.fill);
  doc.fillColor(INK.text).text(text, MARGIN + 8, top + 6, { width: width - 16 });
  doc.x = MARGIN;
  doc.y = top + height;
}

/** Room left on the page below the cursor. */
const roomLeft = (doc: Pdf) => doc.page.height - MARGIN - doc.y;

function exerciseBlock(doc: Pdf, p: Prescription, index: number): void {
  const exercise = exerciseOf(p.exercise);
  const drawing = illustrationShapes(exercise.illustration);
  const pictureWidth = Math.min(220, (95 * drawing.width) / 150 + 40);
  const textX = MARGIN + pictureWidth + 16;
  const textWidth = doc.page.width - MARGIN - textX;
  // Measure the text to keep each exercise whole on one page.
  doc.font('regular').fontSize(9.5);
  const textHeight =
    60 +
    [...exercise.cues, ...exercise.errors, ...exercise.safety].reduce(
      (h, s) => h + doc.heightOfString(`•  ${s}`, { width: textWidth }) + 2,
      0,
    ) +
    30;
  const pictureHeight = drawing.height * (pictureWidth / drawing.width);
  if (roomLeft(doc) < Math.max(textHeight, pictureHeight) + 10) doc.addPage();
  const top = doc.y + 6;
  doc
    .moveTo(MARGIN, top - 4)
    .lineTo(doc.page.width - MARGIN, top - 4)
    .lineWidth(0.5)
    .strokeColor(INK.rule)
    .stroke();
  drawIllustration(doc, drawing, MARGIN, top + 4, pictureWidth);
  doc
    .font('bold')
    .fontSize(12)
    .fillColor(INK.text)
    .text(`${index + 1}. ${exercise.name}`, textX, top, { width: textWidth });
  doc
    .font('bold')
    .fontSize(9.5)
    .fillColor(INK.accent)
    .text(doseLine(p), textX, doc.y + 2, { width: textWidth });
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(INK.muted)
    .text(`Pain during up to ${p.painCeiling}/10 is fine if it has settled by the next morning.`, textX, doc.y + 1, {
      width: textWidth,
    });
  doc
    .moveDown(0.4)
    .font('bold')
    .fontSize(9.5)
    .fillColor(INK.text)
    .text('How to do it', textX, doc.y, { width: textWidth });
  bullets(doc, exercise.cues, textX, textWidth);
  doc.moveDown(0.2).font('bold').fontSize(9.5).text('Watch out for', textX, doc.y, { width: textWidth });
  bullets(doc, exercise.errors, textX, textWidth);
  if (exercise.safety.length > 0) {
    doc
      .moveDown(0.2)
      .font('bold')
      .fontSize(9.5)
      .fillColor('#9b2c2c')
      .text('Safety', textX, doc.y, { width: textWidth });
    bullets(doc, exercise.safety, textX, textWidth);
  }
  doc.y = Math.max(doc.y, top + pictureHeight + 8) + 8;
  doc.x = MARGIN;
}

const topicOf = (id: string) => {
  const topic = EDUCATION_BY_ID.get(id);
  if (!topic) throw new Error(`unknown education topic ${id}`);
  return topic;
};

/** The height a topic takes on the page, to keep it whole. */
function topicHeight(doc: Pdf, id: string): number {
  const topic = topicOf(id);
  const width = doc.page.width - 2 * MARGIN;
  doc.font('regular').fontSize(9.5);
  return (
    40 +
    doc.heightOfString(topic.summary, { width }) +
    topic.keyPoints.reduce((h, s) => h + doc.heightOfString(`•  ${s}`, { width }) + 2, 0)
  );
}

function topicSection(doc: Pdf, id: string): void {
  const topic = topicOf(id);
  const width = doc.page.width - 2 * MARGIN;
  if (roomLeft(doc) < topicHeight(doc, id)) doc.addPage();
  doc.moveDown(0.5).font('bold').fontSize(11).fillColor(INK.text).text(topic.title, MARGIN, doc.y, { width });
  doc
    .font('oblique')
    .fontSize(9.5)
    .fillColor(INK.muted)
    .text(topic.summary, MARGIN, doc.y + 2, { width });
  doc.moveDown(0.2);
  bullets(doc, topic.keyPoints, MARGIN, width);
}

/** A heading and its topics, the heading kept on the page of the first topic. */
function topicsSection(doc: Pdf, title: string, ids: readonly string[]): void {
  const [first] = ids;
  if (first === undefined) return;
  if (roomLeft(doc) < topicHeight(doc, first) + 40) doc.addPage();
  heading(doc, title);
  for (const id of ids) topicSection(doc, id);
}

/** A grid to tick each exercise and rate pain, sleep and tiredness, one column a day. */
function logSheet(doc: Pdf, d: HomeProgramDocument): void {
  doc.addPage();
  heading(doc, 'Weekly log');
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor(INK.muted)
    .text(
      'Tick each exercise you did. Rate pain from 0 (none) to 10 (worst imaginable); sleep from 0 (none) to 10 (excellent); tiredness from 0 (none) to 10 (exhausted). Bring this sheet, or enter it in the app.',
      { width: doc.page.width - 2 * MARGIN },
    );
  doc.moveDown(0.3).text('Week starting: ____________________', MARGIN);
  const rows = [
    ...d.program.map((p) => `${exerciseOf(p.exercise).name} (${p.daysPerWeek}×/week)`),
    'Pain at rest today (0–10)',
    'Highest pain during exercise (0–10)',
    'Pain the next morning (0–10)',
    'Sleep last night (0–10)',
    'Tiredness today (0–10)',
  ];
  const labelWidth = 200;
  const dayWidth = (doc.page.width - 2 * MARGIN - labelWidth) / DAYS.length;
  const rowHeight = 26;
  let y = doc.y + 10;
  doc.font('bold').fontSize(9).fillColor(INK.text);
  DAYS.forEach((day, i) =>
    doc.text(day, MARGIN + labelWidth + i * dayWidth, y + 8, { width: dayWidth, align: 'center' }),
  );
  y += rowHeight;
  rows.forEach((label, r) => {
    if (r === d.program.length) y += 6;
    // A long exercise name wraps onto a second line (a taller row) rather than losing its end.
    doc.font('regular').fontSize(8.5);
    const textHeight = doc.heightOfString(label, { width: labelWidth - 8 });
    const height = Math.max(rowHeight, textHeight + 12);
    doc.rect(MARGIN, y, labelWidth + dayWidth * DAYS.length, height).fill(r % 2 === 0 ? INK.fill : '#ffffff');
    doc.fillColor(INK.text).text(label, MARGIN + 4, y + (height - textHeight) / 2, { width: labelWidth - 8 });
    for (let i = 0; i <= DAYS.length; i++) {
      const x = MARGIN + labelWidth + i * dayWidth;
      doc
        .moveTo(x, y)
        .lineTo(x, y + height)
        .lineWidth(0.5)
        .strokeColor(INK.rule)
        .stroke();
    }
    y += height;
  });
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + labelWidth + dayWidth * DAYS.length, y)
    .lineWidth(0.5)
    .strokeColor(INK.rule)
    .stroke();
  doc.y = y + 16;
  doc.x = MARGIN;
  doc.font('regular').fontSize(9.5).fillColor(INK.text).text('Notes for your clinician:', MARGIN);
  for (let i = 0; i < 4; i++) {
    const ly = doc.y + 18;
    doc
      .moveTo(MARGIN, ly)
      .lineTo(doc.page.width - MARGIN, ly)
      .lineWidth(0.5)
      .strokeColor(INK.rule)
      .stroke();
    doc.y = ly;
  }
}

export async function homeProgramPdf(d: HomeProgramDocument): Promise<Buffer> {
  const doc = newPdf(`Home program for ${d.client}`, d.clinic);
  doc.font('bold').fontSize(20).fillColor(INK.text).text('Your home program');
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(INK.muted)
    .text(`${d.client} · ${d.date} · ${d.clinic}${d.clinician ? ` · ${d.clinician}` : ''}`);
  const ceiling = Math.min(...d.program.map((p) => p.painCeiling));
  heading(doc, 'How to use it');
  bullets(
    doc,
    [
      'Do each exercise on the number of days shown; spread them across the week.',
      `Some discomfort is fine: pain up to ${Number.isFinite(ceiling) ? ceiling : 5}/10 during an exercise is acceptable if it has settled back to your usual level by the next morning.`,
      'If pain is higher than that, or has not settled by the next morning, do less next time and note it in your log.',
      'Log each day on the sheet at the end or in the app; your program is adjusted from what you record.',
    ],
    MARGIN,
    doc.page.width - 2 * MARGIN,
  );
  if (d.note) callout(doc, d.note);
  topicsSection(doc, 'Staying safe', d.education.filter(isSafetyTopic));
  // Keep the heading with the first exercise.
  if (roomLeft(doc) < 200) doc.addPage();
  heading(doc, 'Your exercises');
  d.program.forEach((p, i) => {
    exerciseBlock(doc, p, i);
  });
  topicsSection(
    doc,
    'Advice',
    d.education.filter((id) => id !== FLARE_PLAN && !isSafetyTopic(id)),
  );
  topicsSection(doc, 'If pain flares', [FLARE_PLAN]);
  logSheet(doc, d);
  footers(doc, `${d.client} · home program · ${d.date}`);
  return finish(doc);
}
