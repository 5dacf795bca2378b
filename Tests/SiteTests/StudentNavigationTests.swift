import Foundation
@testable import Site
import Testing

/// What every page offers a student: a search box, the pages' script, the
/// course in a sidebar, and a download where a lesson has cells to run.
@Suite struct StudentNavigationTests {
    @Test func theSiteHasASearchPageItsIndexAndADownloadPerLessonWithCells() throws {
        let files = try StudentCourse.files()
        #expect(files.keys.sorted() == [
            "01-a.html", "01-a.zip", "02-b.html", "handout.html", "index.html", "search.html",
            "search/index.js", "search/lesson-1.js", "search/lesson-2.js", "site.js", "style.css",
        ])
        let search = StudentCourse.text(files, "search.html")
        #expect(search.contains("<title>Search · Metrics</title>"))
        #expect(search.contains("<form class=\"search-form\" role=\"search\" action=\"search.html\">"))
        #expect(search.contains("<ol class=\"search-hits\"></ol>"))
        #expect(search.contains("<noscript><p>Search runs in your browser and needs JavaScript."))
    }

    @Test func everyPageLoadsTheScriptAndHasTheSearchBoxFromItsOwnFolder() throws {
        let files = try StudentCourse.files(parts: true)
        let pages = ["index.html": "", "search.html": "", "handout.html": "", "01-basics/01-a.html": "../", "02-more/01-b.html": "../"]
        for (page, root) in pages {
            let html = StudentCourse.text(files, page)
            #expect(html.contains("<script src=\"\(root)site.js\" defer></script>"), "\(page)")
            if page != "handout.html" {
                #expect(html.contains("<form class=\"site-search\" role=\"search\" action=\"\(root)search.html\">"), "\(page)")
                #expect(html.contains("<input type=\"search\" name=\"q\" placeholder=\"Search\" aria-label=\"Search the course\""), "\(page)")
            }
        }
        #expect(!StudentCourse.text(files, "index.html").contains("menu-button"))
    }

    @Test func theSidebarListsEveryLessonMarksThisOneAndItsSections() throws {
        let page = StudentCourse.text(try StudentCourse.files(), "01-a.html")
        #expect(page.contains("""
            <nav class="sidebar" id="contents" aria-label="Lessons">
            <ol>
            <li class="current"><a href="01-a.html" aria-current="page"><span class="sidebar-number">1</span> <span>Counting hits</span></a>
            <ol>
            <li class="level-2"><a href="#soft-precision">Soft precision</a></li>
            </ol>
            </li>
            <li><a href="02-b.html"><span class="sidebar-number">2</span> <span>Recall</span></a></li>
            </ol>
            </nav>
            """))
        #expect(page.contains("<button class=\"menu-button\" type=\"button\" aria-controls=\"contents\" aria-expanded=\"false\" hidden>Lessons</button>"))
        #expect(page.contains("<a class=\"next\" rel=\"next\" href=\"02-b.html\">"))
    }

    @Test func theSidebarOfACourseWithPartsNamesThePartsAndLinksAcrossFolders() throws {
        let page = StudentCourse.text(try StudentCourse.files(parts: true), "02-more/01-b.html")
        #expect(page.contains("""
            <p class="sidebar-part">Part 1: Basics</p>
            <ol>
            <li><a href="../01-basics/01-a.html"><span class="sidebar-number">1.1</span> <span>Counting hits</span></a></li>
            </ol>
            <p class="sidebar-part">Part 2: More</p>
            <ol>
            <li class="current"><a href="01-b.html" aria-current="page"><span class="sidebar-number">2.1</span> <span>Recall</span></a>
            </li>
            </ol>
            """))
    }

    @Test func aLessonWithCellsOffersItsDownloadBesideItsPage() throws {
        let files = try StudentCourse.files(parts: true)
        let first = StudentCourse.text(files, "01-basics/01-a.html")
        let size = (try #require(files["01-basics/01-a.zip"]).count + 500) / 1000
        #expect(first.contains("<p class=\"lesson-download\"><a href=\"01-a.zip\" download>Run it yourself</a>: this lesson as a Swift package (\(size) KB). Unzip it, then <code>swift run</code> in its folder.</p>"))
        #expect(!StudentCourse.text(files, "02-more/01-b.html").contains("lesson-download"))
        #expect(files["02-more/01-b.zip"] == nil)
    }

    /// `lessons serve` reloads every open page when a shared file changes, but not for these.
    @Test func searchDataAndDownloadsAreFetchedOnlyOnDemand() {
        #expect(SiteRenderer.isFetchedOnDemand("search/index.js"))
        #expect(SiteRenderer.isFetchedOnDemand("search/lesson-12.js"))
        #expect(SiteRenderer.isFetchedOnDemand("02-part/01-a.zip"))
        #expect(!SiteRenderer.isFetchedOnDemand("site.js"))
        #expect(!SiteRenderer.isFetchedOnDemand("style.css"))
        #expect(!SiteRenderer.isFetchedOnDemand("search/logo.png"))
    }

    @Test func printingHidesTheNavigationAndTheButtons() throws {
        let css = try SearchIndexTests.themeFile("style.css")
        let print = try #require(css.range(of: "@media print {"))
        let rule = try #require(css[print.upperBound...].split(separator: "\n").first { $0.contains("display: none") })
        for name in [".site-header", ".sidebar", ".pager", ".copy-button", ".lesson-download", ".search-form"] {
            #expect(rule.contains(name), "\(name)")
        }
    }

    /// Search marks stay readable on the text colours drawn over them, in both schemes.
    @Test(arguments: ["/* The default theme", "@media (prefers-color-scheme: dark)"])
    func searchMarksKeepTextReadable(_ scheme: String) {
        let colours = ContrastTests.palette(after: scheme)
        let mark = colours["mark"] ?? ""
        #expect(!mark.isEmpty)
        for text in ["text", "muted", "accent", "kw", "ty", "num", "str", "com", "attr"] {
            let ratio = ContrastTests.contrast(colours[text] ?? "#888888", mark)
            #expect(ratio >= 4.5, "\(scheme): \(text) on mark is \(ratio):1")
        }
    }
}
