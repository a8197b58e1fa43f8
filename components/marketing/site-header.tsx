import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { Button } from "@/components/ui/button";

export function SiteHeader() {
  return (
    <header className="border-b">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
        <Link href="/" aria-label="FiberBill home">
          <Logo />
        </Link>
        <nav className="flex items-center gap-1">
          <Button asChild variant="ghost" size="sm">
            <Link href="/find-workspace">Sign in</Link>
          </Button>
          <Button asChild size="sm">
            <Link href="/#signup">Start free</Link>
          </Button>
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
