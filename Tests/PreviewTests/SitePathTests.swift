import Testing
@testable import Preview

@Suite struct SitePathTests {
    @Test func requestPathsNameSiteFiles() {
        #expect(SitePath.resolve("/") == "index.html")
        #expect(SitePath.resolve("") == "index.html")
        #expect(SitePath.resolve("/02-x.html") == "02-x.html")
        #expect(SitePath.resolve("/part/") == "part/index.html")
        #expect(SitePath.resolve("/part/data.csv") == "part/data.csv")
        #expect(SitePath.resolve("//a//b.css") == "a/b.css")
    }

    @Test func escapesAndOddCharactersNameNothing() {
        for path in ["/../etc/passwd", "/a/../../b", "/./a.html", "/..", "/a/..", "/a\\..\\b", "/a.html\u{0}.css", "/a\nb", "/\u{7F}"] {
            #expect(SitePath.resolve(path) == nil, "\(path)")
        }
    }

    @Test func contentTypesFollowTheExtension() {
        #expect(ContentType.of("index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("style.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("part/fig.SVG") == "image/svg+xml")
        #expect(ContentType.of("handout.pdf") == "application/pdf")
        #expect(ContentType.of("data.csv") == "text/csv; charset=utf-8")
        #expect(ContentType.of("README") == "application/octet-stream")
        #expect(ContentType.of("part.d/file") == "application/octet-stream")
    }
}
