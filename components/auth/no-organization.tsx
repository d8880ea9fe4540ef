import { Button } from "@/components/ui/button";

/** Shown instead of the chat to a signed-in person who belongs to no organization they may use here. */
export function NoOrganization({
  email,
  restricted,
  recheckAction,
  signOutAction,
}: {
  email: string | null;
  /** Whether an allowlist (ALLOWED_ORGS) narrows the organizations. */
  restricted: boolean;
  recheckAction: () => Promise<void>;
  signOutAction: () => Promise<void>;
}) {
  const account = `Sentry account${email ? ` (${email})` : ""}`;
  return (
    <main className="mx-auto flex max-w-md flex-1 flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">No organization to work with</h1>
      <p className="text-muted-foreground">
        {restricted
          ? `This Sentry Chat is limited to certain Sentry organizations, and your ${account} is not a member of any of them.`
          : `Your ${account} does not belong to any Sentry organization yet.`}{" "}
        Ask an owner of your organization to invite you, or sign in with another account.
      </p>
      <div className="flex gap-2">
        <form action={recheckAction}>
          <Button type="submit" variant="outline">
            Check again
          </Button>
        </form>
        <form action={signOutAction}>
          <Button type="submit">Sign in with another account</Button>
        </form>
      </div>
    </main>
  );
}
