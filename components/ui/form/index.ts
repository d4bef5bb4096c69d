// The one form kit: every form of the app is built from these pieces and useActionForm.
export { ActionButton } from "./action-button";
export { CheckboxField } from "./checkbox-field";
export { CheckboxGroup, type CheckboxOption } from "./checkbox-group";
export { controlProps, type ControlProps } from "./control-props";
export { checkboxClass, inputClass } from "./control-styles";
export { ComboboxField, type ComboboxOption, type ComboboxTexts } from "./combobox-field";
export { Field } from "./field";
export { FormMessage } from "./form-message";
export { HiddenFields } from "./hidden-fields";
export { RadioGroup, type RadioOption } from "./radio-group";
export { SelectField, type SelectOption } from "./select-field";
export { SubmitButton } from "./submit-button";
export { TextareaField, TextField } from "./text-field";
export { translateKey } from "./translate-key";
export { useActionForm, type FormServerAction } from "./use-action-form";
