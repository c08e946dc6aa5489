namespace CrmSupportHub.Worker.Dashboard.Assets;

/// <summary>
/// Keeps the server-rendered countdowns live: the page is complete without it. It counts from
/// the page's own load, so the browser's clock (right or wrong) does not matter.
/// </summary>
internal static class CountdownScript
{
    public const string Path = "/assets/countdown.js";

    public const string Js = """
        "use strict";
        (() => {
          const started = performance.now();
          const clocks = [...document.querySelectorAll(".countdown[data-left]")];
          const pad = n => String(n).padStart(2, "0");
          const text = left => {
            const s = Math.trunc(left), a = Math.abs(s), d = Math.floor(a / 86400);
            const clock = `${Math.floor(a % 86400 / 3600)}:${pad(Math.floor(a % 3600 / 60))}:${pad(a % 60)}`;
            return (d > 0 ? `${d} d ` : "") + clock + (s < 0 ? " overdue" : " left");
          };
          const tick = () => {
            const elapsed = (performance.now() - started) / 1000;
            for (const el of clocks) {
              const runs = el.dataset.tick === undefined ? Infinity : Number(el.dataset.tick);
              const left = Number(el.dataset.left) - Math.min(elapsed, runs);
              el.textContent = text(left);
              if (Math.trunc(left) < 0 && !el.classList.contains("overdue")) {
                el.classList.add("overdue");
                const row = el.closest("tr");
                if (row) {
                  row.classList.remove("at-risk");
                  row.classList.add("breached");
                  row.querySelectorAll(".urgency").forEach(u => { u.textContent = "BREACHED"; u.classList.add("bad"); });
                }
              }
            }
          };
          if (clocks.length > 0) setInterval(tick, 1000);
        })();
        """;
}
