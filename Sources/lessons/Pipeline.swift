import Foundation
import Markdown
import Notebook
import Resolve
import Site

/// The build as named steps: load → split → resolve → execute → render.
/// Writing is the caller's. Resolving comes before running cells so that a
/// broken link fails the build before any cell is compiled.
struct Pipeline {
    let lessonsFolder: String?
    let execution: LessonRunner.Settings
    let log: ProgressLog
    /// What earlier builds of a long-lived process (`serve`) split, ran and
    /// rendered; each step reuses what the files it reads have not changed.
    var memory: Memory?

    /// The warm state of `lessons serve`, one per step that keeps any.
    final class Memory: Sendable {
        let split = SplitMemory()
        let resolve = ResolveMemory()
        let execution = ExecutionMemory()
        let render = RenderMemory()
        /// The theme, its templates parsed once.
        let renderer = try? SiteRenderer()
    }

    /// A built site in memory.
    struct Built {
        var files: [SiteFile]
        /// Whether some cell failed unexpectedly (the pages show it; the build still fails).
        var hasCellErrors: Bool
        /// What execution cost: `(7 lessons: 6 from cache, 1 run)`.
        var summary: String
        /// The failed cells, as printed (`lessons serve` shows them in the browser too).
        var diagnostics: [Diagnostic] = []
    }

    func build(keepGoing: Bool) throws -> Built {
        let source = try CourseSource.read(folder: lessonsFolder ?? "Lessons")
        let course = try Course.make(from: source, memory: memory?.split)
        let resolution = try Resolution.make(course: course, memory: memory?.resolve)
        let (runs, report) = try execute(course.lessons)

        let diagnostics = zip(course.lessons, runs).flatMap { lesson, run in run.diagnostics(for: lesson) }
        if !diagnostics.isEmpty, !keepGoing {
            throw LessonErrors(diagnostics + [Diagnostic(
                path: source.folder, message: "cells failed, so nothing was written (use --keep-going to write the pages with the errors in place)")])
        }
        for diagnostic in diagnostics { log.error(diagnostic.description) }
        let renderer = try memory?.renderer ?? SiteRenderer()
        let files = try renderer.render(course, resolution: resolution, runs: runs, memory: memory?.render)
        let summary = "(\(course.lessons.count) lessons: \(report.fromCache) from cache, \(report.ran) run\(report.builtRuntime ? ", runtime compiled" : ""))"
        return Built(files: files, hasCellErrors: !diagnostics.isEmpty, summary: summary, diagnostics: diagnostics)
    }

    /// Runs one lesson file (`lessons run`), and says what would stop its page
    /// from rendering (a formula with an unknown command, a broken reference).
    ///
    /// A lesson of the course in `lessonsFolder` is checked as the course
    /// builds it: its number, the other lessons it refers to, the bibliography.
    /// A file outside it is checked on its own, its references left unchecked.
    func runOne(path: String) throws -> (lesson: Lesson, run: LessonRun, pageProblems: [Diagnostic]) {
        let standalone = try LessonSplitter.lesson(from: LessonSource.read(path: path))
        let context = courseContext(of: path)
        let lesson = context?.course.lessons[context!.index] ?? standalone
        let pipeline = Pipeline(lessonsFolder: context == nil ? nil : lessonsFolder, execution: execution, log: log, memory: memory)
        let (runs, _) = try pipeline.execute([lesson])
        return (lesson, runs[0], pageProblems(lesson, runs[0], context: context))
    }

    /// The course holding `path`, and the lesson's place in it; nil when the file is not one of its lessons.
    private func courseContext(of path: String) -> (course: Course, index: Int)? {
        guard let folder = lessonsFolder,
              let course = try? Course.make(from: CourseSource.read(folder: folder)) else { return nil }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        guard let index = course.lessons.firstIndex(where: {
            URL(fileURLWithPath: $0.source.path).standardizedFileURL.resolvingSymlinksInPath().path == target
        }) else { return nil }
        return (course, index)
    }

    private func pageProblems(_ lesson: Lesson, _ run: LessonRun, context: (course: Course, index: Int)?) -> [Diagnostic] {
        var single = lesson
        single.part = nil  // rendered alone: the page of a course without its parts
        let alone = Course(title: Course.defaultTitle, introduction: nil, lessons: [single])
        do {
            let resolution: Resolution
            if let (course, index) = context {
                let whole: Resolution
                do {
                    whole = try Resolution.make(course: course)
                } catch {
                    let mine = error.diagnostics.filter { $0.path == lesson.source.path }
                    if !mine.isEmpty { return mine }
                    whole = try Resolution.make(course: course, checksLinks: false)
                }
                resolution = Resolution(lessons: [whole.lessons[index]], introduction: PageTargets(), parts: [], bibliography: whole.bibliography)
            } else {
                resolution = try Resolution.make(course: alone, checksLinks: false)
            }
            _ = try SiteRenderer().render(alone, resolution: resolution, runs: [run])
            return []
        } catch let errors as LessonErrors {
            return errors.diagnostics
        } catch {
            return [Diagnostic(path: lesson.source.path, message: "\(error)")]
        }
    }

    func execute(_ lessons: [Lesson]) throws -> ([LessonRun], LessonRunner.Report) {
        let finished = Shared(0)
        let log = self.log
        var settings = execution
        settings.lessonsFolder = lessonsFolder
        settings.memory = memory?.execution
        let (runs, report) = try LessonRunner(settings: settings).run(lessons) { _, lesson in
            let done = finished.update { count -> Int in
                count += 1
                return count
            }
            log.progress("[\(done)/\(lessons.count)] \(lesson.source.path.split(separator: "/").last ?? "")")
        }
        if let reason = report.unsandboxedReason { log.error("warning: cells ran without a sandbox: \(reason)") }
        return (runs, report)
    }
}
