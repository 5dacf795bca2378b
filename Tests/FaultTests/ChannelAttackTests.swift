import Foundation
import Testing

/// Cells that attack the event channel, show what cannot be drawn, or print
/// escape sequences: each is that cell's error (or harmless text), never a
/// builder crash and never a success.
@Suite(.serialized) struct ChannelAttackTests {
    @Test func everyAttackIsTheCellsOwnError() throws {
        let course = try Course(["garbage.md", "forge.md", "closed.md", "flood.md", "oversize.md", "bigtable.md", "clamped.md"])
        let outcome = try course.run(["build", "--keep-going"])
        #expect(outcome.status == 1)
        let diagnostics = outcome.errors.split(separator: "\n").filter { $0.hasPrefix("Lessons/") }.sorted()
        #expect(diagnostics == [
            "Lessons/bigtable.md:4: error: Fatal error: cannot show this: the number of cells in the table is 200001; at most 200000 is allowed",
            "Lessons/closed.md:4: error: the program exited early (status 70) in this cell: the event channel to the site builder was closed or written to by a cell",
            "Lessons/flood.md:4: error: the event channel was garbled: more than 32 MB came without the end of a line (did a cell write to descriptor 3?)",
            "Lessons/forge.md:4: error: the event channel was garbled: an event on the channel was not sent by the lesson's runtime (did a cell write to descriptor 3?)",
            "Lessons/garbage.md:8: error: the event channel was garbled: the event channel carried something that is not an event (did a cell write to descriptor 3?)",
            "Lessons/oversize.md:4: error: Fatal error: cannot show this: the plot's width is 100000000; at most 1000 is allowed",
        ])
        let garbage = course.read("Site/garbage.html") ?? ""
        #expect(garbage.contains("<pre class=\"output-text\">fine\n</pre>"))
        #expect(garbage.contains("Not run: an earlier cell failed."))
        #expect(course.read("Site/clamped.html")?.contains("<pre class=\"output-value\">true</pre>") == true)
        // A garbled channel is the lesson's doing: remembered like any error.
        let again = try course.run(["build", "--keep-going", "--verbose"])
        #expect(again.errors.contains("(7 lessons: 7 from cache, 0 run)"))
    }

    @Test func escapeSequencesAreShownAsTextInTheTerminalAndLeftOutOfPages() throws {
        let course = try Course(["escapes.md"])
        let run = try course.run(["run", "Lessons/escapes.md"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(!run.output.utf8.contains(0x1B) && !run.output.utf8.contains(0x07) && !run.output.utf8.contains(0x0D))
        #expect(run.output.contains("^[]0;pwned^G^[[2J^[[31mred^[[0m done^M\n"))
        #expect(run.output.contains("| ^[[1mbold^[[0m |"))
        #expect(run.output.contains("Lessons/escapes.md:10: error: Fatal error: ^[[2Jcleared"))

        #expect(try course.run(["build"]).status == 0)
        let page = course.read("Site/escapes.html") ?? ""
        #expect(!page.utf8.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 })
        #expect(page.contains("<pre class=\"output-text\">red done\n</pre>"))
        #expect(page.contains(">bold</th>") && page.contains(">blink</td>"))
    }
}
