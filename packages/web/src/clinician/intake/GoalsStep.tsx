// Step 4: goals, what the client has at home, and how often they can come and practise.
import { Chip, Fieldset, Group, MultiSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { EQUIPMENT, PRACTITIONER_SCOPES, type CaseFile, type Equipment, type PractitionerScope } from '@tandem/engine';
import { errorAt } from './fieldErrors.ts';
import { GoalEditor } from './GoalEditor.tsx';
import { optionsOf } from './options.ts';
import { numberOrUndefined, setOptional, without, type StepProps } from './step.ts';

type Preferences = CaseFile['preferences'];
const PREFS: { key: keyof Preferences; label: string; min: number; max: number }[] = [
  { key: 'visitsPerWeek', label: 'Visits per week', min: 1, max: 7 },
  { key: 'weeks', label: 'Weeks of care', min: 1, max: 52 },
  { key: 'homeMinutesPerDay', label: 'Home practice (minutes a day)', min: 0, max: 180 },
];

export function GoalsStep({ draft, update, errors }: StepProps) {
  const prefs = draft.preferences;
  const scope = draft.practitioner?.scope ?? [];
  return (
    <Stack>
      <Fieldset legend="Goals">
        <GoalEditor
          goals={draft.goals}
          errors={errors}
          onChange={(goals) => {
            update((d) => ({ ...d, goals }));
          }}
        />
      </Fieldset>
      <Fieldset legend="Equipment at home">
        <Chip.Group
          multiple
          value={draft.equipment}
          onChange={(v) => {
            update((d) => ({ ...d, equipment: v.filter((x): x is Equipment => EQUIPMENT.has(x)) }));
          }}
        >
          <Group gap={6}>
            {optionsOf(EQUIPMENT).map((o) => (
              <Chip key={o.value} value={o.value} size="sm">
                {o.label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>
      <Fieldset legend="Time for care">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {PREFS.map((p) => (
            <NumberInput
              key={p.key}
              label={p.label}
              min={p.min}
              max={p.max}
              allowDecimal={false}
              value={prefs[p.key] ?? ''}
              error={errorAt(errors, `preferences.${p.key}`)}
              onChange={(v) => {
                update((d) => ({ ...d, preferences: setOptional(d.preferences, p.key, numberOrUndefined(v)) }));
              }}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Stack gap={4}>
        <MultiSelect
          label="What the treating practitioner may do"
          data={optionsOf(PRACTITIONER_SCOPES)}
          searchable
          value={scope}
          description="The plan only uses techniques within this scope; leave empty for every technique."
          error={errorAt(errors, 'practitioner.scope')}
          onChange={(v) => {
            const next = v.filter((x): x is PractitionerScope => PRACTITIONER_SCOPES.has(x));
            update((d) => (next.length === 0 ? without(d, 'practitioner') : { ...d, practitioner: { scope: next } }));
          }}
        />
      </Stack>
    </Stack>
  );
}
