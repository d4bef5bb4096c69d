// One look for every text control of the app: 44 px touch height, a visible 2 px border
// that turns red when the control is invalid (aria-invalid), the body's font size so that
// phones do not zoom in on focus.
export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

export const checkboxClass = "mt-1 size-6 shrink-0 accent-primary";
