import Foundation
@testable import Notebook
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Failures from outside a lesson — a compiler that crashes or is killed, an
/// unwritable module cache, a runtime library that will not load, a full
/// disk — fail the build with what happened, and are never cached: once the
/// environment is repaired, the next build runs the lesson without `--no-cache`.
@Suite(.serialized) struct EnvironmentFailureTests {
    static let lesson = "# One cell\n\n```swift\nprint(\"ran\")\n```\n"

    /// The real compiler, and the real per-user cache of the compiled runtime.
    static let swiftc: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        return path.split(separator: ":").map { $0 + "/swiftc" }.first(where: FileManager.default.isExecutableFile) ?? "swiftc"
    }()
    static let userCache = try! UserCache.folder(environment: ProcessInfo.processInfo.environment)

    /// A cache of this course's own (so what it remembers of a fake compiler
    /// stays in the course), sharing the real compiled runtime through a link.
    static func privateCache(in course: Course) throws -> String {
        _ = try LessonRunner().prepareRuntime()  // compiled by the real compiler, if it is not yet
        let cache = course.root + "/user-cache"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: userCache + "/runtime", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: cache + "/runtime", withDestinationPath: userCache + "/runtime")
        return cache
    }

    /// A compiler that misbehaves once (`misbehaviour`, in sh) and then is the real one.
    static func flakyCompiler(in course: Course, _ misbehaviour: String) throws -> String {
        let script = course.root + "/swiftc-flaky"
        try course.write("swiftc-flaky", """
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in -version|-print-target-info) exec \(swiftc) "$@";; esac
            done
            if [ ! -e \(course.root)/failed-once ]; then
              : > \(course.root)/failed-once
              \(misbehaviour)
            fi
            exec \(swiftc) "$@"

            """)
        chmod(script, 0o755)
        return script
    }

    @Test(arguments: [
        ("echo 'swiftc: simulated crash' >&2; exit 1",
         "Lessons/01-x.md:4: error: the lesson's program did not compile:\nthe compiler failed outside the lesson's cells:\nswiftc: simulated crash\n"),
        ("kill -KILL $$",
         "Lessons/01-x.md:4: error: the lesson's program did not compile:\nthe compiler was stopped by SIGKILL\n"),
    ])
    func aFlakyCompilersFailureIsReportedAndNotCached(_ misbehaviour: String, _ message: String) throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        let environment: [String: String?] = [
            "SWIFTC": try Self.flakyCompiler(in: course, misbehaviour), "LESSONS_CACHE": try Self.privateCache(in: course),
        ]
        let failed = try course.run(["build", "--verbose"], environment: environment)
        #expect(failed.status == 1)
        #expect(failed.errors.contains(message), "\(failed.errors)")
        let repaired = try course.run(["build", "--verbose"], environment: environment)
        #expect(repaired.status == 0, "\(repaired.errors)")
        #expect(repaired.errors.contains("(1 lessons: 0 from cache, 1 run)"))
        #expect(try course.run(["build", "--verbose"], environment: environment).errors.contains("(1 lessons: 1 from cache, 0 run)"))
    }

    @Test func anUnwritableModuleCacheIsReportedAndNotCached() throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        let cache = try Self.privateCache(in: course)
        // The compiler keeps its module cache under XDG_CACHE_HOME: here, under a file.
        let failed = try course.run(["build", "--verbose"], environment: ["LESSONS_CACHE": cache, "XDG_CACHE_HOME": "/dev/null"])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("Lessons/01-x.md:4: error: the lesson's program did not compile:\nthe compiler failed outside the lesson's cells:\n"))
        #expect(failed.errors.contains("/dev/null/clang/ModuleCache/"))
        let repaired = try course.run(["build", "--verbose"], environment: ["LESSONS_CACHE": cache])
        #expect(repaired.status == 0, "\(repaired.errors)")
        #expect(repaired.errors.contains("(1 lessons: 0 from cache, 1 run)"))
    }

    /// The runtime library is damaged after the program was linked: the
    /// program cannot start. That is not the lesson's result, and the
    /// runtime's build is no longer trusted.
    @Test func aRuntimeThatWillNotLoadIsReportedNotCachedAndNoLongerTrusted() throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        let (_, runtime) = try LessonRunner().prepareRuntime()
        let cache = course.root + "/user-cache"
        let copy = cache + "/runtime/" + URL(fileURLWithPath: runtime.folder).lastPathComponent
        try FileManager.default.createDirectory(atPath: cache + "/runtime", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: runtime.folder, toPath: copy)
        let library = copy + "/libFigures.so"
        let original = try Data(contentsOf: URL(fileURLWithPath: library))
        let compiler = try Self.flakyCompiler(in: course, """
            \(Self.swiftc) "$@" || exit $?
            head -c \(original.count) /dev/zero > \(library).damaged && mv \(library).damaged \(library)
            exit 0
            """)

        let failed = try course.run(["build"], environment: ["SWIFTC": compiler, "LESSONS_CACHE": cache])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("Lessons/01-x.md:4: error: the lesson's program did not start (exit status 127): "), "\(failed.errors)")
        #expect(failed.errors.contains("error while loading shared libraries: \(library): invalid ELF header"))
        #expect(!FileManager.default.fileExists(atPath: copy + "/" + RuntimeLibrary.sealName))

        // Repaired (as the next build would, by compiling it again).
        try FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: runtime.folder, toPath: copy)
        let repaired = try course.run(["build", "--verbose"], environment: ["LESSONS_CACHE": cache])
        #expect(repaired.status == 0, "\(repaired.errors)")
        #expect(repaired.errors.contains("(1 lessons: 0 from cache, 1 run)"))
        #expect(course.read("Site/01-x.html")?.contains("<pre class=\"output-text\">ran\n</pre>") == true)
    }

    /// The builder's temporary folder on a file system of 20 kB (made by
    /// bubblewrap): the program cannot even be linked.
    @Test(.enabled(if: Course.sandboxed))
    func aFullDiskIsAnErrorAndNotCached() throws {
        let course = try Course()
        try course.write("Lessons/01-x.md", Self.lesson)
        let small = course.root + "/small"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        let failed = try course.run(
            ["build", "--verbose"],
            command: ["bwrap", "--dev-bind", "/", "/", "--size", "20000", "--tmpfs", small, "--", "env", "TMPDIR=" + small, Course.tool])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("Lessons/01-x.md:4: error: the lesson's program did not compile:\nthe compiler failed outside the lesson's cells:\n"))
        #expect(failed.errors.contains("No space left on device"))
        let repaired = try course.run(["build", "--verbose"])
        #expect(repaired.errors.contains("(1 lessons: 0 from cache, 1 run)"))
    }
}
