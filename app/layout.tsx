import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { ThemeProvider } from "next-themes";
import { BrowserMonitoring } from "@/components/observability/browser-monitoring";
import { Toaster } from "@/components/ui/sonner";
import { getConfig } from "@/lib/env";
import { KEEP_ON_STATIC_PAGES } from "@/lib/worker/static-document";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sentry Chat", template: "%s · Sentry Chat" },
  description: "Ask an AI assistant about your Sentry errors, issues, traces and releases.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * What every page needs: theme, toasts and (with a DSN) browser error monitoring. A shared
 * link is served without any of this client code (lib/worker/static-document.ts).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The per-request CSP nonce (set by middleware.ts) for the theme script next-themes inlines.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const monitoring = getConfig().observability;
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh antialiased">
        <ThemeProvider
          attribute="class"
          defaultTheme="system"
          enableSystem
          disableTransitionOnChange
          nonce={nonce}
          scriptProps={{ [KEEP_ON_STATIC_PAGES]: "" }}
        >
          {children}
          <Toaster />
          {monitoring && <BrowserMonitoring config={monitoring} />}
        </ThemeProvider>
      </body>
    </html>
  );
}
