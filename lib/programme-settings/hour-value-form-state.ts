/** What the staff's hourly-value form gets back from its server action. */
export type HourValueFormState = { status: "idle" } | { status: "ok" } | { status: "error"; message: "hourValueInvalid" | "formFailed" };

export const IDLE_HOUR_VALUE_FORM: HourValueFormState = { status: "idle" };
