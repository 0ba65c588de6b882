import { toYaml } from './dist/emit/yaml.js';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
const piece = fc.constantFrom('a','XX','深化','。','：',':',': ',' #','#','-','- ','?','? ',',','[',']','{','}','&','*','!','|','>',"'",'"','%','@','`','~','---','...','null','Null','true','FALSE','0o17','0x1F','12','-3','+4','1.','.5','1e5','.inf','.NaN',' ','  ','\t','\n','\n\n','\r','\u3000','\u00a0','\u0085','\u2028','\u0000','\u0007','\u001b','\u007f','\ud800','😀','\\');
const p11 = fc.oneof(piece, fc.constantFrom('yes','No','ON','off','y','N','2023-03-01','2023-3-1 10:00:00','1:20','190:20:30','0b101','017','1_000','1.5e3','<<','=','\u0080','\u0085','\u009f','\ufffe','\u2029','Ã©','1e+21'), fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 4 }));
const text = fc.array(p11,{maxLength:8}).map(a=>a.join(''));
const key = fc.oneof(fc.constantFrom('text','lead','trail','position','start','end','label'), text);
const { data } = fc.letrec((tie) => ({ data: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double({noNaN:true,noDefaultInfinity:true}), fc.boolean(), fc.constant(null), tie('list'), tie('map')), list: fc.array(tie('data'), { maxLength: 4 }), map: fc.dictionary(key, tie('data'), { maxKeys: 5 }) }));
const vals = fc.sample(fc.dictionary(key, data, {maxKeys:6}), 4000);
const texts = vals.map(v=>toYaml(v));
const script = 'import json,sys,yaml\nout=[]\nfor t in json.load(sys.stdin):\n  try: out.append(yaml.safe_load(t))\n  except Exception as e: out.append({"PyYAML refused": str(e)})\njson.dump(out,sys.stdout)';
const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1<<28 });
const got=JSON.parse(run.stdout);
let n=0;
vals.forEach((c,i)=>{ const e=JSON.parse(JSON.stringify(c)); const g=got[i]||{};
  if (g['PyYAML refused']) { if (n++<5) console.log('REFUSED', JSON.stringify(texts[i]).slice(0,300), g['PyYAML refused'].slice(0,150)); return; }
  for (const k of Object.keys(e)) if (JSON.stringify(e[k])!==JSON.stringify(g[k]) && JSON.stringify(e[k]).length < 200) { if (n++<8) { const w = toYaml({[k]: c[k]}); console.log(JSON.stringify(k), JSON.stringify(e[k]), '=>', JSON.stringify(g[k]), 'yaml:', JSON.stringify(w)); } } });
console.log('mismatches', n);
