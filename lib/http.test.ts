import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http";

const post = (contentType: string | null, body = '{"title":"hello"}') =>
  new Request("http://localhost/api/x", {
    method: "POST",
    headers: contentType === null ? {} : { "content-type": contentType },
    body,
  });

async function refusal(request: Request): Promise<AppError> {
  const error = await readJsonBody(request, 1024).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJsonBody", () => {
  it("reads a JSON body sent as application/json, with or without a UTF-8 charset", async () => {
    for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""]) {
      expect(await readJsonBody(post(type), 1024)).toEqual({ title: "hello" });
    }
  });

  it("refuses JSON sent under any other type, or none, with 415 unsupported_media_type", async () => {
    // text/plain is what a cross-site form can send without a preflight.
    for (const type of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "application/jsonp", "application/json-patch+json", null]) {
      const error = await refusal(post(type));
      expect(error.code, String(type)).toBe("unsupported_media_type");
      expect(error.status).toBe(415);
    }
  });

  it("refuses a charset other than UTF-8, or another parameter: the body is read as UTF-8 JSON", async () => {
    for (const type of ["application/json; charset=iso-8859-1", "application/json; boundary=x"]) {
      expect((await refusal(post(type))).code, type).toBe("unsupported_media_type");
    }
  });

  it("still refuses invalid JSON (400) and an oversized body (413)", async () => {
    expect((await refusal(post("application/json", "{not json"))).code).toBe("bad_request");
    expect((await refusal(post("application/json", `"${"x".repeat(2000)}"`))).code).toBe("payload_too_large");
  });
});
