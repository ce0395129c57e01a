// Every decision progression made in the episode, newest first, with its rule and reason. Doses kept are many and
// alike, so they are counted and shown only on request.
import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { DecisionTimeline } from '../../../ui/charts/DecisionTimeline.tsx';
import { decisionEntry, decisionLabel, isChange, type ApiDecision } from '../../../ui/charts/decisions.ts';

const PAGE = 40;

function counts(decisions: readonly ApiDecision[]): string {
  const by = new Map<string, number>();
  for (const d of decisions) by.set(d.decision, (by.get(d.decision) ?? 0) + 1);
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${decisionLabel(k).label} ${String(n)}`)
    .join(' · ');
}

export function DecisionsPanel({ decisions }: { decisions: readonly ApiDecision[] }) {
  const [all, setAll] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const indexed = decisions.map((d, i) => ({ d, i }));
  const picked = indexed.filter(({ d }) => all || isChange(d)).reverse();
  const entries = picked.slice(0, shown).map(({ d, i }) => decisionEntry(d, i));
  if (decisions.length === 0) return <Text c="dimmed">No decisions yet: they follow the first logged session.</Text>;
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {decisions.length} decisions: {counts(decisions)}
        </Text>
        <Switch
          label="Include doses kept"
          checked={all}
          onChange={(e) => {
            setAll(e.currentTarget.checked);
            setShown(PAGE);
          }}
        />
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed">No dose changes or episode decisions yet.</Text>
      ) : (
        <DecisionTimeline entries={entries} dayHeading="h3" />
      )}
      {picked.length > shown && (
        <Button
          variant="subtle"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setShown(shown + PAGE);
          }}
        >
          Show earlier ({picked.length - shown} more)
        </Button>
      )}
    </Stack>
  );
}
