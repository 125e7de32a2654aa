/**
 * `node -r ./test/support/transpile-on-require.js src/main.ts`: runs the service and the CLI from
 * their TypeScript sources, transpiled on load as the tests are (no type check), so tests that
 * start them as separate processes need no build. Transpiled files are cached by content in
 * node_modules/.cache, as transpiling the whole service costs seconds per process.
 */
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

const cacheDir = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'transpile-on-require');
const compilerOptions = {
  module: 'commonjs',
  target: 'es2023',
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  inlineSourceMap: true,
};
let ts;

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const cached = path.join(cacheDir, `${createHash('sha1').update(filename).update('\0').update(source).digest('hex')}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    ts ??= require('typescript');
    const options = ts.convertCompilerOptionsFromJson(compilerOptions, '.').options;
    output = ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, filename);
};
