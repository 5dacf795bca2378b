import Notebook
import Resolve
import Testing

@Suite struct SitePathsTests {
    @Test func aLessonsPageStandsWhereItsFileStands() {
        #expect(SitePaths.page(of: LessonSource(path: "L/03-x.md", text: "")) == "03-x.html")
        #expect(SitePaths.page(of: LessonSource(path: "L/01-a/02-y.md", relativePath: "01-a/02-y.md", text: "")) == "01-a/02-y.html")
    }

    @Test(arguments: [
        ("", "index.html", "index.html"),
        ("01-a", "index.html", "../index.html"),
        ("01-a", "01-a/data/x.csv", "data/x.csv"),
        ("01-a", "02-b/03-z.html", "../02-b/03-z.html"),
        ("", "01-a/02-y.html", "01-a/02-y.html"),
        ("a/b", "a/c/d.png", "../c/d.png"),
    ])
    func relativePaths(_ folder: String, _ target: String, _ expected: String) {
        #expect(SitePaths.relative(from: folder, to: target) == expected)
    }

    @Test func joiningResolvesDotsAndRefusesToClimbAboveTheTop() {
        #expect(SitePaths.join("01-a", "../02-b/x.md") == "02-b/x.md")
        #expect(SitePaths.join("01-a", "./data/./x.csv") == "01-a/data/x.csv")
        #expect(SitePaths.join("", "../x.md") == nil)
        #expect(SitePaths.join("01-a", "../../x.md") == nil)
        #expect(SitePaths.toTop(from: "01-a") == "../")
        #expect(SitePaths.toTop(from: "") == "")
    }
}
