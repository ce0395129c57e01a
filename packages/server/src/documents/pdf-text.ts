// Test support: the text of a PDF, page by page, and its page count (poppler's pdftotext and pdfinfo).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfText(pdf: Buffer): { pages: string[]; pageCount: number } {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    const pages = Array.from({ length: pageCount }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
    );
    return { pages, pageCount };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
