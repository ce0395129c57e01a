// Access-matrix rows for the care routes (see ../../route-matrix.ts).
import type { RouteCase } from '../../route-matrix.ts';

export const CARE_ROUTES: RouteCase[] = [];
