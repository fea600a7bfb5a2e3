// The little glue htmx needs on these pages.
(function () {
  // A compare or shortlist button names its own URL (formaction), as it does without
  // JavaScript; htmx would otherwise post every button to the form's hx-post.
  document.addEventListener("htmx:config:request", function (event) {
    const request = event.detail.ctx.request;
    if (request.submitter && request.submitter.hasAttribute("formaction")) {
      request.action = request.submitter.formAction;
    }
  });

  // On small screens the filters fold into a panel; keep it open while htmx swaps in
  // new results and counts, so a visitor can tick several options.
  let filtersOpen = false;
  document.addEventListener("htmx:before:swap", function () {
    const panel = document.getElementById("filters-toggle");
    filtersOpen = Boolean(panel && panel.open);
  });
  document.addEventListener("htmx:after:settle", function () {
    const panel = document.getElementById("filters-toggle");
    if (panel && filtersOpen) {
      panel.open = true;
    }
  });
})();
