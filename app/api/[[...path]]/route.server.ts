import { noSuchRoute } from '@/app/api/_lib/api-errors';

/* Every /api path no other route claims, with any method. */
export const GET = noSuchRoute;
export const HEAD = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
export const OPTIONS = noSuchRoute;
