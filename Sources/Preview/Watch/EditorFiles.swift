/// Files editors and tools leave beside the ones an author saves: swap files,
/// backups, lock files, the temporary half of an atomic save. Changes to them
/// start no build (the rename that ends an atomic save names the real file).
enum EditorFiles {
    /// Whether a file or folder name is one of those (or hidden, like `.git`).
    static func ignores(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".")                                  // hidden: .x.md.swp, .#x.md, .git, .DS_Store
            || name.hasSuffix("~")                           // backups: x.md~
            || (name.hasPrefix("#") && name.hasSuffix("#"))  // Emacs auto-save: #x.md#
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
            || name.hasSuffix("___")                         // JetBrains: x.md___jb_tmp___
            || name == "4913"                                // Vim's probe that it may write the folder
    }
}
