// @ts-check
// Validates every example in the spec against the schema it illustrates, with Ajv and formats:
// request and response examples against their media type's schema, response header examples
// against the header's schema, and the docs' wrapped
// examples (`x-graph-vpp-docs-examples`) against their own `x-graph-vpp-schema`.
// Usage: node tools/spec/check-examples.mjs spec/vpp-tokens.openapi.yaml
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/** @typedef {{ where: string, errors: string[] }} Failure */
/** @typedef {Record<string, any>} Node */

/** ajv-formats is CommonJS; its default export arrives wrapped under NodeNext. */
const addFormats = /** @type {typeof addFormatsModule.default} */ (
  /** @type {any} */ (addFormatsModule).default ?? addFormatsModule
);

/**
 * @param {Node} doc the parsed OpenAPI document
 * @returns {{ checked: string[], failures: Failure[] }}
 */
export function checkExamples(doc) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'spec');
  const checked = /** @type {string[]} */ ([]);
  const failures = /** @type {Failure[]} */ ([]);

  /** @param {string} where @param {Node} schema @param {unknown} value */
  const validate = (where, schema, value) => {
    checked.push(where);
    // Schemas are validated in the context of the whole document so that `$ref`s resolve.
    const check = ajv.compile({ $ref: `spec#${pointerTo(doc, schema)}` });
    if (!check(value)) {
      failures.push({
        where,
        errors: (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`),
      });
    }
  };

  /** @param {string} where @param {Node | undefined} content */
  const checkContent = (where, content) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      if (!media.schema) continue;
      const schema = deref(doc, media.schema);
      if (media.example !== undefined)
        validate(`${where} ${mediaType} example`, schema, media.example);
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        validate(`${where} ${mediaType} examples.${name}`, schema, deref(doc, example).value);
      }
      for (const name of media['x-graph-vpp-docs-examples'] ?? []) {
        const docsExample = doc.components?.['x-graph-vpp-docs-examples']?.[name];
        if (!docsExample) {
          failures.push({
            where: `${where} x-graph-vpp-docs-examples.${name}`,
            errors: ['no such docs example in components'],
          });
          continue;
        }
        validate(
          `${where} ${mediaType} x-graph-vpp-docs-examples.${name}`,
          docsExample['x-graph-vpp-schema'],
          docsExample.value,
        );
      }
    }
  };

  /** @param {string} where @param {Node | undefined} headers */
  const checkHeaders = (where, headers) => {
    for (const [name, raw] of Object.entries(headers ?? {})) {
      const header = deref(doc, raw);
      if (!header.schema) continue;
      const schema = deref(doc, header.schema);
      for (const [key, example] of Object.entries(header.examples ?? {})) {
        validate(`${where} header ${name} examples.${key}`, schema, deref(doc, example).value);
      }
    }
  };

  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'patch', 'delete'].includes(method)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (operation.requestBody)
        checkContent(`${where} request`, deref(doc, operation.requestBody).content);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const resolved = deref(doc, response);
        checkContent(`${where} ${status}`, resolved.content);
        checkHeaders(`${where} ${status}`, resolved.headers);
      }
    }
  }
  return { checked, failures };
}

/** Follows a local `$ref` (one level is all the spec uses). @param {Node} doc @param {Node} node @returns {Node} */
function deref(doc, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  return deref(doc, resolvePointer(doc, node.$ref));
}

/** @param {Node} doc @param {string} ref */
function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, part) => {
      if (node?.[part] === undefined) throw new Error(`$ref ${ref} does not resolve`);
      return node[part];
    }, /** @type {Node} */ (doc));
}

/** The JSON pointer of `target` inside `doc` (found by identity). @param {Node} doc @param {Node} target */
function pointerTo(doc, target) {
  /** @type {[Node, string][]} */
  const queue = [[doc, '']];
  while (queue.length > 0) {
    const [node, pointer] = /** @type {[Node, string]} */ (queue.shift());
    if (node === target) return pointer;
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        queue.push([child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
      }
    }
  }
  throw new Error('schema is not part of the document');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node tools/spec/check-examples.mjs <openapi.yaml>');
    process.exit(2);
  }
  const { checked, failures } = checkExamples(parse(readFileSync(file, 'utf8')));
  if (failures.length > 0) {
    console.error(
      `${failures.length} of ${checked.length} examples in ${file} do not match their schema:`,
    );
    for (const failure of failures)
      console.error(`- ${failure.where}\n    ${failure.errors.join('\n    ')}`);
    process.exit(1);
  }
  console.log(`All ${checked.length} examples in ${file} match their schemas.`);
}
