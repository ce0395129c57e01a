// Tandem's server package: for now the command line; the HTTP API and storage arrive with their issue.
export { main } from './cli/main.ts';
