/// cmark's safe mode blanks links to schemes that run code or read files.
enum URLSafety {
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.prefix(20).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lower.hasPrefix(scheme) { return true }
        guard lower.hasPrefix("data:") else { return false }
        let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        return !images.contains { lower.hasPrefix($0) }
    }
}
