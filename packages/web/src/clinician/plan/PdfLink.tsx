// A link to one of the server's PDF documents (opens in a new tab; the browser downloads or shows it).
import { Button } from '@mantine/core';

export function PdfLink({ href, children }: { href: string; children: string }) {
  return (
    <Button
      component="a"
      href={href}
      target="_blank"
      rel="noopener"
      variant="default"
      size="compact-sm"
      aria-label={`${children} (PDF, opens in a new tab)`}
    >
      {children} (PDF)
    </Button>
  );
}
