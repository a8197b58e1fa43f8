import { Banknote, MessageSquareText, ReceiptText, ShieldCheck, Smartphone, Users, Wrench } from "lucide-react";
import { SignupForm } from "@/components/marketing/signup-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { env } from "@/lib/env";
import { signUp } from "./actions";

// Only what a new workspace can do today. What is still being built is listed apart, as coming.
const FEATURES = [
  { icon: Users, title: "Subscribers and plans", text: "Every account, barangay, plan and subscription in one register that stays fast at 100,000 customers. Bring them in from a spreadsheet." },
  { icon: ReceiptText, title: "Exact billing", text: "Prorated invoices, VAT, late fees and BIR-ready documents with gapless numbers, billed by a daily schedule." },
  { icon: Banknote, title: "Collections at the counter", text: "Cash, GCash, Maya, bank and check payments posted in seconds, with receipts and end-of-day totals." },
  { icon: Wrench, title: "Disconnections and reconnections", text: "Lines unpaid past the grace period become jobs for your technicians, by barangay, with a call button and directions to each house." },
  { icon: MessageSquareText, title: "Reminders that go out", text: "Due-date reminders, overdue notices and receipts by SMS and email, through your own providers." },
  { icon: Smartphone, title: "Works on a phone", text: "Cashiers and technicians use FiberBill from the phone in their pocket." },
  { icon: ShieldCheck, title: "Your data stays yours", text: "Each ISP is walled off in the database itself, with roles and an audit log of every change." },
];

const COMING = ["your fiber plant on a map (LCPs, NAP boxes and ports)", "support tickets", "a portal where subscribers see and pay their bills"];

export default function LandingPage() {
  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 py-12 lg:grid-cols-[1fr_420px] lg:py-16">
      <section className="flex flex-col gap-8">
        <div className="flex flex-col gap-4">
          <p className="text-sm font-medium text-primary">For fiber internet providers in Northern Mindanao and beyond</p>
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            Run your ISP&apos;s billing, collections and field work in one place.
          </h1>
          <p className="max-w-2xl text-lg text-muted-foreground">
            FiberBill keeps your subscribers, invoices, payments and field work in order, so your team spends the day
            connecting customers instead of chasing spreadsheets.
          </p>
        </div>
        <ul className="grid gap-4 sm:grid-cols-2">
          {FEATURES.map(({ icon: Icon, title, text }) => (
            <li key={title} className="flex gap-3 rounded-lg border p-4">
              <Icon className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden />
              <div>
                <h2 className="font-medium">{title}</h2>
                <p className="text-sm text-muted-foreground">{text}</p>
              </div>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">Coming next, not in FiberBill yet:</span> {COMING.join(", ")}.
        </p>
      </section>
      <section id="signup" aria-labelledby="signup-title" className="lg:sticky lg:top-8 lg:self-start">
        <Card>
          <CardHeader>
            <CardTitle id="signup-title" className="text-xl">
              Create your workspace
            </CardTitle>
            <CardDescription>Free while you set up. No credit card.</CardDescription>
          </CardHeader>
          <CardContent>
            <SignupForm rootDomain={env.ROOT_DOMAIN} action={signUp} />
          </CardContent>
        </Card>
      </section>
    </div>
  );
}
