/// Names as APA 7 writes them.
enum APANames {
    /// In the text: "Zhang", "Bartlett & Jordan" ("Bartlett and Jordan" in
    /// narrative citations), "Lipton et al." from three names on.
    static func citation(_ list: NameList, narrative: Bool) -> String {
        let surnames = list.names.map(\.surname)
        switch (surnames.count, list.andOthers) {
        case (0, _): return ""
        case (1, false): return surnames[0]
        case (2, false): return surnames[0] + (narrative ? " and " : " & ") + surnames[1]
        default: return surnames[0] + " et al."
        }
    }

    /// In the reference list: "Lipton, Z. C., Elkan, C., & Naryanaswamy, B.".
    /// Up to 20 names are listed; from 21 on, the first 19, an ellipsis and
    /// the last. A list that ended in "and others" ends in "et al.".
    static func reference(_ list: NameList) -> String {
        let names = list.names.map(inverted)
        if list.andOthers { return (names + ["et al."]).joined(separator: ", ") }
        if names.count > 20 { return names.prefix(19).joined(separator: ", ") + ", . . . " + names.last! }
        return series(names)
    }

    /// Editors of a book a chapter is in: "G. B. Orr & K.-R. Müller (Eds.)",
    /// "T. Calders, F. Esposito, & R. Meo (Eds.)".
    static func editors(_ list: NameList) -> String {
        let names = list.names.map(direct) + (list.andOthers ? ["et al."] : [])
        let joined = names.count == 2 ? names[0] + " & " + names[1] : series(names)
        return joined + (names.count == 1 ? " (Ed.)" : " (Eds.)")
    }

    /// "Lipton, Z. C.", "von Neumann, J.", "Steele, G. L., Jr.", or a body's name as is.
    static func inverted(_ name: Name) -> String {
        var text = name.surname
        if !name.initials.isEmpty { text += ", " + name.initials }
        if !name.jr.isEmpty { text += ", " + name.jr }
        return text
    }

    /// "Z. C. Lipton", "G. L. Steele, Jr."
    static func direct(_ name: Name) -> String {
        var text = name.initials.isEmpty ? name.surname : name.initials + " " + name.surname
        if !name.jr.isEmpty { text += ", " + name.jr }
        return text
    }

    /// "A", "A, & B", "A, B, & C": APA keeps the serial comma even for two names.
    private static func series(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + ", & " + names.last!
    }
}
