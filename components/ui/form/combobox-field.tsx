"use client";

import { useCombobox } from "downshift";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { controlProps } from "./control-props";
import { inputClass } from "./control-styles";

export type ComboboxOption = { value: string; label: string };

export type ComboboxTexts = { results: string; noResults: string };

type ComboboxFieldProps<Values extends FieldValues> = {
  id: string;
  name: Path<Values>;
  control: Control<Values>;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** "obbligatorio" / "required", shown next to the label of a required field. */
  requiredLabel?: string;
  /** A route answering GET ?q=… with { results: [...] } (the registry stays on the server). */
  endpoint: string;
  /** One result as an option: the value the field holds and the text the list shows. */
  toOption: (result: never) => ComboboxOption;
  /** The words of the chosen value when the form opens (e.g. the ATECO title of a stored code). */
  initialLabel?: string;
  texts: ComboboxTexts;
};

/**
 * A text field that suggests values from a server registry as one types: the WAI-ARIA 1.2
 * combobox pattern through downshift's useCombobox (arrow keys move in the list, Enter
 * chooses, Escape closes, the list is announced as a listbox), plus a polite status with
 * the number of results. What is typed stays the field's value until an option is chosen,
 * and the server checks it either way: before hydration it is a plain text input.
 */
export function ComboboxField<Values extends FieldValues>({ id, name, control, label, hint, error, required, requiredLabel, endpoint, toOption, initialLabel, texts }: ComboboxFieldProps<Values>) {
  const { field } = useController({ name, control });
  const [items, setItems] = useState<ComboboxOption[]>([]);
  const [status, setStatus] = useState("");
  const [chosen, setChosen] = useState(initialLabel ?? "");
  const latest = useRef(0);
  // The latest mapping and texts, read when an answer arrives: callers pass them inline,
  // and a new object on every render must not start a new search.
  const answer = useRef({ toOption, texts });
  useEffect(() => {
    answer.current = { toOption, texts };
  });
  const inputValue = typeof field.value === "string" ? field.value : "";

  // Debounced search; an answer to an older query never replaces a newer one.
  useEffect(() => {
    const query = inputValue.trim();
    if (query.length < 1 || chosen !== "") return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      fetch(`${endpoint}?q=${encodeURIComponent(query)}`)
        .then((response) => (response.ok ? response.json() : { results: [] }))
        .then((body: { results?: unknown[] }) => {
          if (ticket !== latest.current) return;
          const { toOption: map, texts: words } = answer.current;
          const options = (body.results ?? []).map((result) => map(result as never));
          setItems(options);
          setStatus(options.length > 0 ? words.results.replace("{count}", String(options.length)) : words.noResults);
        })
        .catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, [inputValue, chosen, endpoint]);

  const { isOpen, getLabelProps, getMenuProps, getInputProps, getItemProps, highlightedIndex } = useCombobox<ComboboxOption>({
    id,
    inputId: id,
    items,
    inputValue,
    itemToString: (item) => item?.value ?? "",
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return;
      field.onChange(selectedItem.value);
      setChosen(selectedItem.label);
      setItems([]);
    },
  });

  const aria = controlProps(id, { hint, error, required });
  const open = isOpen && items.length > 0;
  return (
    <div>
      <label {...getLabelProps()} className="font-semibold">
        {label}
        {required && requiredLabel ? <span className="font-normal text-muted"> ({requiredLabel})</span> : null}
      </label>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-muted">{hint}</p> : null}
      <div className="relative">
        <input
          {...getInputProps({
            name: field.name,
            onBlur: field.onBlur,
            ref: field.ref,
            // The typed text becomes the field's value in the input event itself, so a key
            // pressed before the next render is not lost to the controlled value.
            onChange: (event) => {
              setChosen("");
              field.onChange((event.target as HTMLInputElement).value);
            },
          })}
          aria-invalid={aria["aria-invalid"]}
          aria-required={aria["aria-required"]}
          aria-describedby={[aria["aria-describedby"], chosen ? `${id}-chosen` : null].filter(Boolean).join(" ") || undefined}
          autoComplete="off"
          className={inputClass}
        />
        <ul
          {...getMenuProps()}
          className={open ? "absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border-2 border-muted bg-white py-1 shadow-lg" : "hidden"}
        >
          {open
            ? items.map((item, index) => (
                <li
                  key={item.value}
                  {...getItemProps({ item, index })}
                  className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? "bg-primary text-white" : ""}`}
                >
                  {item.label}
                </li>
              ))
            : null}
        </ul>
      </div>
      {chosen ? <p id={`${id}-chosen`} className="mt-1 text-sm">{chosen}</p> : null}
      <p role="status" aria-live="polite" className="sr-only">{isOpen ? status : ""}</p>
      {error ? <p id={`${id}-error`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}
