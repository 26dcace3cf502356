// Native-solc lookalike over solcjs: `--version`, and `--standard-json` on stdin → stdout.
// Imports are resolved against the working directory and every --base-path / --include-path.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require(path.join(__dirname, '..', '..', 'node_modules', 'solc'));

const args = process.argv.slice(2);
if (args.includes('--version')) {
  console.log('solc, the solidity compiler commandline interface');
  console.log(`Version: ${solc.version().replace(/\.Emscripten.*$/, '')}.Linux.g++`);
  process.exit(0);
}
if (!args.includes('--standard-json')) {
  console.error('This solc shim supports only --version and --standard-json.');
  process.exit(2);
}

const roots = [process.cwd()];
args.forEach((arg, i) => {
  if (arg === '--base-path' || arg === '--include-path') roots.push(path.resolve(args[i + 1]));
});

function findImports(importPath) {
  for (const candidate of [importPath, ...roots.map((root) => path.resolve(root, importPath))]) {
    if (path.isAbsolute(candidate) && fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, 'utf8') };
  }
  return { error: `File not found: ${importPath} (searched ${roots.join(', ')})` };
}

const input = fs.readFileSync(0, 'utf8');
process.stdout.write(solc.compile(input, { import: findImports }));
