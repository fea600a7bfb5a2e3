// Names the admin's autocomplete boxes for screen readers: the widget they come from
// (select2) leaves its combobox, its search field and its "remove all" cross unnamed or
// outside a list item. Runs again whenever the widget redraws itself.
(function () {
  function nameOf(select) {
    if (select.getAttribute("aria-label")) {
      return select.getAttribute("aria-label");
    }
    const label = select.id && document.querySelector('label[for="' + select.id + '"]');
    return label ? label.textContent.replace(/:\s*$/, "").trim() : select.name;
  }

  function nameWidgets() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      const widget = select.nextElementSibling;
      if (!widget || !widget.classList.contains("select2")) {
        return;
      }
      const name = nameOf(select);
      widget
        .querySelectorAll('[role="combobox"], [role="textbox"], .select2-search__field')
        .forEach(function (element) {
          if (element.getAttribute("aria-label") !== name) {
            element.setAttribute("aria-label", name);
          }
        });
      widget.querySelectorAll("ul > .select2-selection__clear").forEach(function (cross) {
        const item = document.createElement("li");
        cross.replaceWith(item);
        item.appendChild(cross);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    nameWidgets();
    new MutationObserver(nameWidgets).observe(document.body, { childList: true, subtree: true });
  });
})();
