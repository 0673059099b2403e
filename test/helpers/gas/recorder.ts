// Records every method call made on a fake Apps Script object: the count of these calls is the
// "service calls" budget the tests and the bench hold the adapter to.

/** Classes whose methods only build values in memory (no spreadsheet round trip). */
export const BUILDER_CLASSES = new Set(["ConditionalFormatRuleBuilder", "DataValidationBuilder", "RichTextValueBuilder", "TextStyleBuilder"]);
/** The Cache service: its own calls, counted apart from the spreadsheet's (they grow with what the sidebar sends). */
export const CACHE_CLASSES = new Set(["CacheService", "Cache"]);

export interface Call {
  cls: string;
  method: string;
  args: unknown[];
}

function isBuilderCall(c: Call): boolean {
  return BUILDER_CLASSES.has(c.cls) || (c.cls === "SpreadsheetApp" && c.method.startsWith("new"));
}

export class CallLog {
  readonly calls: Call[] = [];

  record(cls: string, method: string, args: unknown[]): void {
    this.calls.push({ cls, method, args });
  }

  reset(): void {
    this.calls.length = 0;
  }

  /** Calls that reach the spreadsheet or its UI (everything but value builders and the cache). */
  get serviceCalls(): Call[] {
    return this.calls.filter((c) => !isBuilderCall(c) && !CACHE_CLASSES.has(c.cls));
  }

  /** Calls on CacheService and the caches it hands out. */
  get cacheCalls(): Call[] {
    return this.calls.filter((c) => CACHE_CLASSES.has(c.cls));
  }

  /** SpreadsheetApp.new*() and the builders' methods: values made in memory. */
  get builderCalls(): Call[] {
    return this.calls.filter(isBuilderCall);
  }

  /** "Class.method" of each call, in order. */
  names(calls: Call[] = this.calls): string[] {
    return calls.map((c) => `${c.cls}.${c.method}`);
  }

  of(cls: string, method?: string): Call[] {
    return this.calls.filter((c) => c.cls === cls && (method === undefined || c.method === method));
  }
}

/**
 * Wraps an object so that each method call is logged as "cls.method". A method returning the
 * object itself (chaining) returns the wrapper, so chained calls are logged too. Properties whose
 * name starts with "_" are the fake's own state and are not calls.
 */
export function recorded<T extends object>(target: T, cls: string, log: CallLog): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof prop !== "string" || prop.startsWith("_") || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        log.record(cls, prop, args);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}
