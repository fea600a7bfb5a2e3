// On small screens the filters fold into a panel; keep it open while htmx
// swaps in new results and counts, so a visitor can tick several options.
(function () {
  let filtersOpen = false;
  document.addEventListener("htmx:beforeSwap", function () {
    const panel = document.getElementById("filters-toggle");
    filtersOpen = Boolean(panel && panel.open);
  });
  document.addEventListener("htmx:afterSettle", function () {
    const panel = document.getElementById("filters-toggle");
    if (panel && filtersOpen) {
      panel.open = true;
    }
  });
})();
