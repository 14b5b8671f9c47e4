// @ts-check

/**
 * A webpack plugin for the browser's build. A CSS module that only server components import still
 * reaches the browser: Next's client entry imports it so that its CSS is loaded, and with the CSS
 * comes the module's map of class names. Nothing in the browser reads that map (the server already
 * wrote the names into the HTML), yet it is about half a kilobyte of the wizard's JavaScript. This
 * plugin writes those modules out empty. Their CSS is untouched, and a CSS module that any browser
 * module imports keeps its map.
 *
 * It works on the output, not on the modules: a module changed in place would be stored so in
 * webpack's cache, and come back empty in a later build where a client component imports it. Which
 * modules it empties goes into each chunk's hash, so a chunk whose content it changes gets a new name
 * (the browser caches chunks for good).
 */
const NAME = 'DropServerClassMaps';
const CLIENT_ENTRY = 'next-flight-client-entry-loader';
const CSS_MODULE = /\.module\.css$/;

/** @param {import('webpack').Module | null} importer */
const isClientEntry = (importer) => importer !== null && importer.identifier().includes(CLIENT_ENTRY);

class DropServerClassMaps {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { sources, javascript } = compiler.webpack;
    compiler.hooks.compilation.tap(NAME, (compilation) => {
      /** @type {Set<import('webpack').Module>} */
      const unread = new Set();
      compilation.hooks.finishModules.tap(NAME, (modules) => {
        for (const cssModule of modules) {
          if (!cssModule.type.startsWith('javascript/') || !CSS_MODULE.test(/** @type {{ resource?: string }} */ (cssModule).resource ?? '')) continue;
          // Next's CSS loader makes each such module refer to itself: not an importer.
          const importers = [...compilation.moduleGraph.getIncomingConnections(cssModule)]
            .map((connection) => connection.originModule)
            .filter((origin) => origin !== cssModule);
          if (importers.length > 0 && importers.every(isClientEntry)) unread.add(cssModule);
        }
      });
      const hooks = javascript.JavascriptModulesPlugin.getCompilationHooks(compilation);
      hooks.renderModuleContent.tap(NAME, (source, rendered) => (unread.has(rendered) ? new sources.RawSource('') : source));
      hooks.chunkHash.tap(NAME, (chunk, hash, { chunkGraph }) => {
        for (const inChunk of chunkGraph.getChunkModulesIterable(chunk)) {
          if (unread.has(inChunk)) hash.update(`${NAME}:${chunkGraph.getModuleId(inChunk)}`);
        }
      });
    });
  }
}

module.exports = { DropServerClassMaps };
