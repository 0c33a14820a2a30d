import type {
  BackingStoreFactory,
  ErrorMappings,
  Parsable,
  ParsableFactory,
  ParseNodeFactory,
  PrimitiveTypesForDeserialization,
  PrimitiveTypesForDeserializationForCollection,
  PrimitiveTypesForDeserializationType,
  PrimitiveTypesForDeserializationTypeForCollection,
  RequestAdapter,
  RequestInformation,
  SerializationWriterFactory,
} from '@microsoft/kiota-abstractions';
import type { FetchRequestAdapter } from '@microsoft/kiota-http-fetchlibrary';
import { GraphError, isGraphError } from '../errors/graphError.js';
import { CallOptions, callOptionsFrom } from '../http/callOptions.js';

/**
 * The request adapter the generated client talks to: Kiota's FetchRequestAdapter, plus fresh
 * per-call state for the middleware and one error type for everything the service refused.
 *
 * Composition rather than subclassing: FetchRequestAdapter's send methods are instance arrow
 * functions, which a subclass cannot call through `super`.
 */
export class GraphRequestAdapter implements RequestAdapter {
  constructor(private readonly inner: FetchRequestAdapter) {}

  get baseUrl(): string {
    return this.inner.baseUrl;
  }
  set baseUrl(value: string) {
    this.inner.baseUrl = value;
  }

  getSerializationWriterFactory(): SerializationWriterFactory {
    return this.inner.getSerializationWriterFactory();
  }
  getParseNodeFactory(): ParseNodeFactory {
    return this.inner.getParseNodeFactory();
  }
  getBackingStoreFactory(): BackingStoreFactory {
    return this.inner.getBackingStoreFactory();
  }
  enableBackingStore(backingStoreFactory?: BackingStoreFactory): void {
    this.inner.enableBackingStore(backingStoreFactory);
  }
  convertToNativeRequest<T>(requestInfo: RequestInformation): Promise<T> {
    return this.inner.convertToNativeRequest<T>(requestInfo);
  }

  send<ModelType extends Parsable>(
    requestInfo: RequestInformation,
    type: ParsableFactory<ModelType>,
    errorMappings: ErrorMappings | undefined,
  ): Promise<ModelType | undefined> {
    return this.guard(requestInfo, () => this.inner.send(requestInfo, type, errorMappings));
  }
  sendCollection<ModelType extends Parsable>(
    requestInfo: RequestInformation,
    type: ParsableFactory<ModelType>,
    errorMappings: ErrorMappings | undefined,
  ): Promise<ModelType[] | undefined> {
    return this.guard(requestInfo, () =>
      this.inner.sendCollection(requestInfo, type, errorMappings),
    );
  }
  sendCollectionOfPrimitive<ResponseType extends PrimitiveTypesForDeserializationTypeForCollection>(
    requestInfo: RequestInformation,
    responseType: PrimitiveTypesForDeserializationForCollection,
    errorMappings: ErrorMappings | undefined,
  ): Promise<ResponseType[] | undefined> {
    return this.guard(requestInfo, () =>
      this.inner.sendCollectionOfPrimitive<ResponseType>(requestInfo, responseType, errorMappings),
    );
  }
  sendPrimitive<ResponseType extends PrimitiveTypesForDeserializationType>(
    requestInfo: RequestInformation,
    responseType: PrimitiveTypesForDeserialization,
    errorMappings: ErrorMappings | undefined,
  ): Promise<ResponseType | undefined> {
    return this.guard(requestInfo, () =>
      this.inner.sendPrimitive<ResponseType>(requestInfo, responseType, errorMappings),
    );
  }
  sendNoResponseContent(
    requestInfo: RequestInformation,
    errorMappings: ErrorMappings | undefined,
  ): Promise<void> {
    return this.guard(requestInfo, () =>
      this.inner.sendNoResponseContent(requestInfo, errorMappings),
    );
  }
  sendEnum<EnumObject extends Record<string, unknown>>(
    requestInfo: RequestInformation,
    enumObject: EnumObject,
    errorMappings: ErrorMappings | undefined,
  ): Promise<EnumObject[keyof EnumObject] | undefined> {
    return this.guard(requestInfo, () =>
      this.inner.sendEnum(requestInfo, enumObject, errorMappings),
    );
  }
  sendCollectionOfEnum<EnumObject extends Record<string, unknown>>(
    requestInfo: RequestInformation,
    enumObject: EnumObject,
    errorMappings: ErrorMappings | undefined,
  ): Promise<EnumObject[keyof EnumObject][] | undefined> {
    return this.guard(requestInfo, () =>
      this.inner.sendCollectionOfEnum(requestInfo, enumObject, errorMappings),
    );
  }

  private async guard<T>(requestInfo: RequestInformation, send: () => Promise<T>): Promise<T> {
    // Fresh per-call state (a reused configuration object must not carry the last call's state).
    const previous = callOptionsFrom(requestInfo.getRequestOptions());
    requestInfo.addRequestOptions([new CallOptions(previous?.signal)]);
    try {
      return await send();
    } catch (error) {
      throw normaliseError(error);
    }
  }
}

/**
 * Errors from our middleware are already GraphErrors. Anything Kiota raised itself for an HTTP
 * status (a plain object carrying `responseStatusCode`) becomes one too; network errors and
 * aborts pass through untouched.
 */
function normaliseError(error: unknown): unknown {
  if (isGraphError(error)) return error;
  if (
    error &&
    typeof error === 'object' &&
    typeof (error as { responseStatusCode?: unknown }).responseStatusCode === 'number'
  ) {
    const status = (error as { responseStatusCode: number }).responseStatusCode;
    const message = (error as { message?: unknown }).message;
    return new GraphError({
      status,
      code: `HTTP${status}`,
      message: typeof message === 'string' && message ? message : `the service answered ${status}`,
    });
  }
  return error;
}
