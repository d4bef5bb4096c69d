import { defineSection } from "../../define-section";

// Messages of this feature: Italian first, English with exactly the same keys.
export const exchangeSection = defineSection({
  it: {
    title: "Import ed export dei profili",
    lead: "Scambia i profili delle organizzazioni nel formato di scambio (versione 1), lo stesso del motore di abbinamento.",
    exportTitle: "Esporta",
    exportText: "Un file JSON con tutti i profili inviati e completi. L'id di ogni profilo è quello di importazione o quello dell'organizzazione.",
    exportLink: "Scarica i profili (JSON)",
    importTitle: "Importa",
    importText: "Tutto o niente: se un profilo ha un errore non viene salvato nulla. I profili già presenti (stesso id) vengono aggiornati, i nuovi creati come attivi.",
    file: "File JSON (massimo 2 MB)",
    submit: "Importa i profili",
    importing: "Importazione…",
    success: "Importazione completata: {created} nuovi profili, {updated} aggiornati.",
    errorsTitle: "Il file non è stato importato. Correggi questi errori e riprova:",
    fileMissing: "Scegli un file JSON da importare.",
    fileTooLarge: "Il file supera i 2 MB.",
  },
  en: {
    title: "Profile import and export",
    lead: "Exchange organisation profiles in the exchange format (version 1), the one the match engine reads.",
    exportTitle: "Export",
    exportText: "A JSON file with every submitted, complete profile. Each profile's id is its import id or the organisation's id.",
    exportLink: "Download the profiles (JSON)",
    importTitle: "Import",
    importText: "All or nothing: if any profile has an error nothing is saved. Existing profiles (same id) are updated, new ones created as active.",
    file: "JSON file (at most 2 MB)",
    submit: "Import the profiles",
    importing: "Importing…",
    success: "Import completed: {created} new profiles, {updated} updated.",
    errorsTitle: "The file was not imported. Fix these errors and try again:",
    fileMissing: "Choose a JSON file to import.",
    fileTooLarge: "The file is larger than 2 MB.",
  },
});
