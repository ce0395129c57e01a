// A backup or restore refused for a reason the user can act on (not empty, not a backup, damaged): one line.
export class BackupError extends Error {
  override readonly name = 'BackupError';
}
