import type { Metadata } from "next";
import { EmailLookupForm, SubdomainLookupForm } from "@/components/marketing/find-workspace-forms";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { env } from "@/lib/env";
import { emailWorkspaces, goToWorkspace } from "./actions";

export const metadata: Metadata = { title: "Find your workspace" };

export default function FindWorkspacePage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to your workspace</h1>
      <Card>
        <CardHeader>
          <CardTitle>I know my workspace</CardTitle>
          <CardDescription>Each ISP has its own address, like yourisp.{env.ROOT_DOMAIN}.</CardDescription>
        </CardHeader>
        <CardContent>
          <SubdomainLookupForm action={goToWorkspace} rootDomain={env.ROOT_DOMAIN} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>I forgot which workspace</CardTitle>
          <CardDescription>We will email you the addresses of the workspaces you belong to.</CardDescription>
        </CardHeader>
        <CardContent>
          <EmailLookupForm action={emailWorkspaces} />
        </CardContent>
      </Card>
    </div>
  );
}
