#!/usr/bin/env node
// The bundled command line (npm run build writes it): a few files to load instead of a hundred modules.
import { main } from '../dist/bundle/main.js';

await main();
