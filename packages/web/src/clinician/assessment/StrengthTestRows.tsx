// Manual muscle test grades (0–5) and functional tests with their units.
import { NumberInput, Select } from '@mantine/core';
import { FUNCTIONAL_TESTS, SIDES, STRENGTH_GRADE_MAX, STRENGTH_GRADE_MIN, STRUCTURES } from '@tandem/engine';
import { errorAt, type FieldErrors } from '../intake/fieldErrors.ts';
import { idOf, optionsOf } from '../intake/options.ts';
import { numberOrUndefined, setOptional } from '../intake/step.ts';
import type { FunctionalRow, StrengthRow } from './draft.ts';
import { RowList } from './RowList.tsx';

const MUSCLES = optionsOf(STRUCTURES, (s) => s.kind === 'muscle');

export function StrengthRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly StrengthRow[];
  onChange: (r: StrengthRow[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      rows={rows}
      onChange={onChange}
      what="strength test"
      addLabel="Add a strength test"
      empty="No strength test recorded."
      blank={(): StrengthRow => ({ muscle: 'gluteus_medius' })}
      render={(row, set, i) => (
        <>
          <Select
            label={`Muscle ${String(i + 1)}`}
            data={MUSCLES}
            searchable
            allowDeselect={false}
            value={row.muscle}
            w={220}
            onChange={(v) => {
              set({ ...row, muscle: idOf(STRUCTURES, v) ?? row.muscle });
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
            label={`Grade (${String(STRENGTH_GRADE_MIN)}–${String(STRENGTH_GRADE_MAX)})`}
            min={STRENGTH_GRADE_MIN}
            max={STRENGTH_GRADE_MAX}
            step={0.5}
            w={130}
            value={row.grade ?? ''}
            error={errorAt(errors, `findings.strength[${String(i)}].grade`)}
            onChange={(v) => {
              set(setOptional(row, 'grade', numberOrUndefined(v)));
            }}
          />
        </>
      )}
    />
  );
}

export function FunctionalRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly FunctionalRow[];
  onChange: (r: FunctionalRow[]) => void;
  errors: FieldErrors;
}) {
  return (
    <RowList
      rows={rows}
      onChange={onChange}
      what="functional test"
      addLabel="Add a functional test"
      empty="No functional test recorded."
      blank={(): FunctionalRow => ({ test: 'sit_to_stand_30s' })}
      render={(row, set, i) => {
        const t = FUNCTIONAL_TESTS.entries[row.test];
        return (
          <>
            <Select
              label={`Test ${String(i + 1)}`}
              data={optionsOf(FUNCTIONAL_TESTS)}
              allowDeselect={false}
              value={row.test}
              w={280}
              onChange={(v) => {
                set({ ...row, test: idOf(FUNCTIONAL_TESTS, v) ?? row.test });
              }}
            />
            {t.lateral && (
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
            )}
            <NumberInput
              label={`Result (${t.unit}, ${t.better} is better)`}
              min={0}
              w={200}
              value={row.value ?? ''}
              error={errorAt(errors, `findings.functional[${String(i)}].value`)}
              onChange={(v) => {
                set(setOptional(row, 'value', numberOrUndefined(v)));
              }}
            />
          </>
        );
      }}
    />
  );
}
