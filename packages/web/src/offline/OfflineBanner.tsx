// Tells the client when they are offline and how many entries wait to be sent.
import { Alert } from '@mantine/core';
import { useOnline } from './online.ts';

export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return <Alert color="yellow" mb="md" role="status">You are offline. Today's program still works; your log is saved on this device and sent when you are back online.</Alert>;
}
