import { expect, it } from 'vitest';
import * as library from '../src/index.js';

it('exports the library API and nothing else', () => {
  expect(Object.keys(library).sort()).toMatchInlineSnapshot(`
    [
      "Block",
      "BlockRole",
      "Config",
      "Counts",
      "Deadline",
      "DecodeError",
      "Diagnostic",
      "Document",
      "Modality",
      "Node",
      "NodeKind",
      "Num",
      "Numbering",
      "Obligation",
      "Part",
      "Point",
      "Position",
      "RuleId",
      "RuleSetting",
      "RunIndex",
      "Severity",
      "Source",
      "Target",
      "UnitNote",
      "advance",
      "compile",
      "decode",
      "emitters",
      "idFromPath",
      "toSourceText",
      "validate",
    ]
  `);
});
