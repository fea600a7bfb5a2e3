// The export page's "Select all" checkbox, without the inline handler that the
// Content-Security-Policy blocks: ticking it ticks or clears every field of the
// chosen spreadsheet layout, and its label is tied to it so the label works too.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector('input.select-toggle[name="select-all-toggle"]');
  if (!toggle) return;
  toggle.id = toggle.id || "select-all-toggle";
  toggle.addEventListener("change", () => {
    const boxes = document.querySelectorAll('.selectable-field-export-row input[type="checkbox"]');
    for (const box of boxes) box.checked = toggle.checked;
  });
});
