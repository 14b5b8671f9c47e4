import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startArguments } from './front';

/*
 * The preload as the server gets it: in a separate node (it changes zlib for the whole process), gzip
 * streams made the way Next.js makes them, with no level, against zlib's own output at each level.
 */

const preload = path.join(__dirname, 'gzip-level.cjs');
// Text that compresses differently at levels 4 and 6, as HTML does.
const SAMPLE = Array.from({ length: 4000 }, (_, i) => `<li class="c${i % 97}">item ${(i * 7919) % 1009}</li>`).join('');

/** The byte length of SAMPLE gzipped by zlib.createGzip(options) in a node that preloads gzip-level.cjs. */
function gzippedLength(options: string): number {
  const script = `const z=require('node:zlib');const g=z.createGzip(${options});const out=[];g.on('data',(c)=>out.push(c));g.on('end',()=>process.stdout.write(String(Buffer.concat(out).length)));g.end(process.argv[1]);`;
  return Number(execFileSync(process.execPath, ['--require', preload, '-e', script, SAMPLE], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }));
}

describe('the gzip level npm start preloads', () => {
  test('a response compressed with no level named comes out at level 3, not zlib’s default 6', () => {
    const atDefault = gzippedLength('');
    expect(atDefault).toBe(gzipSync(SAMPLE, { level: 3 }).length);
    expect(atDefault).not.toBe(gzipSync(SAMPLE, { level: 6 }).length);
    expect(gzippedLength('{}')).toBe(atDefault);
  });

  test('a caller that names a level keeps it', () => {
    expect(gzippedLength('{ level: 9 }')).toBe(gzipSync(SAMPLE, { level: 9 }).length);
  });

  test('npm start, the browser tests and the bench all load it into the standalone server', () => {
    expect(startArguments().map((arg) => path.relative(path.resolve(__dirname, '..'), arg))).toEqual([
      '--require',
      path.join('.next', 'standalone', 'gzip-level.cjs'),
      path.join('.next', 'standalone', 'server.js'),
    ]);
  });
});
