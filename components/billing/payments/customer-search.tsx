import Form from "next/form";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The first thing a cashier touches: focused on arrival, Enter searches; a scanner reading a bill's QR code types into it and opens the account. */
export function CustomerSearch({ q, autoFocus }: { q: string; autoFocus: boolean }) {
  return (
    <Form action="/payments" role="search" className="flex gap-2">
      <label htmlFor="payment-search" className="sr-only">
        Find a customer by account number, name or mobile
      </label>
      <Input
        id="payment-search"
        name="q"
        type="search"
        defaultValue={q}
        autoFocus={autoFocus}
        autoComplete="off"
        placeholder="Account number, name or mobile"
        className="h-11 text-base"
      />
      <Button type="submit" size="lg" className="h-11">
        <Search /> <span className="sr-only sm:not-sr-only">Find</span>
      </Button>
    </Form>
  );
}
