/*
 * Loaded by the simulator's taskpane.html in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js:
 * hands the pane the stand-in Office and Excel globals of the page around it (tests/sim/sim-page.tsx).
 */
(function () {
  var sim = window.parent && window.parent !== window ? window.parent.__soatBieuSim : undefined;
  if (!sim) return; // Opened on its own: the pane shows its "outside Excel" message, as without office.js.
  window.Office = sim.office;
  window.Excel = sim.excel;
})();
