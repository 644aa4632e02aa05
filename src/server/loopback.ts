// The names of this machine: as a bind address ("::1") and as a URL's host ("[::1]").
export const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
