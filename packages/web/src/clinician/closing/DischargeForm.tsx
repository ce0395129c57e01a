// Discharge: the date, a summary (prefilled from the goals), how the follow-up check-ins happen; and a preview of
// the maintenance program the engine will set (the same engine function the server runs).
import { maintenanceProgram } from '@tandem/engine';
import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError, api, ok } from '../../api/client.ts';
import type { Ok } from '../../api/types.ts';
import { doseLabel } from '../plan/labels.ts';
import type { ProgressReport } from '../plan/queries.ts';

export type Discharged = Ok<'/api/v1/episodes/{id}/discharge', 'post'>;

function summaryOf(report: ProgressReport): string {
  const lines = report.goals.map(
    (g) =>
      `${(g.description ?? g.measure).replace(/\.$/, '')}: ${String(g.baseline)} → ${g.latest === null ? 'not measured' : String(g.latest)} (target ${String(g.target)}, ${g.status.replace('_', ' ')}).`,
  );
  const adherence = report.adherence?.ratio;
  if (adherence !== undefined && adherence !== null)
    lines.push(
      `Home program adherence ${String(Math.round(adherence * 100))}% (${report.adherence?.from ?? ''} to ${report.adherence?.to ?? ''}).`,
    );
  return lines.join('\n');
}

export function DischargeForm({
  episodeId,
  report,
  today,
  onDone,
}: {
  episodeId: string;
  report: ProgressReport;
  today: string;
  onDone: (d: Discharged) => void;
}) {
  const queryClient = useQueryClient();
  const [date, setDate] = useState(today);
  const [summary, setSummary] = useState(() => summaryOf(report));
  const [kind, setKind] = useState<'in_person' | 'telehealth'>('in_person');
  const [videoLink, setVideoLink] = useState('');
  const [checkInTime, setCheckInTime] = useState('09:00');
  const [checkInMinutes, setCheckInMinutes] = useState(30);
  const preview = useMemo(
    () =>
      maintenanceProgram(
        report.prescription.map(({ name: _n, ...p }) => p),
        date,
      ),
    [report.prescription, date],
  );
  const names = new Map(report.prescription.map((p) => [p.exercise, p.name]));
  const discharge = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/episodes/{id}/discharge', {
          params: { path: { id: episodeId } },
          body: { date, summary, kind, checkInTime, checkInMinutes, ...(kind === 'telehealth' && { videoLink }) },
        }),
      ),
    onSuccess: async (d) => {
      await queryClient.invalidateQueries({ queryKey: ['episode', episodeId] });
      onDone(d);
    },
  });
  const error = discharge.error instanceof ApiError ? discharge.error : null;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        discharge.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3">
          Discharge
        </Title>
        <TextInput
          type="date"
          label="Discharge date"
          w={180}
          required
          value={date}
          onChange={(e) => {
            setDate(e.currentTarget.value);
          }}
          error={error?.problemFor('date')}
        />
        <Textarea
          label="Discharge summary"
          description="Prefilled from the goals; add what the client should know."
          required
          autosize
          minRows={4}
          value={summary}
          onChange={(e) => {
            setSummary(e.currentTarget.value);
          }}
          error={error?.problemFor('summary')}
        />
        <div>
          <Text size="sm" fw={500} id="checkin-kind">
            Follow-up check-ins
          </Text>
          <SegmentedControl
            aria-labelledby="checkin-kind"
            value={kind}
            onChange={(v) => {
              setKind(v === 'telehealth' ? 'telehealth' : 'in_person');
            }}
            data={[
              { value: 'in_person', label: 'In person' },
              { value: 'telehealth', label: 'Video' },
            ]}
          />
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Time (UTC)"
            w={120}
            value={checkInTime}
            onChange={(e) => {
              setCheckInTime(e.currentTarget.value);
            }}
            error={error?.problemFor('checkInTime')}
          />
          <NumberInput
            label="Minutes"
            w={100}
            min={5}
            max={240}
            value={checkInMinutes}
            onChange={(v) => {
              if (typeof v === 'number') setCheckInMinutes(v);
            }}
            error={error?.problemFor('checkInMinutes')}
          />
          {kind === 'telehealth' && (
            <TextInput
              label="Video link"
              placeholder="https://"
              style={{ flex: 1, minWidth: 220 }}
              value={videoLink}
              onChange={(e) => {
                setVideoLink(e.currentTarget.value);
              }}
              error={error?.problemFor('videoLink')}
            />
          )}
        </Group>
        <Paper bg="gray.0" p="sm">
          <Text size="sm" fw={600}>
            Maintenance program from {date}
          </Text>
          <List size="sm">
            {preview.exercises.map((p) => (
              <List.Item key={p.exercise}>
                {names.get(p.exercise) ?? p.exercise}: {doseLabel(p)}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            Check-ins: {preview.checkIns.join(', ')}
          </Text>
        </Paper>
        {discharge.error && (error === null || error.problems.length === 0) && (
          <Alert color="red" role="alert" title="Not discharged">
            {discharge.error.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={discharge.isPending} color="teal.9">
            Discharge and book check-ins
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
