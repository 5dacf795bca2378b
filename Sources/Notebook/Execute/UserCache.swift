import Foundation

/// The per-user cache that every course on the machine shares: the compiled
/// cell runtime and what the compilers said of their versions. (Cell results
/// stay with each course, in its `.lessons-cache/`.)
///
/// `LESSONS_CACHE` names it; else `$XDG_CACHE_HOME/lessons`; else `~/.cache/lessons`.
public enum UserCache {
    public static func folder(environment: [String: String]) throws(ExecutionFailure) -> String {
        if let explicit = environment["LESSONS_CACHE"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/lessons" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/lessons" }
        throw ExecutionFailure("no cache folder for the cell runtime: set LESSONS_CACHE (or HOME) to a writable folder")
    }
}
