// A line chart drawn straight into a PDF: one measure over time, with its target and the size of a meaningful change.
import { dayNumber } from '@tandem/engine';
import { INK, type Pdf } from './pdf.ts';

export interface ChartSeries {
  title: string;
  unit: string;
  /** Dated values in date order. */
  points: readonly { date: string; value: number }[];
  /** Lower is better (pain, disability) or higher (function, range). */
  better: 'lower' | 'higher';
  /** The smallest change that matters (MCID), drawn as a band from the first value. */
  mcid: number | null;
  target: number | null;
  /** Axis range; defaults to the data with some room. */
  min?: number;
  max?: number;
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Draws the chart in the box (x, y, width, height). */
export function drawChart(doc: Pdf, s: ChartSeries, x: number, y: number, width: number, height: number): void {
  doc.font('bold').fontSize(10).fillColor(INK.text).text(s.title, x, y, { width, lineBreak: false });
  // Room below the plot for the first and last dates and two short lines of notes.
  const plot = { x: x + 30, y: y + 18, w: width - 40, h: height - 50 };
  const values = [...s.points.map((p) => p.value), ...(s.target === null ? [] : [s.target])];
  const lo = s.min ?? Math.min(...values, 0);
  const hi = s.max ?? Math.max(...values, 1);
  const span = hi - lo || 1;
  const first = s.points[0];
  const last = s.points.at(-1);
  const d0 = first ? dayNumber(first.date) : 0;
  const days = Math.max(1, (last ? dayNumber(last.date) : 0) - d0);
  const px = (date: string) => plot.x + ((dayNumber(date) - d0) / days) * plot.w;
  const py = (v: number) => plot.y + plot.h - ((v - lo) / span) * plot.h;

  doc.rect(plot.x, plot.y, plot.w, plot.h).fill('#fafbfc');
  if (first && s.mcid !== null) {
    // The band inside which a change is too small to matter, measured from the first score.
    const a = py(Math.min(hi, first.value + s.mcid));
    const b = py(Math.max(lo, first.value - s.mcid));
    doc.rect(plot.x, a, plot.w, b - a).fill('#e4ecf2');
  }
  doc.font('regular').fontSize(7).fillColor(INK.muted);
  // A short whole-number scale (activity status, strength grade) gets a line at each step: halves mean nothing there.
  const steps =
    Number.isInteger(lo) && Number.isInteger(hi) && span <= 6
      ? Array.from({ length: span + 1 }, (_, i) => lo + i)
      : [lo, lo + span / 2, hi];
  for (const v of steps) {
    doc
      .moveTo(plot.x, py(v))
      .lineTo(plot.x + plot.w, py(v))
      .lineWidth(0.3)
      .strokeColor(INK.rule)
      .stroke();
    doc.text(String(round(v)), x, py(v) - 3, { width: 26, align: 'right', lineBreak: false });
  }
  if (s.target !== null) {
    doc
      .moveTo(plot.x, py(s.target))
      .lineTo(plot.x + plot.w, py(s.target))
      .dash(3, { space: 2 })
      .lineWidth(0.8)
      .strokeColor('#2f855a')
      .stroke()
      .undash();
    doc.fillColor('#2f855a').text(`target ${round(s.target)}`, plot.x + plot.w - 60, py(s.target) - 9, {
      width: 60,
      align: 'right',
      lineBreak: false,
    });
  }
  if (s.points.length > 1) {
    s.points.forEach((p, i) => (i === 0 ? doc.moveTo(px(p.date), py(p.value)) : doc.lineTo(px(p.date), py(p.value))));
    doc.lineWidth(1.4).strokeColor(INK.accent).stroke();
  }
  for (const p of s.points) doc.circle(px(p.date), py(p.value), 2.2).fill(INK.accent);
  doc.fontSize(7).fillColor(INK.muted);
  if (first) doc.text(first.date, plot.x, plot.y + plot.h + 3, { width: 60, lineBreak: false });
  if (last && last !== first)
    doc.text(last.date, plot.x + plot.w - 60, plot.y + plot.h + 3, { width: 60, align: 'right', lineBreak: false });
  const notes = [
    `${s.unit}; ${s.better} is better`,
    ...(s.mcid === null ? [] : [`shaded: within ${s.mcid} of the first score (MCID)`]),
  ];
  notes.forEach((note, i) =>
    doc.text(note, plot.x, plot.y + plot.h + 12 + i * 9, {
      width: plot.w,
      height: 9,
      ellipsis: true,
      lineBreak: false,
    }),
  );
}
