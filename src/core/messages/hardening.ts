import { type Catalog, where } from "./catalog";

/** Messages added by the hardening tests (issue 6): limits and duplicates the importers used to pass silently. */
export const hardeningMessages = {
  sv: {
    "sie.fileTooLarge": (p) => `${where(p, "sv")}: filen är större än ${p.value}, gränsen för inläsning; resten läses inte. Exportera ett räkenskapsår i taget.`,
    "sie.duplicateAccount": (p) => `${where(p, "sv")}: konto ${p.value} anges mer än en gång med #KONTO; det senare namnet "${p.name}" används.`,
  },
  en: {
    "sie.fileTooLarge": (p) => `${where(p, "en")}: the file is larger than ${p.value}, the import limit; the rest is not read. Export one fiscal year at a time.`,
    "sie.duplicateAccount": (p) => `${where(p, "en")}: account ${p.value} is given more than once with #KONTO; the later name "${p.name}" is used.`,
  },
} satisfies Catalog<string>;
