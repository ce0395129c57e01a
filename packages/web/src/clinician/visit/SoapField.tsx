// One letter of the SOAP note: its heading, what belongs there, and a text area.
import { Textarea } from '@mantine/core';

export function SoapField({
  letter,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  letter: string;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  return (
    <Textarea
      label={`${letter} · ${label}`}
      description={hint}
      autosize
      minRows={2}
      maxRows={8}
      value={value}
      error={error}
      onChange={(e) => {
        onChange(e.currentTarget.value);
      }}
    />
  );
}
