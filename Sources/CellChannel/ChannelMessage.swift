/// How the builder and a lesson's program talk on the event channel.
///
/// The builder starts the program with a ``StartMessage`` line on the
/// channel; the program answers every ``CellEvent`` it sends, wrapped in a
/// ``ChannelMessage``, by waiting for one ``acknowledgement`` byte.
public enum ChannelProtocol {
    /// The descriptor the channel has in the program.
    public static let descriptor: Int32 = 3
    /// The byte the builder answers each event with.
    public static let acknowledgement: UInt8 = 0x06
    /// The longest line either side accepts; a display is bounded well below it.
    public static let maximumLineBytes = 32_000_000
}

/// One line the program sends: an event, with the run's secret to show that
/// the program's runtime wrote it (a cell writing to the channel does not
/// know the secret, so it cannot forge an event).
public struct ChannelMessage: Sendable, Equatable, Codable {
    public var secret: String
    public var event: CellEvent

    public init(secret: String, event: CellEvent) {
        self.secret = secret
        self.event = event
    }
}

/// The first line on the channel, from the builder: the run's secret and
/// the limits the program puts on itself before its first cell.
public struct StartMessage: Sendable, Equatable, Codable {
    public var secret: String
    public var limits: ProcessLimits

    public init(secret: String, limits: ProcessLimits) {
        self.secret = secret
        self.limits = limits
    }
}

/// Resource limits (`setrlimit`) for a lesson's program and every process it starts.
public struct ProcessLimits: Sendable, Equatable, Codable {
    /// Bytes of address space (`RLIMIT_AS`).
    public var memory: Int
    /// Processes and threads of the user (`RLIMIT_NPROC`); Linux does not apply it to root.
    public var processes: Int
    /// Seconds of processor time (`RLIMIT_CPU`).
    public var cpuSeconds: Int
    /// Bytes any one file may grow to (`RLIMIT_FSIZE`).
    public var fileSize: Int

    public init(memory: Int, processes: Int, cpuSeconds: Int, fileSize: Int) {
        self.memory = memory
        self.processes = processes
        self.cpuSeconds = cpuSeconds
        self.fileSize = fileSize
    }
}
