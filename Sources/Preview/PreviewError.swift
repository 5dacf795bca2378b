/// Why the preview could not start. Nothing an author writes in a lesson is
/// one of these: a broken lesson is shown in the browser instead.
public enum PreviewError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--host` is not an IP address.
    case badHost(String)
    /// Every port tried is taken.
    case portsInUse(host: String, first: UInt16, last: UInt16)
    /// The system refused to listen (a privileged port, an address not on this machine).
    case cannotListen(host: String, port: UInt16, reason: String)
    /// The lessons folder cannot be watched.
    case cannotWatch(folder: String, reason: String)

    public var description: String {
        switch self {
        case .badHost(let host):
            return "error: --host \(host): not an IP address (use 127.0.0.1, ::1, or 0.0.0.0 for every interface)"
        case .portsInUse(let host, let first, let last):
            let ports = first == last ? "port \(first) is" : "ports \(first)-\(last) are all"
            return "error: \(ports) in use on \(host); choose another with --port (0 picks a free one)"
        case .cannotListen(let host, let port, let reason):
            return "error: cannot listen on \(host) port \(port): \(reason)"
        case .cannotWatch(let folder, let reason):
            return "\(folder): error: cannot watch the lessons folder: \(reason)"
        }
    }
}
