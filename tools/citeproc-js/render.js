// Render CSL-JSON items with citeproc-js, the reference CSL engine (used by Zotero).
// Usage: node render.js STYLE.csl LOCALES_DIR LANG FORMAT < items.json
//   FORMAT: html or text.  Prints {"entries": [{"id": ..., "entry": ...}, ...]} in
//   bibliography order, so scripts/check_citations.py can compare entry by entry.
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

// citeproc-js logs its warnings with console.log: keep stdout for the JSON answer.
console.log = (...args) => process.stderr.write(args.join(" ") + "\n");

function main() {
  const [stylePath, localesDir, lang, format] = process.argv.slice(2);
  if (!stylePath || !localesDir || !lang || !["html", "text"].includes(format)) {
    process.stderr.write("usage: node render.js STYLE.csl LOCALES_DIR LANG html|text < items.json\n");
    process.exit(2);
  }
  const items = JSON.parse(fs.readFileSync(0, "utf8"));
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const sys = {
    retrieveLocale(code) {
      const file = path.join(localesDir, `locales-${code}.xml`);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
    },
    retrieveItem(id) {
      return byId.get(String(id));
    },
  };
  const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, "utf8"), lang, true);
  engine.setOutputFormat(format);
  engine.updateItems(items.map((item) => String(item.id)));
  const [meta, entries] = engine.makeBibliography();
  const out = meta.entry_ids.map((ids, i) => ({ id: String(ids[0]), entry: entries[i] }));
  process.stdout.write(JSON.stringify({ entries: out }) + "\n");
}

main();
