// Fastify validates requests and responses with zod (the engine's schemas), and the OpenAPI document is made from them.
import type { FastifyPluginCallback, FastifyPluginOptions, FastifyTypeProvider, RawServerDefault } from 'fastify';
import type { FastifySchema, FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z, type ZodType } from 'zod';
import { ApiError, type Problem } from './errors.ts';

const pathOf = (part: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), part);

/** Zod issues as problems naming the field, e.g. `body.entries[2].painDuring: Too big: expected number to be <=10`. */
export function problemsOf(part: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {
        field: pathOf(part, [...issue.path, ...(issue.keys.length === 1 ? issue.keys : [])]),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    return { field: pathOf(part, issue.path), message: issue.message };
  });
}

export const invalidInput = (problems: Problem[]): ApiError =>
  new ApiError('invalid', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

const PARTS: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const parsed = schema.safeParse(data);
    if (parsed.success) return { value: parsed.data };
    return { error: invalidInput(problemsOf(PARTS[httpPart ?? 'body'] ?? 'body', parsed.error)) };
  };

/** Responses are checked against their schema too: a mismatch is a server bug, never sent half-right. */
export const serializerCompiler: FastifySerializerCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success)
      throw new Error(
        `response does not match its schema: ${problemsOf('response', parsed.error)
          .map((p) => `${p.field}: ${p.message}`)
          .join('; ')}`,
      );
    return JSON.stringify(parsed.data);
  };

/** Route handlers see the parsed types of their zod schemas (params, query, body) and reply with the response's. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends ZodType ? z.input<this['schema']> : unknown;
}

/** A plugin of routes typed by their zod schemas: no casts of request parts in handlers. */
export type ZodRoutes = FastifyPluginCallback<FastifyPluginOptions, RawServerDefault, ZodTypeProvider>;

/**
 * A response object that keeps keys beyond its shape (z.looseObject), typed so that records declared as interfaces
 * (the engine's Plan, a screen's referral) can be replied with: its input names only the keys it checks, without the
 * index signature an interface does not have.
 */
export const zPassThrough = <Shape extends z.ZodRawShape>(
  shape: Shape,
): ZodType<
  z.output<z.ZodObject<Shape, z.core.$loose>>,
  keyof Shape extends never ? object : z.input<z.ZodObject<Shape>>
> => z.looseObject(shape);

const isZod = (value: unknown): value is ZodType => value instanceof z.ZodType;

/** @fastify/swagger transform: zod schemas become JSON Schema in the OpenAPI document. */
export function openApiTransform({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema;
  url: string;
} {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === 'response' && value && typeof value === 'object') {
      out.response = Object.fromEntries(
        Object.entries(value).map(([status, s]) => [status, isZod(s) ? jsonSchema(s, 'output') : s]),
      );
    } else {
      out[key] = isZod(value) ? jsonSchema(value, 'input') : value;
    }
  }
  return { schema: out, url };
}

function jsonSchema(schema: ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}
