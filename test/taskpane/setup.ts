/**
 * What Fluent UI v9 expects from a browser and jsdom lacks. Imported first by each test file
 * (jest.config.js is shared, so no setupFiles there).
 */
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

if (!("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub, writable: true });
  Object.defineProperty(globalThis, "ResizeObserver", {
    value: ResizeObserverStub,
    writable: true,
  });
}

// Dropdown listboxes scroll the active option into view.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

// Fluent renders slowly in jsdom, and the suites run in parallel.
jest.setTimeout(30_000);

export {};
