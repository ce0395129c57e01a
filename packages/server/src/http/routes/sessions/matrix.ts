// Access-matrix rows for the sessions routes (see ../../route-matrix.ts).
import type { RouteCase } from '../../route-matrix.ts';

export const SESSION_ROUTES: RouteCase[] = [];
