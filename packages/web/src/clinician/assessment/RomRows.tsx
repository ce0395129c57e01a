// Range of motion: joint, motion (only those measured at that joint), side and degrees, with the normal range
// from the vocabulary beside the value and a "limited" mark below the share of normal the engine uses.
import { Badge, NumberInput, Select, Stack, Text } from '@mantine/core';
import {
  ROM_JOINTS,
  ROM_LIMITED_FRACTION,
  ROM_MOTIONS,
  ROM_NORMS,
  SIDES,
  romNorm,
  type RomJoint,
  type RomMotion,
} from '@tandem/engine';
import { errorAt, type FieldErrors } from '../intake/fieldErrors.ts';
import { idOf, optionsOf } from '../intake/options.ts';
import { numberOrUndefined, setOptional } from '../intake/step.ts';
import { WARN } from '../intake/colors.ts';
import type { RomRow } from './draft.ts';
import { RowList } from './RowList.tsx';

const motionsAt = (joint: RomJoint): RomMotion[] =>
  Object.keys(ROM_NORMS[joint]).filter((m): m is RomMotion => ROM_MOTIONS.has(m));

function Normal({ row }: { row: RomRow }) {
  const norm = romNorm(row.joint, row.motion);
  if (norm === undefined) return null;
  const share = row.degrees === undefined || norm === 0 ? null : row.degrees / norm;
  return (
    <Stack gap={2} miw={150} pb={4}>
      <Text size="sm">Normal: {norm}°</Text>
      {share !== null && (
        <Badge color={share < ROM_LIMITED_FRACTION ? WARN : 'teal'} variant="outline">
          {Math.round(share * 100)} % of normal{share < ROM_LIMITED_FRACTION ? ' · limited' : ''}
        </Badge>
      )}
    </Stack>
  );
}

export function RomRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly RomRow[];
  onChange: (r: RomRow[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      rows={rows}
      onChange={onChange}
      what="range of motion"
      addLabel="Add a range of motion"
      empty="No range of motion recorded."
      blank={(): RomRow => ({ joint: 'shoulder', motion: 'flexion' })}
      render={(row, set, i) => {
        const n = String(i + 1);
        const at = (f: string) => errorAt(errors, `findings.rom[${String(i)}].${f}`);
        return (
          <>
            <Select
              label={`Joint ${n}`}
              data={optionsOf(ROM_JOINTS)}
              allowDeselect={false}
              value={row.joint}
              w={170}
              error={at('joint')}
              onChange={(v) => {
                const joint = idOf(ROM_JOINTS, v) ?? row.joint;
                const motions = motionsAt(joint);
                set({ ...row, joint, motion: motions.includes(row.motion) ? row.motion : (motions[0] ?? row.motion) });
              }}
            />
            <Select
              label="Motion"
              data={motionsAt(row.joint).map((m) => ({ value: m, label: ROM_MOTIONS.entries[m].label }))}
              allowDeselect={false}
              value={row.motion}
              w={190}
              error={at('motion')}
              onChange={(v) => {
                set({ ...row, motion: idOf(ROM_MOTIONS, v) ?? row.motion });
              }}
            />
            <Select
              label="Side"
              data={optionsOf(SIDES)}
              clearable
              value={row.side ?? null}
              w={130}
              onChange={(v) => {
                set(setOptional(row, 'side', idOf(SIDES, v)));
              }}
            />
            <NumberInput
              label={`Degrees, joint ${n}`}
              suffix="°"
              min={-90}
              max={270}
              w={130}
              value={row.degrees ?? ''}
              error={at('degrees')}
              onChange={(v) => {
                set(setOptional(row, 'degrees', numberOrUndefined(v)));
              }}
            />
            <Normal row={row} />
          </>
        );
      }}
    />
  );
}
