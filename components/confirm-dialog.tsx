"use client";

import { useState, type ReactNode } from "react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { AppError } from "@/lib/errors";

type Props = {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while `onConfirm` runs. */
  busyLabel: string;
  /** The destructive action. The dialog stays open until it is done; if it fails, the error is shown as a toast. */
  onConfirm: () => Promise<void>;
} & (
  // Opened by its own button, or from elsewhere (a menu item) through open/onOpenChange.
  { trigger: ReactNode; open?: never; onOpenChange?: never } | { open: boolean; onOpenChange: (open: boolean) => void; trigger?: never }
);

/** A destructive action behind an "Are you sure?" dialog. */
export function ConfirmDialog({ title, description, confirmLabel, busyLabel, onConfirm, ...opening }: Props) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = opening.open ?? ownOpen;
  const setOpen = opening.onOpenChange ?? setOwnOpen;
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      setOpen(false);
    } catch (error) {
      toast.error((error instanceof AppError ? error : new AppError("internal")).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      {opening.trigger && <AlertDialogTrigger asChild>{opening.trigger}</AlertDialogTrigger>}
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={busy}>Cancel</AlertDialogCancel>
          {/* A plain button, not AlertDialogAction: the dialog stays open until the action is done. */}
          <Button variant="destructive" disabled={busy} onClick={() => void confirm()}>
            {busy ? busyLabel : confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
