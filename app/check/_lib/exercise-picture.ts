import { readFileSync } from 'node:fs';
import path from 'node:path';

const drawings = new Map<string, string>();

/**
 * An exercise's drawing (a file under public/) as markup to put in the page. It travels with the page
 * rather than being fetched when the plan is shown: only the self-care result shows the exercises, so
 * a request for a drawing would tell the server which result this person got. Its own name is taken
 * off: the card names it, in the flow's words. Read on the server only, once per file.
 */
export function exerciseDrawing(src: string): string {
  let svg = drawings.get(src);
  if (svg === undefined) {
    svg = readFileSync(path.join(process.cwd(), 'public', src), 'utf8')
      .trim()
      .replace(/<title\b[^>]*>[\s\S]*?<\/title>\s*/, '')
      .replace(/\s(?:role|aria-labelledby)="[^"]*"/g, '')
      .replace(/^<svg\b/, '<svg aria-hidden="true" focusable="false"');
    drawings.set(src, svg);
  }
  return svg;
}
