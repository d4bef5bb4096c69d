// Shared class names, so links that look like buttons and real buttons stay identical.
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 text-base font-semibold no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const buttonStyles = {
  primary: `${base} bg-primary text-white hover:bg-primary-dark`,
  secondary: `${base} border-2 border-primary bg-white text-primary hover:bg-primary-soft`,
  danger: `${base} border-2 border-danger bg-white text-danger hover:bg-red-50`,
  quiet: `${base} text-primary underline-offset-4 hover:underline`,
} as const;
