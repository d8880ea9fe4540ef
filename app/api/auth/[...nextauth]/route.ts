import type { NextRequest } from "next/server";
import { explainCallbackFailure } from "@/lib/auth/callback-failures";
import { handlers, takeAuthFailure } from "@/lib/auth/config";

export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  return explainCallbackFailure(request, response, takeAuthFailure(request));
}

export const { POST } = handlers;
