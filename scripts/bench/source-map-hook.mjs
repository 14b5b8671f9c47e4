// @ts-check
/*
 * Preloaded into `npm run build` by `npm run bench` (NODE_OPTIONS=--import …), and only there: the
 * browser build also writes hidden source maps, kept out of what is served, so the bench can say which
 * library each byte of the wizard's JavaScript comes from. The code built is the code `npm run build`
 * builds (a hidden source map adds no comment to a script): nothing else changes.
 *
 * Next.js's webpack build calls `webpack(config)` from next/dist/compiled/webpack/webpack; the client
 * compiler's config gets `devtool: 'hidden-source-map'` and a plugin that moves each .map (scripts' and
 * stylesheets'), once every other step is done, to .next/bench-source-maps/ (build.ts then writes the
 * BUILD_ID they belong to beside them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const OUT = path.join(process.cwd(), '.next', 'bench-source-maps');
const PLUGIN = 'BenchSourceMaps';

/** @param {any} compiler */
function keepMapsAside(compiler) {
  compiler.hooks.thisCompilation.tap(PLUGIN, (/** @type {any} */ compilation) => {
    const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT + 1;
    compilation.hooks.processAssets.tap({ name: PLUGIN, stage }, (/** @type {Record<string, any>} */ assets) => {
      for (const name of Object.keys(assets)) {
        if (!name.endsWith('.map')) continue;
        const file = path.join(OUT, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, assets[name].source());
        compilation.deleteAsset(name);
      }
    });
  });
}

/** @param {any} config */
function patchConfig(config) {
  if (config && config.name === 'client') {
    config.devtool = 'hidden-source-map';
    config.plugins = [...(config.plugins ?? []), { apply: keepMapsAside }];
  }
}

// next build is CommonJS: its require() goes through Module._load, which this wraps.
const load = /** @type {any} */ (Module)._load;
/** @type {any} */ (Module)._load = function benchLoad(/** @type {string} */ request, /** @type {unknown[]} */ ...rest) {
  const exported = load.call(this, request, ...rest);
  if (request === 'next/dist/compiled/webpack/webpack' && exported.webpack && !exported.webpack.benchPatched) {
    // A proxy, so webpack's own properties (some of them deprecation getters) are left untouched.
    exported.webpack = new Proxy(exported.webpack, {
      apply(webpack, self, /** @type {any[]} */ args) {
        (Array.isArray(args[0]) ? args[0] : [args[0]]).forEach(patchConfig);
        return Reflect.apply(webpack, self, args);
      },
      get: (webpack, key) => (key === 'benchPatched' ? true : Reflect.get(webpack, key)),
    });
  }
  return exported;
};
