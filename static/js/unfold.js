// A link to something inside folded details (the priorities of personal fit on a phone)
// unfolds them and moves there. Browsers that unfold details on their own for the
// address's #target do the same without this script.
document.addEventListener("click", (event) => {
  const link = event.target.closest('a[href^="#"]');
  const target = link && document.getElementById(link.hash.slice(1));
  const folded = target && target.closest("details:not([open])");
  if (!folded) return;
  folded.open = true;
  history.pushState(null, "", link.hash);
  target.scrollIntoView();
  target.focus({ preventScroll: true });
  event.preventDefault();
});
