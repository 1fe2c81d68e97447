import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const src = process.argv[2];
const r = await build({ stdin:{contents:src, resolveDir: process.cwd(), loader:'js'}, bundle:true, write:false, minify:true, format:'esm', platform:'neutral', mainFields:['module','main'], external:['node:*'], metafile:true, conditions: process.env.SRC ? ['@kindling/source'] : [], logLevel:'silent'});
const code = r.outputFiles[0].text;
console.log('min', code.length, 'gz', gzipSync(code).length);
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k,v])=>[v.bytesInOutput,k]).sort((a,b)=>b[0]-a[0]);
for (const [b,k] of rows.slice(0, 40)) console.log(b, k);
