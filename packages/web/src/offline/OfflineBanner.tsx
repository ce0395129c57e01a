// Tells the client when they are offline, how many log entries wait on this phone to be sent, and any entry the
// server refused (with its reason), so nothing they logged disappears without a word.
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useSession } from '../auth/session.tsx';
import { formatWeekday } from '../ui/charts/format.ts';
import { dismissRejected } from './outbox.ts';
import { useOnline } from './online.ts';
import type { Rejected } from './queue.ts';
import { useOutbox, useOutboxSync } from './useOutbox.ts';

const what = (r: Rejected): string =>
  r.write.kind === 'entry'
    ? `Your log for ${formatWeekday(r.write.body.date)}`
    : `Your morning check for ${formatWeekday(r.write.date)}`;

export const waitingText = (n: number): string => `${String(n)} ${n === 1 ? 'entry' : 'entries'} waiting to send`;

export function OfflineBanner() {
  useOutboxSync();
  const online = useOnline();
  const { user } = useSession();
  const { waiting, rejected, sending } = useOutbox();
  const lastError = waiting.find((w) => w.lastError !== undefined)?.lastError;
  return (
    <Stack gap="xs" mb={online && waiting.length === 0 && rejected.length === 0 ? 0 : 'md'}>
      {!online && (
        <Alert color="gray" variant="outline" role="status" title="You are offline">
          Today's program still works. What you log is kept on this phone and sent when you are back online.
        </Alert>
      )}
      {waiting.length > 0 && (
        <Alert color="blue" role="status" data-testid="outbox-waiting" title={waitingText(waiting.length)}>
          {sending
            ? 'Sending now…'
            : online
              ? (lastError ?? 'They will be sent in a moment.')
              : 'Kept safely on this phone until you are back online.'}
        </Alert>
      )}
      {rejected.map((r) => (
        <Alert key={r.write.key} color="red" role="alert" title={`${what(r)} was not accepted`}>
          <Text size="sm">{r.problems.length === 0 ? r.message : 'The clinic’s system gave these reasons:'}</Text>
          {r.problems.length > 0 && (
            <List size="sm" mt={4}>
              {r.problems.map((p) => (
                <List.Item key={p.field}>{p.message}</List.Item>
              ))}
            </List>
          )}
          <Group mt="xs">
            <Button
              size="compact-sm"
              variant="filled"
              color="red.9"
              onClick={() => void dismissRejected(user.id, r.write.key)}
            >
              I have seen this
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
