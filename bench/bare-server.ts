// The baseline for the server bench: a bare Fastify route on the same machine, in its own process.
import Fastify from 'fastify';

const app = Fastify();
app.get('/bare', () => ({ ok: true }));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`running at ${url}`);
