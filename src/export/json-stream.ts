// One JSON document streamed as its items arrive: `open`, the items separated by commas, `close`.
export async function* jsonSequence<T>(items: AsyncIterable<T>, toJson: (item: T) => unknown, open: string, close: string): AsyncGenerator<string> {
  yield open;
  let first = true;
  for await (const item of items) {
    yield `${first ? "" : ",\n"}${JSON.stringify(toJson(item))}`;
    first = false;
  }
  yield close;
}
