// The intake wizard: six steps of the case file's intake, with the safety screen running beside it as it is
// answered. It saves through `onSave` (creating or replacing the episode's intake) and shows the server's field errors.
import { Button, Grid, Group, Paper, Stack, Stepper, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { ClientStep } from './ClientStep.tsx';
import { ComplaintStep } from './ComplaintStep.tsx';
import { screenable, type IntakeDraft } from './draft.ts';
import { fieldErrorsOf, type FieldErrors } from './fieldErrors.ts';
import { GoalsStep } from './GoalsStep.tsx';
import { HistoryStep } from './HistoryStep.tsx';
import { MedicalStep } from './MedicalStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { ScreeningPanel } from './ScreeningPanel.tsx';
import type { StepProps } from './step.ts';

const STEPS: { label: string; title: string; fields: readonly string[]; Component: (p: StepProps) => ReactNode }[] = [
  { label: 'Client', title: 'About the client', fields: ['client'], Component: ClientStep },
  {
    label: 'Complaint',
    title: 'Where it hurts and how much',
    fields: ['complaint.regions', 'complaint.side', 'pain.map', 'pain.nprs'],
    Component: ComplaintStep,
  },
  {
    label: 'History',
    title: 'History of the complaint',
    fields: ['complaint', 'pain.irritability'],
    Component: HistoryStep,
  },
  {
    label: 'Goals',
    title: 'Goals, equipment and time',
    fields: ['goals', 'equipment', 'preferences', 'practitioner'],
    Component: GoalsStep,
  },
  { label: 'Screening', title: 'Medical screening', fields: ['redFlags', 'history'], Component: MedicalStep },
];

/** An optional step before the intake (the new-client page puts the client's record there). */
export interface LeadStep {
  label: string;
  title: string;
  content: ReactNode;
  done: boolean;
}

interface Props {
  initial: IntakeDraft;
  onSave: (draft: IntakeDraft) => Promise<unknown>;
  saveLabel: string;
  lead?: LeadStep;
  /** Server paths start with this (e.g. "body.intake." or "body."). */
  errorPrefixes: readonly string[];
}

export function IntakeWizard({ initial, onSave, saveLabel, lead, errorPrefixes }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const offset = lead ? 1 : 0;
  const [active, setActive] = useState(lead && !lead.done ? 0 : offset);
  const narrow = useMediaQuery('(max-width: 48em)');
  const review = offset + STEPS.length;
  const last = review;
  const canLeaveLead = !lead || lead.done;
  const screening = useMemo(() => screenable(draft), [draft]);

  const stepOf = (field: string): number => {
    const i = STEPS.findIndex((s) =>
      s.fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`)),
    );
    return i < 0 ? review : i + offset;
  };
  const hasError = (i: number) => Object.keys(errors).some((f) => stepOf(f) === i);
  const goTo = (i: number) => {
    if (i === 0 || canLeaveLead) setActive(Math.max(0, Math.min(last, i)));
  };
  const update: StepProps['update'] = (change) => {
    setDraft(change);
  };

  const save = async () => {
    setSaving(true);
    setErrors({});
    try {
      await onSave(draft);
    } catch (e) {
      const found = fieldErrorsOf(e, errorPrefixes);
      const next =
        Object.keys(found).length > 0
          ? found
          : { '': e instanceof Error ? e.message : 'the intake could not be saved' };
      setErrors(next);
      const first = Math.min(...Object.keys(next).map(stepOf));
      setActive(first);
    } finally {
      setSaving(false);
    }
  };

  const title = active < offset ? lead?.title : active === review ? 'Check and save' : STEPS[active - offset]?.title;
  const current = STEPS[active - offset];
  return (
    <Stack>
      <Stepper
        active={active}
        onStepClick={goTo}
        size="sm"
        orientation={narrow ? 'vertical' : 'horizontal'}
        allowNextStepsSelect={canLeaveLead}
      >
        {lead && <Stepper.Step label={lead.label} />}
        {STEPS.map((s, i) => (
          <Stepper.Step key={s.label} label={s.label} color={hasError(i + offset) ? 'red' : undefined} />
        ))}
        <Stepper.Step label="Review" color={hasError(review) ? 'red' : undefined} />
      </Stepper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Paper withBorder p="md" component="section" aria-labelledby="step-title">
              <Stack>
                <Title order={2} size="h3" id="step-title">
                  {title}
                </Title>
                {active < offset && lead?.content}
                {current && <current.Component draft={draft} update={update} errors={errors} />}
                {active === review && <ReviewStep draft={draft} errors={errors} stepOf={stepOf} goTo={goTo} />}
              </Stack>
            </Paper>
            {(active >= offset || lead?.done === true) && (
              <Group justify="space-between">
                <Button
                  variant="default"
                  disabled={active === 0}
                  onClick={() => {
                    goTo(active - 1);
                  }}
                >
                  Back
                </Button>
                {active < review ? (
                  <Button
                    onClick={() => {
                      goTo(active + 1);
                    }}
                    disabled={!canLeaveLead}
                  >
                    Next
                  </Button>
                ) : (
                  <Button onClick={() => void save()} loading={saving}>
                    {saveLabel}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" style={narrow ? undefined : { position: 'sticky', top: 72 }}>
            <ScreeningPanel caseFile={screening} ageKnown={draft.client.age !== undefined} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
