// "Why?": the rule that put an item in the plan and its reason, one click away (a disclosure button for keyboards
// and screen readers).
import { Badge, Box, Collapse, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';

export function Why({
  ruleId,
  rationale,
  label = 'Why?',
}: {
  ruleId: string | readonly string[];
  rationale: string;
  label?: string;
}) {
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  const rules = typeof ruleId === 'string' ? [ruleId] : ruleId;
  return (
    <Box>
      <UnstyledButton onClick={toggle} aria-expanded={opened} aria-controls={id} fz="sm" c="teal.9" td="underline">
        {opened ? `Hide ${label.replace(/\?$/, '').toLowerCase()}` : label}
      </UnstyledButton>
      <Collapse expanded={opened} id={id}>
        <Box mt={4} p="xs" bg="gray.0" style={{ borderLeft: '3px solid var(--mantine-color-teal-7)', borderRadius: 4 }}>
          <Text size="sm">{rationale}</Text>
          <Group gap={4} mt={4}>
            <Text size="xs" c="dimmed">
              Rule
            </Text>
            {rules.map((r) => (
              <Badge key={r} size="xs" variant="default" tt="none">
                {r}
              </Badge>
            ))}
          </Group>
        </Box>
      </Collapse>
    </Box>
  );
}
