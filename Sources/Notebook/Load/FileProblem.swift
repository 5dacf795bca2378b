import Foundation

/// What went wrong with a file, in words ("is a directory", "permission
/// denied", "too many levels of symbolic links"), from whatever error
/// Foundation or the system gave; never an error domain and number.
public enum FileProblem {
    public static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return describe(errno: posix.code.rawValue) }
        let nsError = error as NSError
        // Foundation keeps the system's error underneath its own, as a POSIXError or an NSError.
        if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? POSIXError { return describe(errno: posix.code.rawValue) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return describe(errno: Int32(nsError.code)) }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or directory"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on device"
        case .fileWriteVolumeReadOnly: return "read-only file system"
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "the file is not valid text"
        case .fileWriteFileExists: return "a file already exists there"
        case .fileReadTooLarge: return "the file is too large"
        case .fileReadUnknown: return "the file could not be read"
        case .fileWriteUnknown: return "the file could not be written"
        default:
            let description = nsError.localizedDescription
            return description.contains("error \(nsError.code)") ? "the operation failed" : description
        }
    }

    /// The system's words for `errno`, starting lower-case to read inside a sentence.
    public static func describe(errno code: Int32) -> String {
        let words = String(cString: strerror(code))
        guard let first = words.first else { return "error \(code)" }
        return first.lowercased() + words.dropFirst()
    }
}
