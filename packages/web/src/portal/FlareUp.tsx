// What to do in a flare-up: the flare-up plan from Tandem's education (the same text the clinician assigns), whether
// the log shows a flare now, the other assigned topics that help in one, and how to reach the clinic.
import { EDUCATION_BY_ID } from '@tandem/engine';
import { Alert, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatTime, formatWeekday, localDay } from '../ui/charts/format.ts';
import { useAppointments, useClinic, useEducation, useEpisode, useProgress, type Episode } from './data.ts';

const PLAN_TOPIC = 'flare_up_plan';

function FlareNow({ episode }: { episode: Episode }) {
  const progress = useProgress(episode.id);
  const flare = progress.data?.flare;
  if (!flare) return null;
  const decision = progress.data?.decisions.findLast((d) => d.decision === 'setback');
  return (
    <Alert color="red" title="Your log shows a flare-up" role="status">
      <Text size="sm">
        Since {formatWeekday(flare.since)} your pain at rest has stayed well above your usual level. Your program has
        been lowered for now, and your clinician can see this in your records.
      </Text>
      {decision && (
        <Text size="xs" mt={4}>
          Rule: {decision.ruleId}
        </Text>
      )}
    </Alert>
  );
}

function Helpful({ episode }: { episode: Episode }) {
  const topics = useEducation(episode.id);
  const helpful = (topics.data ?? []).filter(
    (t) => t.topic !== PLAN_TOPIC && (EDUCATION_BY_ID.get(t.topic)?.triggers.includes('flare_up') ?? false),
  );
  if (helpful.length === 0) return null;
  return (
    <Card withBorder padding="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        Also helpful in a flare-up
      </Title>
      <Stack gap="sm">
        {helpful.map((t) => (
          <div key={t.id}>
            <Text fw={600}>{t.title}</Text>
            <Text size="sm">{t.summary}</Text>
          </div>
        ))}
      </Stack>
      <Button component={Link} to="/portal/learn" variant="subtle" mt="xs" px={0}>
        Read them in Learn
      </Button>
    </Card>
  );
}

function Contact() {
  const clinic = useClinic();
  const appointments = useAppointments();
  const next = (appointments.data ?? [])
    .filter((a) => a.status === 'scheduled' && Date.parse(a.startsAt) > Date.now())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  return (
    <Card withBorder padding="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        Telling your clinician
      </Title>
      <Text size="sm">
        Log how you feel each day on the Today page: your clinician sees a flare-up in your records.
        {clinic.data ? ` If you are worried, contact ${clinic.data.name}.` : ''}
      </Text>
      {next && (
        <Text size="sm" mt="xs">
          Your next appointment: {formatWeekday(localDay(next.startsAt))} at {formatTime(next.startsAt)}.
        </Text>
      )}
      <Button component={Link} to="/portal" mt="sm" size="md">
        Log today
      </Button>
    </Card>
  );
}

export default function FlareUpPage() {
  const plan = EDUCATION_BY_ID.get(PLAN_TOPIC);
  // The plan is the same for everyone; the flare now and the assigned topics need the episode (none: left out).
  const episode = useEpisode().data ?? null;
  return (
    <Stack gap="md">
      <Title order={1}>{plan?.title ?? 'Flare-up plan'}</Title>
      {episode && <FlareNow episode={episode} />}
      {plan && (
        <Card withBorder padding="md" radius="md">
          <Text mb="sm">{plan.summary}</Text>
          <Title order={2} size="h4" mb="xs">
            Step by step
          </Title>
          <List type="ordered" spacing="sm">
            {plan.keyPoints.map((k) => (
              <List.Item key={k}>{k}</List.Item>
            ))}
          </List>
        </Card>
      )}
      {episode && <Helpful episode={episode} />}
      <Contact />
    </Stack>
  );
}
