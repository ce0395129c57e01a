// While editing: why the plan changed, then save as a new version (or drop the changes).
import { Alert, Button, Group, List, Paper, TextInput } from '@mantine/core';

export function SaveBar({
  reason,
  onReason,
  onSave,
  onCancel,
  saving,
  reasonError,
  otherProblems,
  error,
}: {
  reason: string;
  onReason: (r: string) => void;
  onSave: () => void;
  onCancel: () => void;
  saving: boolean;
  reasonError: string | undefined;
  otherProblems: readonly string[];
  error: string | null;
}) {
  return (
    <Paper withBorder shadow="md" p="sm" pos="sticky" bottom={8} style={{ zIndex: 5 }}>
      {error !== null && (
        <Alert color="red" role="alert" mb="xs" title="Not saved">
          {error}
          {otherProblems.length > 0 && (
            <List size="sm">
              {otherProblems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Reason for the change"
          placeholder="e.g. client manages the easier version comfortably"
          required
          value={reason}
          onChange={(e) => {
            onReason(e.currentTarget.value);
          }}
          error={reasonError}
          style={{ flex: 1, minWidth: 240 }}
        />
        <Button onClick={onSave} loading={saving}>
          Save new version
        </Button>
        <Button variant="default" onClick={onCancel}>
          Discard changes
        </Button>
      </Group>
    </Paper>
  );
}
