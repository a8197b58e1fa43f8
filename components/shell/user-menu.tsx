"use client";

import { KeyRound, LogOut, MonitorSmartphone, Moon, Sun } from "lucide-react";
import Link from "next/link";
import { useTheme } from "next-themes";
import { useRef } from "react";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * Sign-out is a form POST to /logout (a GET signs no one out), answered with
 * a redirect to the sign-in page: a full page load, so nothing of the
 * signed-in client state survives. The forms sit outside the menu, which
 * unmounts its items when it closes.
 */
export function UserMenu({ name, email, roleLabel }: { name: string; email: string; roleLabel: string }) {
  const { resolvedTheme, setTheme } = useTheme();
  const signOutForm = useRef<HTMLFormElement>(null);
  const everywhereForm = useRef<HTMLFormElement>(null);
  return (
    <>
      <form ref={signOutForm} method="post" action="/logout" hidden />
      <form ref={everywhereForm} method="post" action="/logout" hidden>
        <input type="hidden" name="scope" value="all" />
      </form>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          {/* Named by its visible text (WCAG 2.5.3: say what you see): the name, which phones keep for screen readers only. */}
          <Button variant="ghost" className="h-9 gap-2 px-2">
            <Avatar className="size-7" aria-hidden>
              <AvatarFallback className="text-xs">{initials(name)}</AvatarFallback>
            </Avatar>
            <span className="sr-only">Account menu for </span>
            <span className="max-w-40 truncate text-sm max-sm:sr-only">{name}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-60">
          <DropdownMenuLabel className="flex flex-col">
            <span className="truncate">{name}</span>
            <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
            <span className="text-xs font-normal text-muted-foreground">{roleLabel}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setTheme(resolvedTheme === "dark" ? "light" : "dark")}>
            {resolvedTheme === "dark" ? <Sun /> : <Moon />}
            {resolvedTheme === "dark" ? "Light theme" : "Dark theme"}
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href="/change-password">
              <KeyRound />
              Change password
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => signOutForm.current?.requestSubmit()}>
            <LogOut />
            Sign out
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => everywhereForm.current?.requestSubmit()}>
            <MonitorSmartphone />
            Sign out of all devices
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
