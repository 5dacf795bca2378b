import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What a cell can reach from inside the sandbox: its own scratch folder and
/// nothing else it could harm or read secrets from.
@Suite(.serialized) struct SandboxTests {
    @Test(.enabled(if: Course.sandboxed))
    func aCellCannotReachTheSiteTheLessonsTheBuilderOrTheNetwork() throws {
        // Something listens on the machine's loopback: the cell must not reach it.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length); getsockname(listener, $0, &length) }
        }
        listen(listener, 1)
        let port = UInt16(bigEndian: address.sin_port)

        let secret = "secret-\(UUID().uuidString)"
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        let course = try Course(["attacks.md"], replacing: ["SECRET_VALUE": secret, "PORT": String(port), "BUILDER_HOME": home])
        try course.write("private.txt", "not for cells")
        try course.write("Site/.lessons-manifest", "# Written by `lessons build`; the next build replaces exactly these files.\n")
        let outcome = try course.run(["run", "Lessons/attacks.md"], environment: ["LESSONS_FAULT_SECRET": secret])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.errors == "")
        #expect(outcome.output == """
            ── cell 1 · Lessons/attacks.md:4 
            first cell's output
            ── cell 2 · Lessons/attacks.md:8 
            Site: No such file or directory
            Lessons: Read-only file system
            scratch: created
            home: /tmp
            builder's home: nothing of it
            project folder: out of reach
            builder's environment: out of reach
            network: Connection refused
            rewind output: Illegal seek
            descriptor 0: /dev/null
            descriptor 1: pipe
            descriptor 2: pipe
            descriptor 3: socket

            """)
        #expect(course.read("Site/index.html") == nil)
        #expect(course.read("Lessons/evil.md") == nil)
    }

    /// Without bubblewrap (or with `--no-sandbox`) the build says so, once.
    @Test func unsandboxedCellsAreAnnouncedOnce() throws {
        let course = try Course()
        try course.write("Lessons/01-a.md", "```swift\nprint(1)\n```\n")
        try course.write("Lessons/02-b.md", "```swift\nprint(2)\n```\n")
        let outcome = try course.run(["build", "--no-sandbox"])
        #expect(outcome.status == 0)
        #expect(outcome.errors == "warning: cells ran without a sandbox: --no-sandbox\n")
    }
}
