/// Ids inside the handout, where every lesson shares one page: each id the
/// lesson's own page uses is prefixed by the lesson's slug (`02-b-summary`).
///
/// Equation ids stand on MathML rows, and MathML, being XML, wants an id that
/// starts with a letter, which a slug like `02-b` does not: there the slug
/// comes after (`eq-soft-f1--02-b`).
public enum HandoutAnchor {
    public static func id(_ id: String, lesson slug: String) -> String {
        slug + "-" + id
    }

    public static func equationID(_ id: String, lesson slug: String) -> String {
        id + "--" + slug
    }
}
