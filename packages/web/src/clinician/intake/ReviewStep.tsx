// Step 6: the intake at a glance before it is saved, with anything the server refused and where to fix it.
import { Alert, Anchor, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { ACTIVITIES, CONDITIONS, MEDICATIONS, ONSETS, RED_FLAGS } from '@tandem/engine';
import { describeRegion } from '../../ui/body-map/BodyMap.tsx';
import type { IntakeDraft } from './draft.ts';
import type { FieldErrors } from './fieldErrors.ts';

const none = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

/** Pregnancy, falls and a walking aid, the facts behind the positioning and fall-risk rules. */
function safetyFacts(h: IntakeDraft['history']): string[] {
  const out: string[] = [];
  if (h.pregnant) out.push(h.pregnancyWeeks === undefined ? 'pregnant' : `pregnant, ${String(h.pregnancyWeeks)} weeks`);
  if (h.fallsInPastYear !== undefined)
    out.push(`${String(h.fallsInPastYear)} fall${h.fallsInPastYear === 1 ? '' : 's'} in the past year`);
  if (h.walkingAid === true) out.push('walks with an aid');
  return out;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

export function ReviewStep({
  draft,
  errors,
  stepOf,
  goTo,
}: {
  draft: IntakeDraft;
  errors: FieldErrors;
  stepOf: (field: string) => number;
  goTo: (step: number) => void;
}) {
  const c = draft.client;
  const nprs = draft.pain.nprs;
  const problems = Object.entries(errors);
  return (
    <Stack>
      {problems.length > 0 && (
        <Alert color="red" title="The server could not save the intake" role="alert">
          <List size="sm">
            {problems.map(([field, message]) => (
              <List.Item key={field}>
                {field || 'intake'}: {message}{' '}
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => {
                    goTo(stepOf(field));
                  }}
                >
                  Fix it
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Fact
          label="Client"
          value={`${c.name ?? 'Unnamed'}, ${c.age === undefined ? 'age not given' : `${String(c.age)} years`}${c.occupation ? `, ${c.occupation}` : ''}`}
        />
        <Fact label="Where it hurts" value={none(draft.pain.map.map(describeRegion))} />
        <Fact
          label="Pain now / best / worst"
          value={[nprs.current, nprs.best, nprs.worst].map((n) => (n === undefined ? '–' : String(n))).join(' / ')}
        />
        <Fact
          label="Duration and onset"
          value={`${draft.complaint.durationWeeks === undefined ? '?' : String(draft.complaint.durationWeeks)} weeks, ${draft.complaint.onset ? ONSETS.entries[draft.complaint.onset].label.toLowerCase() : 'onset not given'}`}
        />
        <Fact label="Worse with" value={none(draft.complaint.aggravating.map((a) => ACTIVITIES.entries[a].label))} />
        <Fact label="Red flags" value={none(draft.redFlags.map((f) => RED_FLAGS.entries[f].label))} />
        <Fact label="Conditions" value={none(draft.history.conditions.map((x) => CONDITIONS.entries[x].label))} />
        <Fact label="Medicines" value={none(draft.history.medications.map((x) => MEDICATIONS.entries[x].label))} />
        <Fact label="Pregnancy and falls" value={none(safetyFacts(draft.history))} />
        <Fact label="Goals" value={String(draft.goals.length)} />
      </SimpleGrid>
    </Stack>
  );
}
