import { deflateSync } from 'fflate';
import { inflateRaw, NODE_ZLIB } from '../../src/io/inflate-raw';

const text = new TextEncoder().encode('<c r="A1"><v>1</v></c>'.repeat(20_000));
const deflated = deflateSync(text);

// Node's zlib where there is one (the CLI, and jest), pako in browsers: both must behave alike.
describe.each([
  ['Node’s zlib', NODE_ZLIB],
  ['pako', undefined],
])('inflating a zip part with %s', (_name, native) => {
  const never = () => {
    throw new Error('counted');
  };

  it('gives back the bytes of a part that comes to its declared size', () => {
    const bytes = inflateRaw(deflated, text.length, never, native);
    expect(Buffer.from(bytes!).equals(Buffer.from(text))).toBe(true);
  });

  it('gives back a shorter part as it is, for the caller to refuse', () => {
    expect(inflateRaw(deflated, text.length + 7, never, native)).toHaveLength(text.length);
  });

  it('counts a part that goes past its declared size on to its end, in buffers, keeping none of it', () => {
    const counts: number[] = [];
    expect(inflateRaw(deflated, 1000, (bytes) => counts.push(bytes), native)).toBeUndefined();
    expect(counts.at(-1)).toBe(text.length);
    expect(counts.length).toBeGreaterThan(1);
  });

  it('stops where the count throws (a limit)', () => {
    let calls = 0;
    const stop = () => {
      calls++;
      throw new RangeError('limit');
    };
    expect(() => inflateRaw(deflated, 1000, stop, native)).toThrow('limit');
    expect(calls).toBe(1);
  });

  it('throws for a truncated or broken stream', () => {
    expect(() => inflateRaw(deflated.subarray(0, deflated.length / 2), text.length, never, native)).toThrow();
    expect(() => inflateRaw(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 10, never, native)).toThrow();
  });

  it('reads an empty part', () => {
    expect(inflateRaw(deflateSync(new Uint8Array(0)), 0, never, native)).toHaveLength(0);
  });
});

it('finds Node’s zlib under Node', () => {
  expect(NODE_ZLIB).toBeDefined();
});
