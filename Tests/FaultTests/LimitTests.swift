import Foundation
@testable import Notebook
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A lesson's program runs with bounded memory, processes and scratch space,
/// which its front matter or cell options can raise.
@Suite(.serialized) struct LimitTests {
    @Test func memoryIsBoundedAndALessonCanAskForMore() throws {
        let course = try Course(["memory.md", "memory-raised.md"])
        let outcome = try course.run(["build"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(course.read("Site/memory.html")?.contains("<pre class=\"output-text\">3 GB: refused\n</pre>") == true)
        #expect(course.read("Site/memory-raised.html")?.contains("<pre class=\"output-text\">3 GB: allocated\n</pre>") == true)
    }

    /// Inside the sandbox the scratch folder is a file system of its own, of the size asked for.
    @Test(.enabled(if: Course.sandboxed))
    func aFullScratchFolderIsTheCellsOwnError() throws {
        let course = try Course(["scratch.md"])
        let outcome = try course.run(["run", "Lessons/scratch.md"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("scratch: No space left on device\n"))
    }

    /// Linux does not hold root to a process limit, so as root the build runs
    /// as `nobody`, in a folder `nobody` can reach.
    @Test func processesAreBounded() throws {
        let course = try Course(["processes.md"], in: getuid() == 0 ? "/tmp" : FileManager.default.temporaryDirectory.path)
        var command = [Course.tool]
        var environment: [String: String?] = [:]
        if getuid() == 0 {
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", Course.tool]
            let (_, runtime) = try LessonRunner().prepareRuntime()
            let cache = course.root + "/user-cache"
            try FileManager.default.createDirectory(atPath: cache + "/runtime", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: runtime.folder, toPath: cache + "/runtime/" + URL(fileURLWithPath: runtime.folder).lastPathComponent)
            try FileManager.default.createDirectory(atPath: course.root + "/home", withIntermediateDirectories: true)
            environment = ["LESSONS_CACHE": cache, "HOME": course.root + "/home", "XDG_CACHE_HOME": course.root + "/home"]
            for path in try [course.root] + FileManager.default.subpathsOfDirectory(atPath: course.root).map({ course.root + "/" + $0 }) {
                chown(path, 65534, 65534)
            }
        }
        let outcome = try course.run(["run", "Lessons/processes.md"], environment: environment, command: command)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("processes: stopped below 256 Resource temporarily unavailable\n"), "\(outcome.output)")
    }
}
