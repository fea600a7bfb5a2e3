// The export page's "Select all" checkbox (templates/admin/import_export/export.html,
// which drops the library's inline handler that the Content-Security-Policy blocks):
// ticking it ticks or clears every field of the chosen spreadsheet layout.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector('input.select-toggle[name="select-all-toggle"]');
  if (!toggle) return;
  toggle.addEventListener("change", () => {
    const boxes = document.querySelectorAll('.selectable-field-export-row input[type="checkbox"]');
    for (const box of boxes) box.checked = toggle.checked;
  });
});
