// pdfkit set-up shared by Tandem's documents: A4, a Unicode font (DejaVu Sans, shipped in an npm package), colours,
// and exercise illustrations drawn as vectors from the engine's shapes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IllustrationDrawing } from '@tandem/engine';
import PDFDocument from 'pdfkit';

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT = {
  regular: join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  oblique: join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
};
export const INK = { text: '#1f2933', muted: '#52606d', rule: '#cbd2d9', accent: '#1f6f8b', fill: '#f0f4f8' };
export const MARGIN = 48;

export type Pdf = PDFKit.PDFDocument;

/** A new A4 document with the document's title and author set (both show in a PDF reader). */
export function newPdf(title: string, author: string): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: title, Author: author, Creator: 'Tandem' },
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  doc.registerFont('oblique', FONT.oblique);
  doc.font('regular').fillColor(INK.text);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function finish(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    doc.end();
  });
}

/** Page numbers and a footer line on every page (pages are buffered until the end). */
export function footers(doc: Pdf, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit start a new page; the footer lives in the margin.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(INK.muted);
    doc.text(`${text} · page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN + 14, {
      width: doc.page.width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** Draws an illustration scaled to `width`, its top-left at (x, y); returns the drawn height. */
export function drawIllustration(doc: Pdf, drawing: IllustrationDrawing, x: number, y: number, width: number): number {
  const k = width / drawing.width;
  doc.save();
  doc.translate(x, y).scale(k);
  doc.lineCap('round').lineJoin('round');
  for (const s of drawing.shapes) {
    switch (s.kind) {
      case 'line':
        doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2);
        break;
      case 'circle':
        doc.circle(s.cx, s.cy, s.r);
        break;
      case 'rect':
        if (s.rx > 0) doc.roundedRect(s.x, s.y, s.w, s.h, s.rx);
        else doc.rect(s.x, s.y, s.w, s.h);
        break;
      case 'path':
        doc.path(s.d);
        break;
      case 'polygon': {
        const pts: [number, number][] = [];
        for (let i = 0; i + 1 < s.points.length; i += 2) pts.push([s.points[i] ?? 0, s.points[i + 1] ?? 0]);
        doc.polygon(...pts);
        break;
      }
    }
    if (s.stroke) doc.lineWidth(s.width).strokeColor(s.stroke);
    if (s.fill && s.stroke) doc.fillAndStroke(s.fill, s.stroke);
    else if (s.fill) doc.fill(s.fill);
    else if (s.stroke) doc.stroke();
  }
  doc.restore();
  return drawing.height * k;
}
