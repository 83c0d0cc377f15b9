// Prism's own CLI (node_modules/.bin/prism), with one fix, so the contract tests can serve the spec.
//
// Prism 5.16's CLI prints an example URL for every operation once it listens, and on the way
// (util/paths.js, createQueryUriTemplate) it sets the name of every form-style query parameter
// of the loaded operation to encodeURI(name). A name written with brackets, as the vendor
// writes its filters (`filter[from]`, `filter[master_ids][]`), then becomes `filter%5Bfrom%5D`,
// which no request can match (Prism decodes query keys), and Prism answers "missing required
// parameter" for a correct request. Here the printer gets a copy of the operation instead.
"use strict";
const paths = require("@stoplight/prism-cli/dist/util/paths");
const createExamplePath = paths.createExamplePath;
paths.createExamplePath = (operation, ...rest) => createExamplePath(structuredClone(operation), ...rest);
require("@stoplight/prism-cli/dist/index.js");
