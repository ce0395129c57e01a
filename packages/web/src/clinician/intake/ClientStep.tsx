// Step 1: who the client is: age, sex, work and the activities that matter to them.
import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { ACTIVITIES, type Activity } from '@tandem/engine';
import { errorAt } from './fieldErrors.ts';
import { optionsOf } from './options.ts';
import { numberOrUndefined, setOptional, type StepProps } from './step.ts';

const SEX_OPTIONS = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
  { value: 'unspecified', label: 'Prefers not to say' },
];
const DOING = optionsOf(ACTIVITIES, (a) => a.kind !== 'easing');
const SEXES = ['female', 'male', 'other', 'unspecified'] as const;

export function ClientStep({ draft, update, errors }: StepProps) {
  const c = draft.client;
  const set = (client: typeof c) => {
    update((d) => ({ ...d, client }));
  };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Age (years)"
          required
          min={0}
          max={120}
          allowDecimal={false}
          value={c.age ?? ''}
          onChange={(v) => {
            set(setOptional(c, 'age', numberOrUndefined(v)));
          }}
          error={errorAt(errors, 'client.age')}
        />
        <Select
          label="Sex"
          data={SEX_OPTIONS}
          clearable
          value={c.sex ?? null}
          onChange={(v) => {
            set(
              setOptional(
                c,
                'sex',
                SEXES.find((s) => s === v),
              ),
            );
          }}
          error={errorAt(errors, 'client.sex')}
        />
        <TextInput
          label="Occupation"
          value={c.occupation ?? ''}
          onChange={(e) => {
            set(setOptional(c, 'occupation', e.currentTarget.value || undefined));
          }}
          error={errorAt(errors, 'client.occupation')}
        />
      </SimpleGrid>
      <MultiSelect
        label="Activities that matter to the client"
        description="Work, sport, hobbies, daily tasks: the plan aims to get these back."
        data={DOING}
        searchable
        value={c.activities}
        onChange={(v) => {
          set({ ...c, activities: v.filter((x): x is Activity => ACTIVITIES.has(x)) });
        }}
        error={errorAt(errors, 'client.activities')}
      />
    </Stack>
  );
}
