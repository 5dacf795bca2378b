import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Nothing a cell starts outlives the build: not when the build is
/// interrupted (Ctrl-C to its process group, `SIGTERM`, `SIGKILL`), not when
/// the cell ends normally or runs out of time. Every case starts a child by
/// Foundation's `Process` and a daemon by `fork` + `setsid`.
@Suite(.serialized) struct ProcessLifetimeTests {
    static let modes: [[String]] = Course.sandboxed ? [[], ["--no-sandbox"]] : [["--no-sandbox"]]

    struct Stop: CustomStringConvertible, Sendable {
        var signal: Int32
        /// Sent to the build's whole process group, as a terminal sends Ctrl-C.
        var toGroup: Bool
        var description: String { toGroup ? "Ctrl-C" : signal == SIGTERM ? "SIGTERM" : "SIGKILL" }
    }

    static let stops = [Stop(signal: SIGINT, toGroup: true), Stop(signal: SIGTERM, toGroup: false), Stop(signal: SIGKILL, toGroup: false)]

    @Test(arguments: stops, modes)
    func aBuildStoppedMidCellLeavesNoProcessAndNoFolder(_ stop: Stop, _ mode: [String]) throws {
        let marker = uniqueMarker()
        let course = try Course(["spawn-and-spin.md"], replacing: ["MARK": marker])
        let build = try course.start(["build"] + mode)
        // Compiling takes seconds; then the cell starts both processes and spins.
        #expect(eventually(within: 120) { processes(containing: marker).count == 2 }, "the cell never started its processes")
        kill(stop.toGroup ? -build.pid : build.pid, stop.signal)
        #expect(eventually(within: 1) { processes(containing: marker).isEmpty }, "still running: \(processes(containing: marker))")
        let status = build.wait()
        if stop.signal == SIGKILL {
            #expect(status == 128 + SIGKILL)
            // Nothing can run in a killed builder: the next build removes its folder.
            #expect(course.leftovers.count == 1 && course.leftovers[0].hasPrefix("lessons-build-"))
            try course.write("Lessons/spawn-and-spin.md", "# Now harmless\n\n```swift\nprint(1)\n```\n")
            #expect(try course.run(["build"] + mode).status == 0)
        } else {
            #expect(status == (stop.signal == SIGINT ? 130 : 143))
            #expect(course.read("err.txt") == "lessons: stopped by \(stop.toGroup ? "Ctrl-C" : "SIGTERM")\n")
        }
        #expect(course.leftovers.isEmpty)
        #expect(processes(containing: marker).isEmpty)
    }

    /// A lesson that ends normally, and one stopped at its timeout: what
    /// their cells started is gone when the build returns.
    @Test(arguments: modes)
    func processesACellStartedEndWithItsProgram(_ mode: [String]) throws {
        let marker = uniqueMarker()
        let course = try Course(["spawn-and-end.md", "spawn-and-time-out.md"], replacing: ["MARK": marker])
        let outcome = try course.run(["build", "--keep-going"] + mode)
        #expect(processes(containing: marker).isEmpty, "still running: \(processes(containing: marker))")
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains(
            "Lessons/spawn-and-time-out.md:5: error: stopped after 1 s: the cell ran past its timeout (raise it with `//| timeout: …`)\n"))
        #expect(course.read("Site/spawn-and-end.html")?.contains("<pre class=\"output-text\">started two\n</pre>") == true)
        #expect(course.leftovers.isEmpty)
    }
}
