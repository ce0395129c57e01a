// Tandem's server package exports the `tandem` command line; its `serve` command runs the HTTP API over the storage.
export { main } from './cli/main.ts';
