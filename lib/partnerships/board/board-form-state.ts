/** What the board's small forms (soft limit, staff owner) get back from their server action. */
export type BoardFormState =
  | { status: "idle" }
  | { status: "ok" }
  | { status: "error"; message: "limitInvalid" | "ownerInvalid" | "formFailed" };

export const IDLE_BOARD_FORM: BoardFormState = { status: "idle" };
