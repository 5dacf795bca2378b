/// Where the preview listens and what it watches.
public struct PreviewSettings: Sendable {
    /// The folder of lessons, as the author named it (`Lessons`).
    public var folder: String
    /// An IP address; the loopback address unless the author opens the preview to a network.
    public var host = "127.0.0.1"
    /// The first port tried; 0 lets the system pick a free one.
    public var port: UInt16 = 8000
    /// How many ports from `port` on are tried when it is busy (1: only `port`).
    public var portsToTry = 10
    /// How long the folder must be quiet before a batch of saves starts a build.
    /// An editor's atomic save (write, rename) takes well under a millisecond;
    /// a batch that straddles the period costs one more build, not a wrong page.
    public var quietPeriod: Duration = .milliseconds(15)
    /// Scan the folder this often instead of using inotify.
    public var polling: Duration?
    /// How often open pages get a keep-alive comment, so closed ones are noticed.
    public var pingInterval: Duration = .seconds(15)

    public init(folder: String) {
        self.folder = folder
    }
}
