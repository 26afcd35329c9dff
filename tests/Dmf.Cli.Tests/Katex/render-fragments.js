// Renders LaTeX math fragments with the vendored KaTeX, the way the HTML pages do (throwOnError: every fragment
// must parse). Usage: node render-fragments.js KATEX_MIN_JS < fragments.json, where the input is a JSON array of
// {"tex": "...", "display": true|false}. Prints one JSON line: {"rendered": n, "errors": [{"index", "tex", "message"}]}.
'use strict';
const katex = require(process.argv[2]);
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const fragments = JSON.parse(input);
  const errors = [];
  fragments.forEach((fragment, index) => {
    try {
      katex.renderToString(fragment.tex, { displayMode: fragment.display, throwOnError: true, strict: 'error' });
    } catch (e) {
      errors.push({ index, tex: fragment.tex.slice(0, 300), message: String(e.message) });
    }
  });
  process.stdout.write(JSON.stringify({ rendered: fragments.length - errors.length, errors }) + '\n');
});
