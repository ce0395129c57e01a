// The safety screen, live: the engine's screening run in the browser on the intake as it is typed. A red flag shows
// the referral at once; a precaution lists the techniques to avoid or modify, each with its rule and reason.
import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import {
  INTENSITIES,
  describeExerciseLimit,
  REGIONS,
  TECHNIQUE_CATEGORIES,
  screenCase,
  type CaseFile,
  type ExerciseLimit,
  type Referral,
  type Restriction,
} from '@tandem/engine';
import { useMemo } from 'react';
import { WARN } from './colors.ts';

const URGENCY = {
  emergency: { color: 'red', title: 'Emergency referral: same day' },
  urgent: { color: 'orange', title: 'Urgent referral: medical review before any treatment' },
  routine: { color: 'yellow', title: 'Routine referral: tell the client’s doctor' },
} as const;

const where = (regions: readonly string[] | null): string =>
  regions === null ? 'everywhere' : regions.map((r) => (REGIONS.has(r) ? REGIONS.entries[r].label : r)).join(', ');

function ReferralBanner({
  referral,
  rationales,
}: {
  referral: Referral;
  rationales: { ruleId: string; rationale: string }[];
}) {
  const u = URGENCY[referral.urgency];
  return (
    <Alert
      color={u.color}
      variant="light"
      title={u.title}
      role="alert"
      aria-live="assertive"
      data-testid="referral-banner"
    >
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {referral.stopsTreatment
            ? 'Treatment stops until the client has been seen.'
            : 'Care may continue within the restrictions once the referral decision is recorded.'}
        </Text>
        <List size="sm" spacing={2}>
          {referral.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
        {rationales.map((a) => (
          <Text key={a.ruleId} size="sm">
            <Badge size="xs" variant="outline" color="dark" tt="none" mr={6}>
              {a.ruleId}
            </Badge>
            {a.rationale}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function RestrictionItem({ r }: { r: Restriction }) {
  const techniques = r.categories.map((c) => TECHNIQUE_CATEGORIES.entries[c].label).join(', ');
  return (
    <Card withBorder padding="xs" radius="sm" component="li" data-testid="restriction">
      <Group gap={6} mb={4}>
        <Badge color={r.action === 'avoid' ? 'red.9' : WARN} variant="filled">
          {r.action === 'avoid'
            ? 'Avoid'
            : `Modify: ${r.maxIntensity ? INTENSITIES.entries[r.maxIntensity].label.toLowerCase() : 'reduced'} only`}
        </Badge>
        <Text size="sm" fw={600}>
          {techniques}
        </Text>
      </Group>
      <Text size="sm">Where: {where(r.regions)}</Text>
      <Text size="sm">{r.rationale}</Text>
      <Text size="xs" c="dimmed">
        Rule {r.ruleId} · {r.source}
      </Text>
    </Card>
  );
}

function LimitItem({ l }: { l: ExerciseLimit }) {
  return (
    <Card withBorder padding="xs" radius="sm" component="li">
      <Text size="sm" fw={600}>
        {describeExerciseLimit(l)}
      </Text>
      <Text size="sm">{l.rationale}</Text>
      <Text size="xs" c="dimmed">
        Rule {l.ruleId} · {l.source}
      </Text>
    </Card>
  );
}

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

export function ScreeningPanel({ caseFile, ageKnown }: { caseFile: CaseFile; ageKnown: boolean }) {
  const result = useMemo(() => screenCase(caseFile), [caseFile]);
  const clear =
    result.referral === null &&
    result.restrictions.length === 0 &&
    result.exerciseLimits.length === 0 &&
    result.notices.length === 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby="screening-title">
      <Title order={2} size="h4" id="screening-title">
        Safety screen
      </Title>
      <Text size="xs" c="dimmed">
        Updates as you answer. {ageKnown ? '' : 'Age-based rules apply once the age is entered.'}
      </Text>
      <div aria-live="polite">
        {result.referral && <ReferralBanner referral={result.referral} rationales={result.alerts} />}
      </div>
      {clear && (
        <Alert color="teal" variant="light" title="Nothing flagged so far">
          No red flag or precaution in what has been entered.
        </Alert>
      )}
      {result.restrictions.length > 0 && (
        <Stack gap={6} component="section" aria-labelledby="restricted-title">
          <Title order={3} size="h5" id="restricted-title">
            Restricted techniques ({result.restrictions.length})
          </Title>
          <Stack gap={6} component="ul" style={listStyle} data-testid="restrictions">
            {result.restrictions.map((r, i) => (
              <RestrictionItem key={`${r.ruleId}-${String(i)}`} r={r} />
            ))}
          </Stack>
        </Stack>
      )}
      {result.exerciseLimits.length > 0 && (
        <Stack gap={6} component="section" aria-labelledby="limits-title">
          <Title order={3} size="h5" id="limits-title">
            Exercise limits
          </Title>
          <Stack gap={6} component="ul" style={listStyle}>
            {result.exerciseLimits.map((l, i) => (
              <LimitItem key={`${l.ruleId}-${String(i)}`} l={l} />
            ))}
          </Stack>
        </Stack>
      )}
      {result.notices.length > 0 && (
        <Stack gap={6} component="section" aria-labelledby="confirm-title">
          <Title order={3} size="h5" id="confirm-title">
            To check and record
          </Title>
          <List size="sm" spacing={4}>
            {result.notices.map((n) => (
              <List.Item key={`${n.ruleId}-${n.rationale}`}>
                {n.rationale}{' '}
                <Text span size="xs" c="dimmed">
                  ({n.ruleId})
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
