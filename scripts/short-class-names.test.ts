import path from 'node:path';
import { shortLocalIdent, applyShortClassNames } from './short-class-names.cjs';

const root = path.resolve(__dirname, '..');
const ident = (file: string, className: string) => shortLocalIdent({ rootContext: root, resourcePath: path.join(root, file) }, '[hash]', className);

describe('short class names for CSS modules', () => {
  test('a class gets a short name that is a valid CSS class, the same in every build', () => {
    const name = ident('app/check/_components/answers-summary.module.css', 'row');
    expect(name).toMatch(/^_[A-Za-z0-9_-]{6}$/);
    expect(ident('app/check/_components/answers-summary.module.css', 'row')).toBe(name);
  });

  test('the same class in another file, or another class in the same file, gets another name', () => {
    const names = new Set([
      ident('app/check/_components/answers-summary.module.css', 'row'),
      ident('app/check/_components/answers-summary.module.css', 'list'),
      ident('app/check/_components/outcome-view.module.css', 'row'),
    ]);
    expect(names.size).toBe(3);
  });

  test('the name depends on the path from the project, not where the project is', () => {
    const elsewhere = shortLocalIdent({ rootContext: '/somewhere/else', resourcePath: '/somewhere/else/app/page.module.css' }, '[hash]', 'main');
    expect(elsewhere).toBe(ident('app/page.module.css', 'main'));
  });

  test('it replaces getLocalIdent of css-loader wherever the webpack rules nest it, and nothing else', () => {
    const next = () => 'next-name';
    const cssLoader = { loader: '/x/css-loader/src/index.js', options: { modules: { getLocalIdent: next } } };
    const sassLoader = { loader: '/x/sass-loader', options: { modules: { getLocalIdent: next } } };
    const rules = { rules: [{ oneOf: [{ use: [cssLoader, { loader: '/x/postcss-loader', options: {} }] }] }, { use: [sassLoader] }] };
    expect(applyShortClassNames(rules)).toBe(1);
    expect(cssLoader.options.modules.getLocalIdent).toBe(shortLocalIdent);
    expect(sassLoader.options.modules.getLocalIdent).toBe(next);
  });
});
