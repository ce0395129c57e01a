// One questionnaire: its items with Tandem's own labels (from the engine), one answer per item, scored live.
import { Anchor, CloseButton, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { INSTRUMENTS, type InstrumentId, type ItemDef } from '@tandem/engine';
import { errorAt, type FieldErrors } from '../intake/fieldErrors.ts';
import { LiveScore, type Previous } from './LiveScore.tsx';

const range = (item: ItemDef): number[] => Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);

function ItemRow({
  item,
  n,
  value,
  onChange,
  error,
}: {
  item: ItemDef;
  n: number;
  value: number | null;
  onChange: (v: number | null) => void;
  error?: string;
}) {
  return (
    <Radio.Group
      label={`${String(n)}. ${item.label}`}
      value={value === null ? null : String(value)}
      onChange={(v) => {
        onChange(Number(v));
      }}
      error={error}
      description={`${String(item.min)} to ${String(item.max)}`}
    >
      <Group gap="sm" mt={4}>
        {range(item).map((v) => (
          <Radio key={v} value={String(v)} label={String(v)} />
        ))}
        {value !== null && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              onChange(null);
            }}
            aria-label={`Clear answer ${String(n)}`}
          >
            clear
          </Anchor>
        )}
      </Group>
    </Radio.Group>
  );
}

interface Props {
  id: InstrumentId;
  answers: (number | null)[];
  onChange: (a: (number | null)[]) => void;
  onRemove: () => void;
  previous: Previous | undefined;
  errors: FieldErrors;
}

export function QuestionnaireCard({ id, answers, onChange, onRemove, previous, errors }: Props) {
  const instrument = INSTRUMENTS[id];
  const items = instrument.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`q-${id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5" id={`q-${id}`}>
              {instrument.name}
            </Title>
            <Text size="sm" c="dimmed">
              {instrument.description}
            </Text>
          </div>
          <CloseButton aria-label={`Remove ${instrument.name}`} onClick={onRemove} />
        </Group>
        <LiveScore id={id} answers={answers} previous={previous} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" verticalSpacing="sm">
          {items.map((item, i) => (
            <ItemRow
              key={item.id}
              item={item}
              n={i + 1}
              value={answers[i] ?? null}
              error={errorAt(errors, `questionnaires.${id}[${String(i)}]`)}
              onChange={(v) => {
                onChange(items.map((_, j) => (j === i ? v : (answers[j] ?? null))));
              }}
            />
          ))}
        </SimpleGrid>
        {errorAt(errors, `questionnaires.${id}`) && (
          <Text c="red.8" size="sm" role="alert">
            {errorAt(errors, `questionnaires.${id}`)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
