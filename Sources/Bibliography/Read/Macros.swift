/// Macros every `.bib` file has before its own `@string`s.
enum Macros {
    /// `jan` … `dec`, expanded to English month names as BibTeX's standard
    /// styles and pybtex expand them.
    static let months: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April",
        "may": "May", "jun": "June", "jul": "July", "aug": "August",
        "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]
}
