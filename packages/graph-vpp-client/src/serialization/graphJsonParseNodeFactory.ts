import type {
  BackingStoreFactory,
  ParseNode,
  ParseNodeFactory,
} from '@microsoft/kiota-abstractions';
import { JsonParseNode } from '@microsoft/kiota-serialization-json';

/** One decoder for every response (stateless between `decode` calls without `stream`). */
const utf8 = new TextDecoder();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Model = Record<string, unknown> & { additionalData?: Record<string, unknown> };

/**
 * Kiota's JSON parse node factory plus three corrections the generated code cannot make:
 * 1. a single entity wrapped as `{"value": {...}}` (the form the Graph docs print for Get and
 *    syncLicenses) is unwrapped, so it reads like the bare entity the service returns;
 * 2. an enum value the spec does not know is kept in `additionalData[<property>]` instead of
 *    vanishing (Kiota turns it into `undefined`);
 * 3. a date-time without a zone offset is read as UTC, not in the host's local zone.
 */
export class GraphJsonParseNodeFactory implements ParseNodeFactory {
  constructor(private readonly backingStoreFactory?: BackingStoreFactory) {}

  getValidContentType(): string {
    return 'application/json';
  }

  getRootParseNode(contentType: string, content: ArrayBuffer): ParseNode {
    // Kiota types `content` as always present; a caller in plain JavaScript may still pass none.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (!content) throw new Error('content cannot be undefined or empty');
    if (contentType !== this.getValidContentType()) {
      throw new Error(`expected a ${this.getValidContentType()} content type, got ${contentType}`);
    }
    const json = unwrapDocsEntity(JSON.parse(utf8.decode(content)) as Json);
    const root = new JsonParseNode(json, this.backingStoreFactory);
    root.onAfterAssignFieldValues = (model) => {
      restoreWhatKiotaDropped(json, model as Model | undefined);
    };
    return root;
  }
}

/** `{"value": {…}}` with an object (not an array) and nothing else but `@odata.*` annotations. */
export function unwrapDocsEntity(json: Json): Json {
  if (!isObject(json)) return json;
  const keys = Object.keys(json).filter((k) => !k.startsWith('@odata.'));
  const value = json.value;
  return keys.length === 1 && keys[0] === 'value' && isObject(value) ? value : json;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
const zonelessDateTime = /^\d{4,}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/;

/** Walks the raw JSON beside the model Kiota built from it (same property names for plain keys). */
function restoreWhatKiotaDropped(raw: Json, model: Model | null | undefined): void {
  if (!isObject(raw) || !model || typeof model !== 'object') return;
  for (const [key, rawValue] of Object.entries(raw)) {
    if (!identifier.test(key)) continue;
    const value = model[key];
    if (typeof rawValue === 'string') {
      if (
        value === undefined &&
        rawValue !== '' &&
        !(model.additionalData && key in model.additionalData)
      ) {
        // A string the generated deserializer mapped to nothing: an enum member we don't know.
        (model.additionalData ??= {})[key] = rawValue;
      } else if (value instanceof Date && zonelessDateTime.test(rawValue)) {
        model[key] = new Date(`${rawValue}Z`);
      }
    } else if (Array.isArray(rawValue) && Array.isArray(value)) {
      rawValue.forEach((item, i) => {
        restoreWhatKiotaDropped(item, value[i] as Model | undefined);
      });
    } else if (isObject(rawValue) && value && typeof value === 'object') {
      restoreWhatKiotaDropped(rawValue, value as Model | null | undefined);
    }
  }
}

function isObject(json: Json | undefined): json is Record<string, Json> {
  return !!json && typeof json === 'object' && !Array.isArray(json);
}
