/**
 * Whether this is the static export (npm run build:static): next.config.js writes STATIC_EXPORT into
 * both builds. There no server answers a form sent without JavaScript: the buttons go to a help page
 * instead, and what the pages say about answers without JavaScript must say so.
 */
export const isStaticExport = (): boolean => process.env.STATIC_EXPORT === 'true';
