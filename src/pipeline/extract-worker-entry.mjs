// Worker-thread entry: registers tsx (a worker does not inherit the main thread's loader), then
// serves extraction requests.
import { register } from "tsx/esm/api";
register();
await import("./extract-worker.ts");
