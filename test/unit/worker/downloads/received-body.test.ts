import { describe, expect, it } from "vitest";
import { ReceivedBody } from "../../../../src/worker/downloads/received-body";

const bytes = (...values: number[]) => new Uint8Array(values);
const read = async (blob: Blob) => [
  ...new Uint8Array(await blob.arrayBuffer()),
];

describe("ReceivedBody", () => {
  it("keeps every byte in order across parts, whatever the chunk sizes", async () => {
    const body = new ReceivedBody(new Uint8Array(4));
    body.push(bytes(1, 2, 3));
    body.push(bytes(4, 5, 6, 7, 8, 9, 10));
    body.push(bytes(11));
    expect(body.size).toBe(11);
    expect(await read(body.blob())).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });

  it("reuses its part buffer without changing the parts already sealed", async () => {
    const part = new Uint8Array(2);
    const first = new ReceivedBody(part);
    first.push(bytes(1, 2, 3));
    const kept = first.blob();
    const second = new ReceivedBody(part);
    second.push(bytes(9, 9, 9, 9));
    expect(await read(kept)).toEqual([1, 2, 3]);
    expect(await read(second.blob())).toEqual([9, 9, 9, 9]);
  });

  it("shows the first bytes, however they arrived, and again after a reset", () => {
    const body = new ReceivedBody(new Uint8Array(3));
    body.push(new TextEncoder().encode("<!do"));
    body.push(new TextEncoder().encode("ctype html>"));
    expect(new TextDecoder().decode(body.first())).toBe("<!doctype html>");
    body.reset();
    expect(body.size).toBe(0);
    expect(body.first().length).toBe(0);
    body.push(bytes(0, 0x61, 0x73, 0x6d));
    expect([...body.first()]).toEqual([0, 0x61, 0x73, 0x6d]);
  });

  it("a reset drops what was received, sealed parts included", async () => {
    const body = new ReceivedBody(new Uint8Array(2));
    body.push(bytes(1, 2, 3, 4, 5));
    body.reset();
    body.push(bytes(7));
    expect(await read(body.blob())).toEqual([7]);
  });
});
