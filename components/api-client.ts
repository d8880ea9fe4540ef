import { AppError, parseErrorBody } from "@/lib/errors";

/**
 * The browser side of the app's JSON routes: the parsed body (nothing for a 204), or the shared
 * error contract's AppError, also when the app could not be reached at all.
 */
export async function callApi<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new AppError("upstream_unavailable", "Sentry Chat could not be reached. Check your connection and try again.", {
      cause,
    });
  }
  if (!response.ok) throw parseErrorBody(await response.json().catch(() => null), response.status);
  return (response.status === 204 ? undefined : await response.json()) as T;
}
