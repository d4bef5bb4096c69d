"use client";

import type { ComponentProps } from "react";
import { ActionButton, translateKey } from "@/components/ui/form";

type Props = Omit<ComponentProps<typeof ActionButton>, "errorText"> & {
  /** The catalogues a refusal's key is looked up in, the most specific first (translateKey). */
  catalogues: Array<Record<string, string>>;
};

/**
 * The kit's ActionButton for the partnership sections, which are server components: they
 * cannot hand a function to a client component, so they pass the catalogues instead.
 */
export function PartnershipActionButton({ catalogues, ...props }: Props) {
  return <ActionButton {...props} errorText={(key) => translateKey(key, ...catalogues)} />;
}
