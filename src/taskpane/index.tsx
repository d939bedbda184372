import { createRoot } from "react-dom/client";
import { App } from "./components/App";

/* Office.onReady resolves in Excel with host "Excel" and in a plain browser with host null. */
Office.onReady((info) => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={info.host ?? null} />);
});
