/** The page's #root element, created if the HTML lacks it: both the pane and the preview mount here. */
export function rootElement(): HTMLElement {
  const found = document.getElementById("root");
  if (found) return found;
  const div = document.createElement("div");
  div.id = "root";
  document.body.appendChild(div);
  return div;
}
