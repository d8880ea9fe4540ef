/** Shown when the app runs against its offline stand-ins instead of OpenAI and Sentry. */
export function OfflineBanner() {
  return (
    <div role="status" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
      <strong>Offline demo</strong>: answers come from a scripted model and a Sentry stand-in, not from real services.
    </div>
  );
}
