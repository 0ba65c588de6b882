// Writes schemas/*.json from the zod model (run through `npm run schemas`, which builds first).
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/model/json-schemas.js';

const folder = new URL('../schemas/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(file, folder), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${file}`);
}
