import FlyingFox
import Foundation
import Notebook
import Site

/// A live preview of a course: the built site served over HTTP from memory,
/// rebuilt when a file under the lessons folder is saved, with open pages
/// reloaded when their own output changed and the build's diagnostics shown
/// over them.
///
/// The preview does not know how a course is built: it calls `rebuild` with
/// the paths that changed and serves the files it returns. It writes nothing
/// to disk, and the live script exists only in the pages it serves.
public actor Preview {
    private let settings: PreviewSettings
    private let rebuild: Rebuild
    private let report: @Sendable (String) -> Void

    private var site = ServedSite()
    /// What open pages show now: the latest diagnostics, and whether that build failed.
    private var shown: (diagnostics: [Diagnostic], failed: Bool) = ([], false)
    private var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextListener = 0
    private let pending = PendingChanges()
    private var watcher: FolderWatcher?
    private var http: Listening.Started?
    private var loops: [Task<Void, Never>] = []
    private var isStopped = false
    private var stopWaiters: [CheckedContinuation<Void, Never>] = []

    /// `report` gets one line per build, and a line if the port asked for was busy.
    public init(settings: PreviewSettings, rebuild: @escaping Rebuild, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.settings = settings
        self.rebuild = rebuild
        self.report = report
    }

    /// Starts watching the folder, listens (on the next free port if the one
    /// asked for is busy), and starts the first build in the background; pages
    /// asked for meanwhile say so and turn into the real pages when it is done.
    /// Returns the URL of the front page (`http://127.0.0.1:8000/`).
    public func start() async throws(PreviewError) -> String {
        _ = try Listening.address(host: settings.host, port: settings.port)  // a bad --host before anything else
        let pending = self.pending
        let watcher = try FolderWatcher(
            folder: settings.folder, quietPeriod: settings.quietPeriod, polling: settings.polling
        ) { pending.add($0) }
        let busy = Shared<[UInt16]>([])
        let started: Listening.Started
        do throws(PreviewError) {
            started = try await Listening.start(
                host: settings.host, port: settings.port, tries: settings.portsToTry,
                handler: { [self] request in await self.respond(to: request) },
                busy: { port in busy.update { $0.append(port) } })
        } catch {
            watcher.stop()
            throw error
        }
        self.watcher = watcher
        http = started
        if let first = busy.value.first {
            report("port \(first) is in use; serving on port \(started.port)")
        }
        loops = [Task { await buildLoop() }, Task { await pingLoop() }]
        return Listening.url(host: settings.host, port: started.port)
    }

    /// Stops watching and serving: open pages' event streams end (they keep
    /// their last version). A build in progress is not waited for.
    public func stop() async {
        guard !isStopped else { return }
        isStopped = true
        watcher?.stop()
        pending.finish()
        for loop in loops { loop.cancel() }
        for listener in listeners.values { listener.finish() }
        listeners = [:]
        if let http {
            await http.server.stop(timeout: 0.2)
            http.running.cancel()
        }
        http = nil  // its handler holds this preview
        for waiter in stopWaiters { waiter.resume() }
        stopWaiters = []
    }

    /// Returns once `stop()` has run.
    public func waitUntilStopped() async {
        guard !isStopped else { return }
        await withCheckedContinuation { stopWaiters.append($0) }
    }

    // MARK: Building

    /// The first build, then one build per batch of saves; saves made during a
    /// build make one more build after it.
    private func buildLoop() async {
        await build(changed: [])
        for await _ in pending.signals {
            let changed = pending.take()
            guard !changed.isEmpty, !isStopped else { continue }
            await build(changed: changed)
        }
    }

    private func build(changed: [String]) async {
        let start = ContinuousClock.now
        let outcome = await rebuild(changed)
        guard !isStopped else { return }
        let change = site.apply(outcome)
        if !change.isEmpty { send(.reload(change)) }
        let now = (diagnostics: outcome.diagnostics, failed: outcome.files == nil)
        if now != shown {
            shown = now
            send(.diagnostics(now.diagnostics, failed: now.failed))
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        report(RebuildLine.text(changed: changed, outcome: outcome, change: change, seconds: seconds))
    }

    private func pingLoop() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: settings.pingInterval)
            send(.ping)
        }
    }

    // MARK: Serving

    private func respond(to request: HTTPRequest) -> HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            let allowed: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: allowed)
        }
        if request.path == LiveScript.eventsPath {
            return events(page: request.query["page"], token: request.query["token"])
        }
        guard let path = SitePath.resolve(request.path) else {
            return file(.notFound, path: "404.txt", contents: Array("not found\n".utf8), head: head)
        }
        if let contents = site.files[path] {
            let body = SiteChange.isPage(path)
                ? LiveScript.inject(into: contents, path: path, token: site.token(for: path)) : contents
            return file(.ok, path: path, contents: body, head: head)
        }
        guard SiteChange.isPage(path) else {
            return file(.notFound, path: "404.txt", contents: Array("not found\n".utf8), head: head)
        }
        let reason: MissingPage.Reason = site.hasFiles ? .notFound : site.builds == 0 ? .building : .notBuilt
        let page = Array(MissingPage.html(path: path, reason: reason).utf8)
        return file(site.hasFiles ? .notFound : .serviceUnavailable, path: path,
                    contents: LiveScript.inject(into: page, path: path, token: site.token(for: path)), head: head)
    }

    private func file(_ status: HTTPStatusCode, path: String, contents: [UInt8], head: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [
            .contentType: ContentType.of(path),
            .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if head { headers[.contentLength] = String(contents.count) }
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : Data(contents))
    }

    /// A page's event stream. A page whose version is already out of date (a
    /// build finished while it loaded) is told to reload at once, and every page
    /// hears what the latest build reported.
    private func events(page: String?, token: String?) -> HTTPResponse {
        let (stream, listener) = AsyncStream<[UInt8]>.makeStream()
        let id = nextListener
        nextListener += 1
        listener.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        listener.yield(Array(ReloadEvent.retry.utf8))
        if let page, let token, site.token(for: page) != token {
            listener.yield(Array(ReloadEvent.reload(SiteChange(pages: [page])).text.utf8))
        }
        listener.yield(Array(ReloadEvent.diagnostics(shown.diagnostics, failed: shown.failed).text.utf8))
        if isStopped { listener.finish() } else { listeners[id] = listener }
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: HTTPBodySequence(from: EventStreamBody(events: stream)))
    }

    private func forget(_ id: Int) {
        listeners[id] = nil
    }

    private func send(_ event: ReloadEvent) {
        let bytes = Array(event.text.utf8)
        for listener in listeners.values { listener.yield(bytes) }
    }
}
