// A server refusal shown where it belongs: next to the item or field the server named.
import { Text } from '@mantine/core';

export function ProblemText({ messages }: { messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <>
      {messages.map((m) => (
        <Text key={m} size="sm" c="red.9" role="alert">
          {m}
        </Text>
      ))}
    </>
  );
}
