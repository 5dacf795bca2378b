import Bibliography
import Testing

/// A `.bib` text that must be refused, with where and why.
struct BadBib: Sendable, CustomTestStringConvertible {
    let text: String
    let line: Int
    let column: Int
    let message: String

    init(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        self.text = text
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { message }
}

@Suite struct ErrorTests {
    static let cases: [BadBib] = [
        BadBib("""
            @article{a,
              title = {Deep {Learning,
              year = 2020
            }

            @book{b, title = {Other}}
            """, 2, 11,
            "unclosed brace: '{' is never closed (in the value of 'title'); the '@' at line 6 is read as part of the value"),
        BadBib("@article{a,\n  title = \"Deep Learning,\n  year = 2020\n}\n", 2, 11,
            "unclosed quote: '\"' is never closed (in the value of 'title')"),
        BadBib("@article{a, title = \"Deep Learning", 1, 21,
            "unclosed quote: '\"' is never closed (in the value of 'title')"),
        BadBib("@article{a, title = \"a}b\"}", 1, 23,
            "unbalanced brace: '}' inside the quoted value opened at line 1, column 21 has no matching '{'"),
        BadBib("@article{a,\n  title = {A}\n  year = 2020\n}", 3, 3, "missing comma before the field 'year'"),
        BadBib("@article{a, title = {A} {B}}", 1, 25, "expected ',' after the value of 'title', found '{'"),
        BadBib("@article{a, year = 2020a}", 1, 24, "expected ',' after the value of 'year', found 'a'"),
        BadBib("@article{a title = {A}}", 1, 12, "missing comma before the field 'title'"),
        BadBib("@article{a b}", 1, 12, "expected ',' after the key 'a', found 'b'"),
        BadBib("@article{title = {A}}", 1, 10,
            "missing key: an entry starts with its key, as in @article{lipton2014, …}"),
        BadBib("@article{, title = {A}}", 1, 10,
            "missing key: an entry starts with its key, as in @article{lipton2014, …}"),
        BadBib("@article{a, journal = jmlr}", 1, 23,
            "unknown macro 'jmlr': define it with @string{jmlr = {…}} or write the value in braces"),
        BadBib("@misc{Lipton2014}\n\n@misc{lipton2014}", 3, 7,
            "duplicate key 'lipton2014' (first defined at line 1, column 7)"),
        BadBib("@misc{a, title = {A},\n  TITLE = {B}}", 2, 3,
            "duplicate field 'title' in entry 'a' (first at line 1, column 10)"),
        BadBib("@misc{a, title {A}}", 1, 16, "expected '=' after the field name 'title'"),
        BadBib("@misc{a, title = , year = 2000}", 1, 18,
            "missing value for the field 'title': expected '{', '\"', a number or a macro name"),
        BadBib("@misc{a, title = \"A\" # }", 1, 24,
            "missing value for the field 'title': expected '{', '\"', a number or a macro name"),
        BadBib("@misc{a, title = {A}", 1, 6, "entry 'a' is never closed: '}' missing"),
        BadBib("@misc{a", 1, 6, "entry 'a' is never closed: '}' missing"),
        BadBib("@misc(a,\n", 1, 6, "entry 'a' is never closed: ')' missing"),
        BadBib("@misc{a, title = {A},\n", 1, 6, "entry 'a' is never closed: '}' missing"),
        BadBib("@misc(a, title = {A}}", 1, 21, "@misc opened with '(' must close with ')'"),
        BadBib("@misc a, title = {A}", 1, 7, "expected '{' or '(' after '@misc'"),
        BadBib("@{a, title = {A}}", 1, 2, "expected an entry type such as 'article' after '@'"),
        BadBib("Write to me at someone@example.org.\n", 1, 36, "expected '{' or '(' after '@example.org.'"),
        BadBib("@misc{a, = {x}}", 1, 10, "expected a field name such as 'title' or '}' to close the entry"),
        BadBib("@misc{a, author = {Doe, J. and A, B, C, D}}", 1, 19,
            "the name 'A, B, C, D' has more than two commas; write 'von Last, Jr, First' or brace a comma that belongs to the name (in the field 'author')"),
        BadBib("@string{jmlr {JMLR}}", 1, 14, "expected '=' after the macro name 'jmlr'"),
        BadBib("@string{= {JMLR}}", 1, 9, "expected a macro name after '@string{', as in @string{jmlr = {…}}"),
        BadBib("@string{jmlr = {JMLR} x}", 1, 23, "expected '}' to close @string"),
        BadBib("@preamble{\"a\"", 1, 10, "@preamble is never closed: '}' missing"),
        BadBib("@misc{a, title = ", 1, 18, "@misc ends before the value after 'title ='"),
        // Columns count UTF-8 bytes: "É" and "ö" are two each.
        BadBib("@misc{a, title = {É}, note = {ö}, x = jmlr}", 1, 41,
            "unknown macro 'jmlr': define it with @string{jmlr = {…}} or write the value in braces"),
        // Lines end at \n, \r\n and \r alike.
        BadBib("@misc{a,\r\n title = {A},\r year = jmlr}", 3, 9,
            "unknown macro 'jmlr': define it with @string{jmlr = {…}} or write the value in braces"),
    ]

    @Test(arguments: cases) func isRefusedWithPosition(_ bad: BadBib) {
        do {
            let bibliography = try Bibliography.parse(bad.text, path: "Lessons/references.bib")
            Issue.record("accepted: \(bibliography.entries.map(\.key))")
        } catch {
            #expect(error.message == bad.message)
            #expect([error.line, error.column] == [bad.line, bad.column])
            #expect(error.path == "Lessons/references.bib")
        }
    }

    @Test func describesItselfAsACompilerDoes() {
        let error = BibliographyError(path: "Lessons/references.bib", line: 3, column: 9, message: "unknown macro 'jmlr'")
        #expect(error.description == "Lessons/references.bib:3:9: error: unknown macro 'jmlr'")
    }
}
