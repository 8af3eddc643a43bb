#!/usr/bin/env node
// The `dust` command. The shell is compiled to dist/ by `npm install` (npm run build).
import { main } from '../dist/cli/dust.js';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
