/**
 * The common-API part of the fake: `Office.context.document.getFileAsync` with slices,
 * callbacks that arrive later (like Office), and Office's rule that only one file may be
 * open at a time, so a test can tell whether `closeAsync` was called.
 */

export interface FakeFileOptions {
  /** The file's slices, in order, as byte arrays; [] = a 0-byte file (Excel on the web's bug). */
  slices?: number[][];
  /** getFileAsync fails with this message. */
  openError?: string;
  /** getSliceAsync fails for this slice index. */
  failSlice?: number;
  /** closeAsync fails with this message (the file still counts as closed). */
  closeError?: string;
}

interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: number; message: string; name: string } | undefined;
}

type Callback<T> = (result: FakeAsyncResult<T>) => void;

function later<T>(cb: Callback<T> | undefined, value: T, failure?: string): void {
  if (!cb) return;
  setTimeout(() => {
    cb(
      failure === undefined
        ? { status: "succeeded", value, error: undefined }
        : {
            status: "failed",
            value,
            error: { code: 5001, message: failure, name: "Internal Error" },
          },
    );
  }, 0);
}

export interface FakeSlice {
  data: number[];
  index: number;
  size: number;
}

export class FakeFile {
  closed = false;
  constructor(
    private readonly owner: FakeDocument,
    private readonly slices: number[][],
  ) {}
  get size(): number {
    return this.slices.reduce((n, s) => n + s.length, 0);
  }
  get sliceCount(): number {
    return this.slices.length;
  }
  getSliceAsync(index: number, cb?: Callback<FakeSlice | undefined>): void {
    this.owner.sliceRequests.push(index);
    const data = this.slices[index];
    if (this.closed || data === undefined || index === this.owner.options.failSlice) {
      later(cb, undefined, `slice ${index} unavailable`);
      return;
    }
    later(cb, { data: [...data], index, size: data.length });
  }
  closeAsync(cb?: Callback<undefined>): void {
    if (!this.closed) {
      this.closed = true;
      this.owner.openFiles -= 1;
      this.owner.closeCalls += 1;
    }
    later(cb, undefined, this.owner.options.closeError);
  }
}

export class FakeDocument {
  openCalls = 0;
  closeCalls = 0;
  openFiles = 0;
  readonly sliceRequests: number[] = [];
  /** Arguments of each getFileAsync call (file type and options). */
  readonly requests: { fileType: string; options: unknown }[] = [];

  constructor(readonly options: FakeFileOptions = {}) {}

  getFileAsync(fileType: string, ...rest: unknown[]): void {
    const cb = rest[rest.length - 1] as Callback<FakeFile | undefined> | undefined;
    const options = rest.length > 1 ? rest[0] : undefined;
    this.openCalls += 1;
    this.requests.push({ fileType, options });
    if (this.options.openError !== undefined) {
      later(cb, undefined, this.options.openError);
      return;
    }
    // Office: "only one file may be open at a time" until closeAsync.
    if (this.openFiles > 0) {
      later(cb, undefined, "a file is already open");
      return;
    }
    this.openFiles += 1;
    later(cb, new FakeFile(this, this.options.slices ?? [[37, 80, 68, 70]]));
  }
}
