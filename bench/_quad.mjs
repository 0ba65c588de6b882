import { compile } from '../dist/compile.js';
const sentence = '推进政务服务标准化建设，完善考核办法（市考核办负责）。';
const cn = (n) => { const d = '零一二三四五六七八九'; if (n < 10) return d[n]; if (n < 20) return '十' + (n % 10 ? d[n % 10] : ''); if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : ''); return d[Math.floor(n/100)] + '百' + (n % 100 ? (n % 100 < 10 ? '零' + d[n % 100] : cn(n % 100)) : ''); };
const shapes = {
  'one line no stops': (n) => `一、总体要求\n1.加强领导。${'推进政务服务标准化建设，'.repeat(n)}\n`,
  'many sections': (n) => Array.from({ length: n }, (_, i) => `${cn((i % 999) + 1)}、总体要求\n1.加强领导。${sentence}`).join('\n'),
  'blocks under node': (n) => `一、总体要求\n1.加强领导。\n${Array.from({ length: n }, () => sentence).join('\n')}\n`,
  'wrapped lines': (n) => `一、总体要求\n1.加强领导。\n${Array.from({ length: n }, () => '推进政务服务标准化建设完善考核办法市考核办负责推进').join('\n')}\n`,
  'preamble lines': (n) => `${Array.from({ length: n }, () => sentence).join('\n')}\n一、总体要求\n1.加强领导。${sentence}\n`,
  'closing lines': (n) => `一、总体要求\n1.加强领导。${sentence}\n${Array.from({ length: n }, () => '本方案自发布之日起施行。').join('\n')}\n`,
  'subitems': (n) => `一、总体要求\n1.加强领导。\n${Array.from({ length: n }, (_, i) => `（${i + 1}）${sentence}`).join('\n')}\n`,
  'brackets open': (n) => `一、总体要求\n1.加强领导。${'（推进政务服务，'.repeat(n)}\n`,
  'quotes': (n) => `一、总体要求\n1.加强领导。${'推进“政务服务”标准化，'.repeat(n)}。\n`,
};
const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : [1000, 4000, 16000];
for (const [name, make] of Object.entries(shapes)) {
  const row = [];
  for (const n of sizes) {
    const text = make(n);
    compile(text);
    const t = performance.now(); compile(text); const ms = performance.now() - t;
    row.push(`${(text.length / 1000).toFixed(0)}k ${ms.toFixed(0)}ms`);
  }
  console.log(name.padEnd(18), row.join(' | '));
}
