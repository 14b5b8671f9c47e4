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
 * webpack's cache, and come back empty in a later build where a client component imports it.
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
        unread.clear();
        for (const cssModule of modules) {
          if (!cssModule.type.startsWith('javascript/') || !CSS_MODULE.test(/** @type {{ resource?: string }} */ (cssModule).resource ?? '')) continue;
          // Next's CSS loader makes each such module refer to itself: not an importer.
          const importers = [...compilation.moduleGraph.getIncomingConnections(cssModule)]
            .map((connection) => connection.originModule)
            .filter((origin) => origin !== cssModule);
          if (importers.length > 0 && importers.every(isClientEntry)) unread.add(cssModule);
        }
      });
      javascript.JavascriptModulesPlugin.getCompilationHooks(compilation).renderModuleContent.tap(NAME, (source, rendered) =>
        unread.has(rendered) ? new sources.RawSource('') : source,
      );
    });
  }
}

module.exports = { DropServerClassMaps };
