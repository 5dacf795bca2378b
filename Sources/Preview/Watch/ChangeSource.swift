/// Where a watcher learns what changed under a folder: the kernel's events, or
/// a scan compared with the last one. Used by one thread only.
protocol ChangeSource: AnyObject {
    /// A descriptor that becomes readable when there is news; `nil` for a source
    /// that only finds out when asked.
    var descriptor: Int32? { get }
    /// How long to wait for news when nothing is pending.
    var idleWait: Duration { get }
    /// Paths relative to the folder that changed since the last call (`""` is the
    /// folder itself: everything may have changed).
    func changes() -> [String]
}
