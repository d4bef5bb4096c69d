const tones = {
  info: "border-primary bg-primary-soft text-ink",
  warning: "border-warning bg-amber-50 text-ink",
  error: "border-danger bg-red-50 text-ink",
  success: "border-success bg-green-50 text-ink",
} as const;

export function Notice({ tone = "info", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 p-4 ${tones[tone]}`}>
      {children}
    </div>
  );
}
