// The client's goals in the case file's terms: an activity from where it is to where they want it, or a
// questionnaire score to reach, each within a number of weeks.
import { ActionIcon, Button, Card, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { ACTIVITIES, FUNCTIONAL_STATUS, INSTRUMENTS, INSTRUMENT_IDS, type InstrumentId } from '@tandem/engine';
import type { CaseGoal } from './draft.ts';
import { errorAt, type FieldErrors } from './fieldErrors.ts';
import { idOf, optionsOf } from './options.ts';
import { numberOrUndefined } from './step.ts';

const QUESTIONNAIRES = INSTRUMENT_IDS.filter((id) => INSTRUMENTS[id].items !== undefined || id === 'psfs');
const INSTRUMENT_OPTIONS = QUESTIONNAIRES.map((id) => ({ value: id, label: INSTRUMENTS[id].name }));
const isInstrument = (v: string | null): v is InstrumentId => QUESTIONNAIRES.some((id) => id === v);

function GoalRow({
  goal,
  index,
  onChange,
  onRemove,
  errors,
}: {
  goal: CaseGoal;
  index: number;
  onChange: (g: CaseGoal) => void;
  onRemove: () => void;
  errors: FieldErrors;
}) {
  const at = (field: string) => errorAt(errors, `goals[${String(index)}].${field}`);
  const n = index + 1;
  const weeks = (
    <NumberInput
      label="Within (weeks)"
      min={1}
      max={104}
      w={120}
      value={goal.weeks}
      error={at('weeks')}
      onChange={(v) => {
        onChange({ ...goal, weeks: numberOrUndefined(v) ?? 1 });
      }}
    />
  );
  let fields;
  if (goal.measure === 'functional') {
    fields = (
      <>
        <Select
          label={`Goal ${String(n)}: activity`}
          data={optionsOf(ACTIVITIES)}
          searchable
          value={goal.activity}
          error={at('activity')}
          allowDeselect={false}
          onChange={(v) => {
            onChange({ ...goal, activity: idOf(ACTIVITIES, v) ?? goal.activity });
          }}
        />
        <Select
          label="Now"
          data={optionsOf(FUNCTIONAL_STATUS)}
          value={goal.baseline}
          w={190}
          allowDeselect={false}
          onChange={(v) => {
            onChange({ ...goal, baseline: idOf(FUNCTIONAL_STATUS, v) ?? goal.baseline });
          }}
        />
        <Select
          label="Target"
          data={optionsOf(FUNCTIONAL_STATUS)}
          value={goal.target}
          w={190}
          allowDeselect={false}
          error={at('target')}
          onChange={(v) => {
            onChange({ ...goal, target: idOf(FUNCTIONAL_STATUS, v) ?? goal.target });
          }}
        />
      </>
    );
  } else if (goal.measure !== 'rom' && goal.measure !== 'functional_test' && goal.measure !== 'strength') {
    fields = (
      <>
        <Select
          label={`Goal ${String(n)}: questionnaire`}
          data={INSTRUMENT_OPTIONS}
          value={goal.measure}
          allowDeselect={false}
          onChange={(v) => {
            if (isInstrument(v)) onChange({ ...goal, measure: v });
          }}
        />
        <NumberInput
          label="Now"
          w={100}
          value={goal.baseline}
          error={at('baseline')}
          onChange={(v) => {
            onChange({ ...goal, baseline: numberOrUndefined(v) ?? 0 });
          }}
        />
        <NumberInput
          label="Target"
          w={100}
          value={goal.target}
          error={at('target')}
          onChange={(v) => {
            onChange({ ...goal, target: numberOrUndefined(v) ?? 0 });
          }}
        />
      </>
    );
  } else {
    fields = (
      <Text size="sm">
        Goal {n}: {goal.measure} {String(goal.baseline)} → {String(goal.target)} (kept as recorded)
      </Text>
    );
  }
  return (
    <Card withBorder padding="sm">
      <Group align="flex-end" wrap="wrap" gap="sm">
        {fields}
        {weeks}
        <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove goal ${String(n)}`} onClick={onRemove}>
          ✕
        </ActionIcon>
      </Group>
    </Card>
  );
}

export function GoalEditor({
  goals,
  onChange,
  errors,
}: {
  goals: readonly CaseGoal[];
  onChange: (g: CaseGoal[]) => void;
  errors: FieldErrors;
}) {
  const add = (g: CaseGoal) => {
    onChange([...goals, g]);
  };
  return (
    <Stack gap="xs">
      {goals.length === 0 && (
        <Text size="sm" c="dimmed">
          No goal yet. Goals the client names give the plan its targets.
        </Text>
      )}
      {goals.map((g, i) => (
        <GoalRow
          key={i}
          goal={g}
          index={i}
          errors={errors}
          onChange={(next) => {
            onChange(goals.map((x, j) => (j === i ? next : x)));
          }}
          onRemove={() => {
            onChange(goals.filter((_, j) => j !== i));
          }}
        />
      ))}
      <Group gap="xs">
        <Button
          variant="light"
          size="xs"
          onClick={() => {
            add({ measure: 'functional', activity: 'walking', baseline: 'painful', target: 'pain_free', weeks: 6 });
          }}
        >
          Add an activity goal
        </Button>
        <Button
          variant="light"
          size="xs"
          onClick={() => {
            add({ measure: 'nprs', baseline: 6, target: 3, weeks: 6 });
          }}
        >
          Add a score goal
        </Button>
      </Group>
    </Stack>
  );
}
