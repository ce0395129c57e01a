// Palpation: which structure, which side, and what was felt (structures grouped by region).
import { Select } from '@mantine/core';
import { PALPATION_FINDINGS, REGIONS, SIDES, STRUCTURES } from '@tandem/engine';
import { errorAt, type FieldErrors } from '../intake/fieldErrors.ts';
import { idOf, optionsOf } from '../intake/options.ts';
import { setOptional } from '../intake/step.ts';
import type { Palpation } from './draft.ts';
import { RowList } from './RowList.tsx';

const STRUCTURE_GROUPS = REGIONS.ids
  .map((r) => ({ group: REGIONS.entries[r].label, items: optionsOf(STRUCTURES, (s) => s.region === r) }))
  .filter((g) => g.items.length > 0);

export function PalpationRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly Palpation[];
  onChange: (r: Palpation[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      rows={rows}
      onChange={onChange}
      what="palpation finding"
      addLabel="Add a palpation finding"
      empty="No palpation finding recorded."
      blank={(): Palpation => ({ structure: 'upper_trapezius', finding: 'trigger_point' })}
      render={(row, set, i) => {
        const n = String(i + 1);
        const at = (f: string) => errorAt(errors, `findings.palpation[${String(i)}].${f}`);
        return (
          <>
            <Select
              label={`Structure ${n}`}
              data={STRUCTURE_GROUPS}
              searchable
              allowDeselect={false}
              value={row.structure}
              error={at('structure')}
              w={240}
              onChange={(v) => {
                set({ ...row, structure: idOf(STRUCTURES, v) ?? row.structure });
              }}
            />
            <Select
              label="Side"
              data={optionsOf(SIDES)}
              clearable
              value={row.side ?? null}
              w={140}
              onChange={(v) => {
                set(setOptional(row, 'side', idOf(SIDES, v)));
              }}
            />
            <Select
              label="Finding"
              data={optionsOf(PALPATION_FINDINGS)}
              allowDeselect={false}
              value={row.finding}
              error={at('finding')}
              w={280}
              onChange={(v) => {
                set({ ...row, finding: idOf(PALPATION_FINDINGS, v) ?? row.finding });
              }}
            />
          </>
        );
      }}
    />
  );
}
