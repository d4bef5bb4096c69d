const tones = {
  neutral: "bg-surface text-ink border-line",
  primary: "bg-primary-soft text-primary-dark border-primary",
  success: "bg-green-50 text-success border-success",
  warning: "bg-amber-50 text-warning border-warning",
  danger: "bg-red-50 text-danger border-danger",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-3 py-0.5 text-sm font-semibold ${tones[tone]}`}>
      {children}
    </span>
  );
}
