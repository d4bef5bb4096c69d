/** The wizard's progress: a native <progress> with the step in words beside it, and the step names. */
export function ProgressBar({ current, total, label, text, steps }: { current: number; total: number; label: string; text: string; steps: string[] }) {
  return (
    <div className="mb-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p id="questionnaire-progress" className="font-semibold">{text}</p>
        <p className="text-muted">{steps[current - 1]}</p>
      </div>
      <progress className="mt-2 h-3 w-full overflow-hidden rounded [&::-moz-progress-bar]:bg-primary [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-primary" max={total} value={current} aria-label={label} aria-valuetext={text} />
      <ol className="mt-3 hidden gap-2 text-sm text-muted sm:flex">
        {steps.map((name, index) => (
          <li key={name} className={`flex-1 border-t-4 pt-1 ${index < current ? "border-primary text-ink" : "border-line"}`} aria-current={index + 1 === current ? "step" : undefined}>
            {index + 1}. {name}
          </li>
        ))}
      </ol>
    </div>
  );
}
