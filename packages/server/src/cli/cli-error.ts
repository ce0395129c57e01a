// A usage or input error of the command line: printed as one line, exit code 2.
export class CliError extends Error {
  override name = 'CliError';
}
