// Step 5: medical screening: red flags (grouped by what they may point to), conditions, medicines, surgery, pregnancy
// (and how far along), falls and walking aids. Each answer feeds the live safety screen next to the form.
import { Checkbox, Fieldset, NumberInput, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import {
  CONDITIONS,
  MEDICATIONS,
  RED_FLAGS,
  type Condition,
  type Medication,
  type RedFlag,
  type RedFlagConcern,
} from '@tandem/engine';
import { errorAt } from './fieldErrors.ts';
import { optionsOf } from './options.ts';
import { numberOrUndefined, setOptional, without, type StepProps } from './step.ts';
import { SurgeryEditor } from './SurgeryEditor.tsx';

const concernName = (c: RedFlagConcern): string =>
  c.length <= 3 ? c.toUpperCase() : `${c.charAt(0).toUpperCase()}${c.slice(1).replaceAll('_', ' ')}`;
const BY_CONCERN = RED_FLAGS.ids.reduce<Map<RedFlagConcern, RedFlag[]>>((m, id) => {
  const concern = RED_FLAGS.entries[id].concern;
  m.set(concern, [...(m.get(concern) ?? []), id]);
  return m;
}, new Map());

export function MedicalStep({ draft, update, errors }: StepProps) {
  const h = draft.history;
  const setHistory = (history: typeof h) => {
    update((d) => ({ ...d, history }));
  };
  return (
    <Stack>
      <Fieldset legend="Red flags: tick any the client reports">
        <Checkbox.Group
          value={draft.redFlags}
          error={errorAt(errors, 'redFlags')}
          onChange={(v) => {
            update((d) => ({ ...d, redFlags: v.filter((x): x is RedFlag => RED_FLAGS.has(x)) }));
          }}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
            {[...BY_CONCERN].map(([concern, ids]) => (
              <Stack key={concern} gap={6}>
                <Text size="sm" fw={700}>
                  {concernName(concern)}
                </Text>
                {ids.map((id) => (
                  <Checkbox key={id} value={id} label={RED_FLAGS.entries[id].label} />
                ))}
              </Stack>
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Fieldset>
      <Fieldset legend="Conditions">
        <Checkbox.Group
          value={h.conditions}
          error={errorAt(errors, 'history.conditions')}
          onChange={(v) => {
            setHistory({ ...h, conditions: v.filter((x): x is Condition => CONDITIONS.has(x)) });
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
            {optionsOf(CONDITIONS).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Fieldset>
      <Fieldset legend="Medicines">
        <Checkbox.Group
          value={h.medications}
          error={errorAt(errors, 'history.medications')}
          onChange={(v) => {
            setHistory({ ...h, medications: v.filter((x): x is Medication => MEDICATIONS.has(x)) });
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
            {optionsOf(MEDICATIONS).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Fieldset>
      <Fieldset legend="Surgery">
        <SurgeryEditor
          surgeries={h.surgeries}
          errors={errors}
          onChange={(surgeries) => {
            setHistory({ ...h, surgeries });
          }}
        />
      </Fieldset>
      <Fieldset legend="Pregnancy">
        <Stack gap="sm">
          <Switch
            label="Pregnant"
            checked={h.pregnant}
            onChange={(e) => {
              // Weeks belong to a pregnancy: untick it and they go too.
              const pregnant = e.currentTarget.checked;
              setHistory(pregnant ? { ...h, pregnant } : { ...without(h, 'pregnancyWeeks'), pregnant });
            }}
          />
          {h.pregnant && (
            <NumberInput
              label="Weeks of pregnancy"
              description="Leave blank if not known: the screen then applies the precautions of later pregnancy."
              min={0}
              max={42}
              allowDecimal={false}
              w={{ base: '100%', sm: 320 }}
              value={h.pregnancyWeeks ?? ''}
              onChange={(v) => {
                setHistory(setOptional(h, 'pregnancyWeeks', numberOrUndefined(v)));
              }}
              error={errorAt(errors, 'history.pregnancyWeeks')}
            />
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend="Falls and walking">
        <Stack gap="sm">
          <NumberInput
            label="Falls in the past year"
            min={0}
            max={100}
            allowDecimal={false}
            w={{ base: '100%', sm: 320 }}
            value={h.fallsInPastYear ?? ''}
            onChange={(v) => {
              setHistory(setOptional(h, 'fallsInPastYear', numberOrUndefined(v)));
            }}
            error={errorAt(errors, 'history.fallsInPastYear')}
          />
          <Switch
            label="Walks with an aid (stick, crutch or frame)"
            checked={h.walkingAid ?? false}
            onChange={(e) => {
              setHistory({ ...h, walkingAid: e.currentTarget.checked });
            }}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
