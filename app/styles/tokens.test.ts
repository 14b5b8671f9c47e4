import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Colours live in tokens.css alone, so a change of palette is a change of one file and every colour in
 * use has a role's name. These tests read every stylesheet under app/ and name the file and line of
 * whatever breaks that.
 */

const APP = path.resolve(__dirname, '..');
const TOKENS = path.join(__dirname, 'tokens.css');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** The file's text with comments blanked out, keeping line breaks so line numbers still match. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Each declaration's value, with the line it starts on. Selectors and at-rule preludes are skipped. */
function declarations(css: string): { line: number; property: string; value: string }[] {
  const found: { line: number; property: string; value: string }[] = [];
  // A declaration sits after `{`, `;` or `}` and runs to the next `;` or `}`.
  for (const match of css.matchAll(/(?<=[{;}])(\s*)(--[\w-]+|-?[a-z][\w-]*)\s*:([^;{}]*)(?=[;}])/gi)) {
    const start = match.index + match[1]!.length;
    found.push({ line: css.slice(0, start).split('\n').length, property: match[2]!, value: match[3]! });
  }
  return found;
}

// CSS Color 4's named colours and system colours: any of them is a raw colour.
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood
  cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray
  darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
  darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue
  firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
  hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
  lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
  lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred
  midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
  palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
  rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
  slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
  yellowgreen accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field
  fieldtext graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext`.split(/\s+/),
);

/** What in a declaration's value is a colour written out rather than taken from a token. */
function rawColours(value: string): string[] {
  // Quoted strings (content, font names) are not colours.
  const unquoted = value.replace(/'[^']*'|"[^"]*"/g, '""');
  const hex = unquoted.match(/#[0-9a-f]{3,8}\b/gi) ?? [];
  const functions = unquoted.match(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/gi) ?? [];
  // Words, not parts of a custom property's name (`--colour-red`) or of a function's name.
  const words = [...unquoted.matchAll(/(?<![\w-])[a-z]+(?![\w-]|\()/gi)].map((m) => m[0]).filter((w) => NAMED_COLOURS.has(w.toLowerCase()));
  return [...hex, ...functions, ...words];
}

const sheets = stylesheets(APP).map((file) => ({
  file,
  name: path.relative(APP, file),
  css: withoutComments(readFileSync(file, 'utf8')),
}));

test('the stylesheets are found: tokens, base, print and the components’ modules', () => {
  const names = sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['styles/tokens.css', 'styles/base.css', 'styles/print.css']));
  expect(names.filter((n) => n.endsWith('.module.css')).length).toBeGreaterThan(10);
});

test('no stylesheet but tokens.css writes a colour: every colour is a token', () => {
  const problems = sheets
    .filter((s) => s.file !== TOKENS)
    .flatMap((s) => declarations(s.css).flatMap((d) => rawColours(d.value).map((c) => `app/${s.name}:${d.line}: ${d.property}: ${c}`)));
  expect(problems).toEqual([]);
});

test('the check itself finds raw colours, and lets tokens and keywords through', () => {
  const found = (css: string) => declarations(css).flatMap((d) => rawColours(d.value));
  expect(found('.a { color: #fff; background: rgb(0 0 0); border: 1px solid red; fill: HSL(1 2% 3%); }')).toEqual([
    '#fff',
    'rgb(',
    'red',
    'HSL(',
  ]);
  expect(
    found(
      `.a { color: var(--colour-red); border-color: transparent currentColor; background: inherit; white-space: nowrap;
         content: 'white'; font-family: 'Segoe UI', sans-serif; }`,
    ),
  ).toEqual([]);
  expect(declarations('.a {\n  color: red;\n}')).toEqual([{ line: 2, property: 'color', value: ' red' }]);
});

test('every custom property a stylesheet uses is defined in tokens.css', () => {
  const tokens = readFileSync(TOKENS, 'utf8');
  const defined = new Set([...withoutComments(tokens).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));
  const problems = sheets.flatMap((s) =>
    s.css
      .split('\n')
      .flatMap((text, i) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => ({ name: m[1]!, line: i + 1 })))
      .filter(({ name }) => !defined.has(name))
      .map(({ name, line }) => `app/${s.name}:${line}: ${name} is not defined in app/styles/tokens.css`),
  );
  expect(problems).toEqual([]);
});

test('tokens.css declares the layer order once, and nothing else declares one', () => {
  const statements = sheets.flatMap((s) => [...s.css.matchAll(/@layer\s+([\w\s,-]+);/g)].map((m) => `${s.name}: ${m[1]!.replace(/\s+/g, ' ')}`));
  expect(statements).toEqual(['styles/tokens.css: tokens, base, components, print']);
});

test('each CSS Module keeps all its rules in the components layer', () => {
  const problems = sheets
    .filter((s) => s.name.endsWith('.module.css'))
    .filter((s) => !/^\s*@layer components\s*\{[\s\S]*\}\s*$/.test(s.css) || (s.css.match(/@layer/g) ?? []).length !== 1)
    .map((s) => `app/${s.name}: wrap every rule in one @layer components { … }`);
  expect(problems).toEqual([]);
});
