// The little glue htmx needs on these pages.
(function () {
  const on = (name, handler) => document.addEventListener(name, handler);
  const panel = () => document.getElementById("filters-toggle");
  // Messages can be closed once there is script to close them: the buttons wait hidden.
  const offerDismiss = () => {
    for (const button of document.querySelectorAll("[data-dismiss]")) button.hidden = false;
  };
  offerDismiss();
  on("click", (event) => {
    const button = event.target.closest("[data-dismiss]");
    if (button) {
      button.parentElement.remove();
      document.getElementById("main").focus();
    }
  });

  // A compare or shortlist button names its own URL (formaction), as it does without
  // JavaScript; htmx would otherwise post every button to the form's hx-post.
  on("htmx:config:request", (event) => {
    const request = event.detail.ctx.request;
    if (request.submitter && request.submitter.hasAttribute("formaction")) {
      request.action = request.submitter.formAction;
    }
  });

  // On small screens the filters fold into a panel; keep it open while htmx swaps in
  // new results and counts, so a visitor can tick several options. New results are
  // the next page: the messages about the last one go.
  let filtersOpen = false;
  on("htmx:before:swap", (event) => {
    filtersOpen = Boolean(panel() && panel().open);
    if (event.target.id == "catalogue") {
      for (const old of document.querySelectorAll(".messages, #selection-status *")) old.remove();
    }
  });
  on("htmx:after:settle", () => {
    if (filtersOpen && panel()) panel().open = true;
    offerDismiss();
  });
})();
