// Step 3: the story of the complaint: how long, how it started, what makes it worse or better, how irritable it is.
import { Fieldset, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { ACTIVITIES, ONSETS, type Activity, type CaseFile } from '@tandem/engine';
import { errorAt } from './fieldErrors.ts';
import { idOf, optionsOf } from './options.ts';
import { numberOrUndefined, setOptional, type StepProps } from './step.ts';

type Irritability = NonNullable<CaseFile['pain']['irritability']>;
const ALL_ACTIVITIES = optionsOf(ACTIVITIES);
const EASING_FIRST = [
  ...optionsOf(ACTIVITIES, (a) => a.kind === 'easing'),
  ...optionsOf(ACTIVITIES, (a) => a.kind !== 'easing'),
];
const activities = (v: string[]): Activity[] => v.filter((x): x is Activity => ACTIVITIES.has(x));

const SWITCHES: { key: 'nightPain' | 'constantPain' | 'easilyAggravated'; label: string }[] = [
  { key: 'nightPain', label: 'Pain at night' },
  { key: 'constantPain', label: 'Constant pain, even at rest' },
  { key: 'easilyAggravated', label: 'Easily aggravated' },
];

export function HistoryStep({ draft, update, errors }: StepProps) {
  const c = draft.complaint;
  const setComplaint = (complaint: typeof c) => {
    update((d) => ({ ...d, complaint }));
  };
  const irr: Irritability = draft.pain.irritability ?? {};
  const setIrr = (irritability: Irritability) => {
    update((d) => ({ ...d, pain: { ...d.pain, irritability } }));
  };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="How long has it been going on? (weeks)"
          min={0}
          value={c.durationWeeks ?? ''}
          onChange={(v) => {
            setComplaint(setOptional(c, 'durationWeeks', numberOrUndefined(v)));
          }}
          error={errorAt(errors, 'complaint.durationWeeks')}
        />
        <Select
          label="How it started"
          data={optionsOf(ONSETS)}
          clearable
          value={c.onset ?? null}
          onChange={(v) => {
            setComplaint(setOptional(c, 'onset', idOf(ONSETS, v)));
          }}
          error={errorAt(errors, 'complaint.onset')}
        />
      </SimpleGrid>
      <MultiSelect
        label="What makes it worse"
        data={ALL_ACTIVITIES}
        searchable
        value={c.aggravating}
        onChange={(v) => {
          setComplaint({ ...c, aggravating: activities(v) });
        }}
        error={errorAt(errors, 'complaint.aggravating')}
      />
      <MultiSelect
        label="What eases it"
        data={EASING_FIRST}
        searchable
        value={c.easing}
        onChange={(v) => {
          setComplaint({ ...c, easing: activities(v) });
        }}
        error={errorAt(errors, 'complaint.easing')}
      />
      <Fieldset legend="Irritability">
        <Stack gap="sm">
          <NumberInput
            label="Minutes for provoked pain to settle"
            min={0}
            w={{ base: '100%', sm: 320 }}
            value={irr.settlesWithinMinutes ?? ''}
            onChange={(v) => {
              setIrr(setOptional(irr, 'settlesWithinMinutes', numberOrUndefined(v)));
            }}
            error={errorAt(errors, 'pain.irritability.settlesWithinMinutes')}
          />
          {SWITCHES.map((s) => (
            <Switch
              key={s.key}
              label={s.label}
              checked={irr[s.key] ?? false}
              onChange={(e) => {
                setIrr({ ...irr, [s.key]: e.currentTarget.checked });
              }}
            />
          ))}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
