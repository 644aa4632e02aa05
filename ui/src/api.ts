// The UI's only way to the server: the JSON API, with its error shape turned into exceptions.
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

const TOKEN_KEY = "incidex.token";
/** The server's INCIDEX_TOKEN, when the analyst gave it: kept for this browser tab only. */
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) ?? "",
  set: (t: string) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY)),
};

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const auth: Record<string, string> = token.get() ? { authorization: `Bearer ${token.get()}` } : {};
  const res = await fetch(path, { ...init, headers: { accept: "application/json", ...auth, ...(init?.body ? { "content-type": "application/json" } : {}) } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? "HTTP_ERROR", body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const api = {
  get: <T>(path: string, params: Record<string, string | undefined> = {}) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    return call<T>(`${path}${q.size ? `?${q}` : ""}`);
  },
  post: <T>(path: string, body: unknown) => call<T>(path, { method: "POST", body: JSON.stringify(body) }),
  delete: <T>(path: string) => call<T>(path, { method: "DELETE" }),
};
