import Foundation
import Notebook
#if canImport(Glibc)
import Glibc
#endif

/// Tells which files under a folder changed, in batches: a batch goes out once
/// the folder has been quiet for a moment, so an editor's atomic save (write a
/// temporary file, rename it over the lesson) or a checkout of many files is
/// one batch. Watches subfolders, and folders that appear later.
public final class FolderWatcher: Sendable {
    /// How changes are found.
    public enum Method: Sendable, Equatable {
        /// The kernel's events (Linux).
        case inotify
        /// Scanning the folder this often.
        case polling(interval: Duration)
    }

    /// How this watcher finds changes.
    public let method: Method
    /// Written to when the watcher should stop, to wake its thread.
    private let wake: (read: Int32, write: Int32)
    private let finished = DispatchSemaphore(value: 0)
    private let stopped = Shared(false)

    /// Starts watching `folder`; `onChange` gets paths as `folder/relative` (or
    /// `folder` alone when anything may have changed), sorted, on the watcher's
    /// own thread. Uses inotify unless `polling` says otherwise or inotify is unavailable.
    public init(
        folder: String, quietPeriod: Duration = .milliseconds(15), polling: Duration? = nil,
        onChange: @escaping @Sendable ([String]) -> Void
    ) throws(PreviewError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw PreviewError.cannotWatch(folder: folder, reason: "no such folder")
        }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw PreviewError.cannotWatch(folder: folder, reason: String(cString: strerror(errno)))
        }
        wake = (ends[0], ends[1])

        // The source is made on the thread that uses it; the watches exist before `init` returns.
        let root = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let chosen = Shared<Method?>(nil)
        let ready = DispatchSemaphore(value: 0)
        let wakeRead = wake.read
        let finished = finished
        let thread = Thread {
            let source: ChangeSource
            #if os(Linux)
            let inotify = polling == nil ? InotifyChanges(root: root) : nil
            #else
            let inotify: ChangeSource? = nil
            #endif
            if let inotify {
                source = inotify
                chosen.update { $0 = .inotify }
            } else {
                let interval = polling ?? .milliseconds(250)
                source = PollingChanges(root: root, interval: interval)
                chosen.update { $0 = .polling(interval: interval) }
            }
            ready.signal()
            Self.watch(source, wake: wakeRead, quietPeriod: quietPeriod) { relative in
                onChange(relative.map { $0.isEmpty ? root : root + "/" + $0 })
            }
            finished.signal()
        }
        thread.name = "lessons-watch"
        thread.start()
        ready.wait()
        method = chosen.value ?? .inotify
    }

    deinit {
        stop()
        close(wake.read)
        close(wake.write)
    }

    /// Stops watching; returns once the thread has ended. A batch not yet sent is dropped.
    public func stop() {
        let first = stopped.update { stopped -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        finished.wait()
    }

    /// The thread's loop: collect changes, send them once quiet, until woken to stop.
    private static func watch(
        _ source: ChangeSource, wake: Int32, quietPeriod: Duration, send: ([String]) -> Void
    ) {
        var pending = Set<String>()
        var lastChange = ContinuousClock.now
        while true {
            let wait = pending.isEmpty ? source.idleWait : quietPeriod - (ContinuousClock.now - lastChange)
            var descriptors = [pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            if let fd = source.descriptor { descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds(wait))
            if descriptors[0].revents != 0 { return }

            let found = source.changes()
            if !found.isEmpty {
                pending.formUnion(found)
                lastChange = .now
            } else if !pending.isEmpty, ContinuousClock.now - lastChange >= quietPeriod {
                send(pending.sorted())
                pending = []
            }
        }
    }

    /// A wait for `poll`, rounded up to whole milliseconds.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, duration > .zero else { return 0 }
        return Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }
}
