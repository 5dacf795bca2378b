import Site

/// The script the preview adds to every page it serves (never to the files
/// `lessons build` writes): it listens for reload events, reloads the page when
/// its own output changed, keeps the scroll position across the reload, and
/// shows the latest build's diagnostics over the page.
enum LiveScript {
    /// Where pages listen for events; no file of a site lives under `/_lessons/`.
    static let eventsPath = "/_lessons/events"

    /// The page with the script added before its last `</body>` (or at the end).
    /// `path` is the site path the page was served as, `token` its version.
    static func inject(into page: [UInt8], path: String, token: String) -> [UInt8] {
        let script = Array(tag(path: path, token: token).utf8)
        var out = page
        out.insert(contentsOf: script, at: lastBodyEnd(in: page) ?? page.endIndex)
        return out
    }

    /// The `<script>` element for one page.
    static func tag(path: String, token: String) -> String {
        "<script>\n(function () {\n\"use strict\";\n"
            + "var page = \(JSONText.quote(path)), token = \(JSONText.quote(token)), eventsPath = \(JSONText.quote(eventsPath));\n"
            + body + "})();\n</script>\n"
    }

    /// Where `</body>` (any case) last starts.
    static func lastBodyEnd(in page: [UInt8]) -> Int? {
        let closing = Array("</body>".utf8)
        guard page.count >= closing.count else { return nil }
        for start in stride(from: page.count - closing.count, through: 0, by: -1) {
            var matches = true
            for (offset, byte) in closing.enumerated() where asciiLowercase(page[start + offset]) != byte {
                matches = false
                break
            }
            if matches { return start }
        }
        return nil
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// Plain ES5 so any browser runs it, inside a function that has already
    /// set `page`, `token` and `eventsPath`.
    static let body = """
          var scrollKey = "lessons-preview-scroll:" + page;
          var saved = sessionStorage.getItem(scrollKey);
          if (saved !== null) {
            sessionStorage.removeItem(scrollKey);
            var y = Number(saved);
            if ("scrollRestoration" in history) history.scrollRestoration = "manual";
            window.scrollTo(0, y);
            window.addEventListener("load", function () { window.scrollTo(0, y); });
          }
          var events = new EventSource(eventsPath + "?page=" + encodeURIComponent(page) + "&token=" + encodeURIComponent(token));
          events.addEventListener("reload", function (event) {
            var change = JSON.parse(event.data);
            if (change.everything || change.pages.indexOf(page) >= 0) {
              sessionStorage.setItem(scrollKey, String(window.scrollY));
              events.close();
              location.reload();
            }
          });
          events.addEventListener("diagnostics", function (event) {
            var report = JSON.parse(event.data);
            var overlay = document.getElementById("lessons-preview-errors");
            if (report.lines.length === 0) {
              if (overlay) overlay.parentNode.removeChild(overlay);
              return;
            }
            if (!overlay) {
              overlay = document.createElement("aside");
              overlay.id = "lessons-preview-errors";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:50vh;" +
                "overflow:auto;margin:0;padding:0.75rem 1rem;background:#2a0c0c;color:#ffecec;" +
                "border-top:3px solid #e5484d;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;text-align:left";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "";
            var hide = document.createElement("button");
            hide.type = "button";
            hide.textContent = "\\u00d7";
            hide.setAttribute("aria-label", "Hide the errors");
            hide.style.cssText = "float:right;font:inherit;background:none;color:inherit;border:0;cursor:pointer";
            hide.onclick = function () { overlay.parentNode.removeChild(overlay); };
            var heading = document.createElement("p");
            heading.style.cssText = "margin:0;font-weight:bold";
            heading.textContent = report.failed
              ? "The course does not build. The page shows its last good version."
              : "The build reported errors; they are also shown in place.";
            var lines = document.createElement("pre");
            lines.style.cssText = "margin:0.5rem 0 0;white-space:pre-wrap;font:inherit";
            lines.textContent = report.lines.join("\\n");
            overlay.appendChild(hide);
            overlay.appendChild(heading);
            overlay.appendChild(lines);
          });

        """
}
